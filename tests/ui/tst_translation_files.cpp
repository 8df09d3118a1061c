// Guards the translation files: every string in the sources has a finished Welsh
// translation. lupdate is run afresh on a copy of each .ts, so a new tr() string that nobody
// has translated (or a .ts that was not refreshed) fails here.
#include "TestData.h"

#include <QDebug>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QString projectDir()
{
    return QDir::cleanPath(QStringLiteral(TEST_DATA_DIR "/../.."));
}
QString translationsDir()
{
    return projectDir() + QStringLiteral("/translations");
}

struct TsStatus
{
    int messages = 0;
    QStringList unfinished; // "context: source"
    QStringList empty;      // marked finished but with no text
    bool parsed = false;
};

// Reads a .ts file: every message and whether its translation is finished.
TsStatus readTs(const QString &path)
{
    TsStatus status;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return status;
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            ++status.messages;
        } else if (name == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            const QString where = context + QStringLiteral(": ") + source;
            if (type == QLatin1String("unfinished"))
                status.unfinished << where;
            else if (type.isEmpty() && text.trimmed().isEmpty())
                status.empty << where;
        }
    }
    status.parsed = !xml.hasError();
    if (xml.hasError())
        qWarning() << path << xml.errorString() << xml.lineNumber();
    return status;
}

QString lupdatePath()
{
    return QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
}

} // namespace

class TranslationFilesTest : public QObject
{
    Q_OBJECT
private slots:
    void committedFilesAreComplete_data();
    void committedFilesAreComplete();
    void everySourceStringIsTranslated();
};

void TranslationFilesTest::committedFilesAreComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("minimumMessages");
    // The Welsh file holds every string; the English one only the plural forms.
    QTest::newRow("cy") << QStringLiteral("inspectdesk_cy.ts") << 50;
    QTest::newRow("en plurals") << QStringLiteral("inspectdesk_en.ts") << 1;
    QTest::newRow("qtbase cy") << QStringLiteral("qtbase_cy.ts") << 20;
}

void TranslationFilesTest::committedFilesAreComplete()
{
    QFETCH(QString, file);
    QFETCH(int, minimumMessages);
    const TsStatus status = readTs(translationsDir() + QLatin1Char('/') + file);
    QVERIFY2(status.parsed, qPrintable(file + QStringLiteral(" is missing or not valid XML")));
    QVERIFY2(status.messages >= minimumMessages, qPrintable(QString::number(status.messages)));
    QVERIFY2(status.unfinished.isEmpty(),
             qPrintable(QStringLiteral("unfinished:\n  ") + status.unfinished.join(QStringLiteral("\n  "))));
    QVERIFY2(status.empty.isEmpty(),
             qPrintable(QStringLiteral("empty:\n  ") + status.empty.join(QStringLiteral("\n  "))));
}

void TranslationFilesTest::everySourceStringIsTranslated()
{
    if (!QFileInfo(lupdatePath()).isExecutable())
        QFAIL(qPrintable(QStringLiteral("lupdate not found at ") + lupdatePath()));
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString copy = temp.filePath(QStringLiteral("inspectdesk_cy.ts"));
    QVERIFY(QFile::copy(translationsDir() + QStringLiteral("/inspectdesk_cy.ts"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // The same folders and options as the update_translations target.
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(lupdatePath(),
                  {projectDir() + QStringLiteral("/ui"), projectDir() + QStringLiteral("/app"),
                   QStringLiteral("-source-language"), QStringLiteral("en_GB"), QStringLiteral("-no-obsolete"),
                   QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"), copy});
    QVERIFY(lupdate.waitForFinished(60000));
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QCOMPARE(lupdate.exitCode(), 0);

    const TsStatus status = readTs(copy);
    QVERIFY2(status.parsed, qPrintable(output));
    QVERIFY2(status.unfinished.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) without a Welsh translation (run scripts/update-translations, "
                                       "then translate translations/inspectdesk_cy.ts):\n  %2")
                            .arg(status.unfinished.size())
                            .arg(status.unfinished.join(QStringLiteral("\n  ")))));
}

QTEST_GUILESS_MAIN(TranslationFilesTest)
#include "tst_translation_files.moc"
