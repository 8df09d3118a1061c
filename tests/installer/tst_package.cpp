// Builds the Debian package from this build tree (cpack -G DEB), unpacks it with dpkg -x
// into a scratch root and checks what a user would get: the control fields, the desktop
// integration files, and that the unpacked binary runs (--version, extract offscreen).
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 60000,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out: ") + program;
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class PackageTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void controlFields();
    void desktopIntegrationFiles();
    void desktopFilesValidate();
    void unpackedBinaryReportsVersion();
    void unpackedBinaryExtractsReport();
    void manualPageInstalled();
    void missingIconFailsThePackage();

private:
    QString root(const QString &relative) const { return mWork.filePath(QStringLiteral("root/") + relative); }
    QString binary() const { return root(QStringLiteral("usr/bin/inspectdesk")); }
    QTemporaryDir mWork;
    QString mDeb;
};

void PackageTest::initTestCase()
{
    QVERIFY(mWork.isValid());
    // cpack puts its staging tree and the package in our scratch folder, not the build tree.
    const QString out = mWork.filePath(QStringLiteral("package"));
    const Run cpack = run(QStringLiteral(INSPECTDESK_CPACK),
                          {QStringLiteral("--config"), QStringLiteral(INSPECTDESK_BUILD_DIR "/CPackConfig.cmake"),
                           QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out},
                          90000);
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));
    const QStringList debs = QDir(out).entryList({QStringLiteral("inspectdesk_*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    mDeb = QDir(out).filePath(debs.first());
    QVERIFY(debs.first().startsWith(QStringLiteral("inspectdesk_" INSPECTDESK_VERSION "_")));

    const Run unpack =
        run(QStringLiteral("dpkg"), {QStringLiteral("-x"), mDeb, mWork.filePath(QStringLiteral("root"))});
    QVERIFY2(unpack.exitCode == 0, qPrintable(unpack.err));
}

void PackageTest::controlFields()
{
    auto field = [this](const QString &name) {
        return run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), mDeb, name}).out.trimmed();
    };
    QCOMPARE(field(QStringLiteral("Package")), QStringLiteral("inspectdesk"));
    QCOMPARE(field(QStringLiteral("Version")), QStringLiteral(INSPECTDESK_VERSION));
    const QString depends = field(QStringLiteral("Depends"));
    // From dpkg-shlibdeps (the libraries the binary links) and by hand (run-time plugins).
    for (const char *needed : {"libqt6core6", "libqt6widgets6", "libpoppler-qt6", "libxlsxwriter", "qt6-qpa-plugins",
                               "libqt6sql6-sqlite", "libqt6svg6"})
        QVERIFY2(depends.contains(QLatin1String(needed)),
                 qPrintable(QLatin1String(needed) + QStringLiteral(" not in ") + depends));
    QVERIFY(field(QStringLiteral("Recommends")).contains(QStringLiteral("libqt6sql6-psql")));
    QVERIFY(!field(QStringLiteral("Maintainer")).isEmpty());
    QVERIFY(!field(QStringLiteral("Homepage")).isEmpty());
    QVERIFY(!field(QStringLiteral("Section")).isEmpty());
    QVERIFY(field(QStringLiteral("Description")).contains(QStringLiteral("Ofsted")));
}

void PackageTest::desktopIntegrationFiles()
{
    QVERIFY(QFileInfo(binary()).isExecutable());
    const QString desktop = readText(root(QStringLiteral("usr/share/applications/inspectdesk.desktop")));
    QVERIFY2(!desktop.isEmpty(), "no .desktop file");
    QVERIFY(desktop.contains(QStringLiteral("\nExec=inspectdesk %F\n")));
    QVERIFY(desktop.contains(QStringLiteral("\nIcon=inspectdesk\n")));
    // "Open with InspectDesk" for PDFs: the app imports .pdf arguments.
    QVERIFY(desktop.contains(QRegularExpression(QStringLiteral("\nMimeType=[^\n]*application/pdf;"))));
    const QString metainfo = readText(root(QStringLiteral("usr/share/metainfo/org.example.inspectdesk.metainfo.xml")));
    QVERIFY(metainfo.contains(QStringLiteral("<launchable type=\"desktop-id\">inspectdesk.desktop</launchable>")));
    QVERIFY(metainfo.contains(QStringLiteral("<release version=\"" INSPECTDESK_VERSION "\"")));
    QVERIFY(QFileInfo::exists(root(QStringLiteral("usr/share/icons/hicolor/scalable/apps/inspectdesk.svg"))));
    for (int size : {16, 32, 48, 256}) {
        const QString png = root(QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/inspectdesk.png").arg(size));
        QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        QCOMPARE(image.size(), QSize(size, size));
    }
    QVERIFY(QFileInfo::exists(root(QStringLiteral("usr/share/doc/inspectdesk/copyright"))));
}

void PackageTest::manualPageInstalled()
{
    const QString page = readText(root(QStringLiteral("usr/share/man/man1/inspectdesk.1")));
    QVERIFY(page.startsWith(QLatin1String(".TH INSPECTDESK 1 ")));
    QVERIFY(page.contains(QLatin1String(".SS import\n.nf\nUsage: inspectdesk import [options] FILE|FOLDER...")));
    QVERIFY(!page.contains(QLatin1String(INSPECTDESK_BUILD_DIR)));
    const QString man = QStandardPaths::findExecutable(QStringLiteral("man"));
    if (man.isEmpty())
        return;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MANWIDTH"), QStringLiteral("100"));
    const Run r =
        run(man, {QStringLiteral("-l"), root(QStringLiteral("usr/share/man/man1/inspectdesk.1"))}, 60000, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("Usage: inspectdesk list [options]")), qPrintable(r.out));
}

// Every installed file is named in an install rule: one that is missing (an icon that was
// not rendered) fails cpack instead of leaving the package without it.
void PackageTest::missingIconFailsThePackage()
{
    const QString icon = QStringLiteral(INSPECTDESK_BUILD_DIR "/installer/icons/48x48/apps/inspectdesk.png");
    const QString aside = icon + QStringLiteral(".aside");
    QVERIFY(QFile::rename(icon, aside));
    const Run cpack = run(QStringLiteral(INSPECTDESK_CPACK),
                          {QStringLiteral("--config"), QStringLiteral(INSPECTDESK_BUILD_DIR "/CPackConfig.cmake"),
                           QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"),
                           mWork.filePath(QStringLiteral("without-icon"))},
                          90000);
    QVERIFY(QFile::rename(aside, icon));
    QVERIFY2(cpack.exitCode != 0, qPrintable(cpack.out));
    QVERIFY2((cpack.out + cpack.err).contains(QLatin1String("48x48/apps/inspectdesk.png")),
             qPrintable(cpack.out + cpack.err));
    QVERIFY(QDir(mWork.filePath(QStringLiteral("without-icon"))).entryList({QStringLiteral("*.deb")}).isEmpty());
}

void PackageTest::desktopFilesValidate()
{
    const QString desktopValidate = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    const QString appstream = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    if (desktopValidate.isEmpty() && appstream.isEmpty())
        QSKIP("neither desktop-file-validate nor appstreamcli is installed");
    if (!desktopValidate.isEmpty()) {
        const Run r = run(desktopValidate, {root(QStringLiteral("usr/share/applications/inspectdesk.desktop"))});
        QVERIFY2(r.exitCode == 0 && !r.out.contains(QStringLiteral("error")), qPrintable(r.out + r.err));
    }
    if (!appstream.isEmpty()) {
        const Run r = run(appstream, {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                      root(QStringLiteral("usr/share/metainfo/org.example.inspectdesk.metainfo.xml"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    }
}

void PackageTest::unpackedBinaryReportsVersion()
{
    const Run r = run(binary(), {QStringLiteral("--version")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), QStringLiteral("InspectDesk " INSPECTDESK_VERSION));
}

void PackageTest::unpackedBinaryExtractsReport()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const Run r =
        run(binary(),
            {QStringLiteral("extract"), inspectdesk::test::corpusPdf(QStringLiteral("stockton-on-tees_apa_2008"))},
            60000, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray judgements = json.object().value(QStringLiteral("judgements")).toArray();
    QVERIFY2(!judgements.isEmpty(), qPrintable(r.out.left(2000)));
    QCOMPARE(json.object().value(QStringLiteral("file")).toString(), QStringLiteral("stockton-on-tees_apa_2008.pdf"));
}

QTEST_GUILESS_MAIN(PackageTest)
#include "tst_package.moc"
