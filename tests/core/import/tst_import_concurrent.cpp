// Many clients importing the same files into one database at the same moment: every file is
// stored once, and every process ends with 0 (all imported) or 3 (some were already stored by
// another), never a raw constraint error. On SQLite, and on PostgreSQL when
// INSPECTDESK_TEST_POSTGRES names a server (scripts/test starts one).
#include "PostgresScratch.h"
#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <algorithm>
#include <memory>
#include <vector>

using namespace inspectdesk::test;

class TestImportConcurrent : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    QStringList mFiles;

private slots:
    void initTestCase()
    {
        // 20 different files (each corpus report five times, a different comment after its end).
        const QStringList names = {
            QStringLiteral("stockton-on-tees_apa_2008"), QStringLiteral("stockton-on-tees_cs-assessment_2011"),
            QStringLiteral("stockton-on-tees_jar_2008"), QStringLiteral("stockton-on-tees_safeguarding-lac_2010")};
        for (const QString &name : names) {
            QFile in(corpusPdf(name));
            QVERIFY(in.open(QIODevice::ReadOnly));
            const QByteArray bytes = in.readAll();
            for (int copy = 0; copy < 5; ++copy) {
                const QString path = mDir.filePath(QStringLiteral("%1_%2.pdf").arg(name).arg(copy));
                QFile out(path);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(bytes + "\n% copy " + QByteArray::number(copy) + "\n");
                mFiles << path;
            }
        }
    }

    void sameFilesFromFourProcesses_data() { addLocationRows(mDir.filePath(QStringLiteral("shared.sqlite"))); }

    void sameFilesFromFourProcesses()
    {
        QFETCH(QString, location);
        if (location.startsWith(QLatin1String("postgresql:")))
            QVERIFY(resetPostgres(location));
        // The schema is made first, with one report that is none of the 20: creating a schema
        // from several clients at once is another matter (a database-wide lock), not this test's.
        QProcess first;
        first.start(binaryPath(), {QStringLiteral("import"), QStringLiteral("--db"), location,
                                   corpusPdf(QStringLiteral("stockton-on-tees_apa_2008"))});
        QVERIFY(first.waitForFinished(60000));
        QCOMPARE(first.exitCode(), 0);
        // The password goes in PGPASSWORD, as the README tells users (a password in the URL
        // is warned about on stderr).
        QUrl url(location);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!url.password().isEmpty()) {
            env.insert(QStringLiteral("PGPASSWORD"), url.password());
            url.setPassword(QString());
        }
        const QString target =
            location.startsWith(QLatin1String("postgresql:")) ? url.toString(QUrl::FullyEncoded) : location;
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 4; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(env);
            // Each in its own order, so they meet on different files.
            QStringList files = mFiles;
            std::rotate(files.begin(), files.begin() + i * 5, files.end());
            p->start(binaryPath(), QStringList{QStringLiteral("import"), QStringLiteral("--db"), target} + files);
            processes.push_back(std::move(p));
        }
        int imported = 0;
        for (auto &p : processes) {
            QVERIFY(p->waitForFinished(240000));
            const QString err = QString::fromUtf8(p->readAllStandardError());
            const QString out = QString::fromUtf8(p->readAllStandardOutput());
            QVERIFY2(p->exitCode() == 0 || p->exitCode() == 3, qPrintable(err));
            QVERIFY2(!err.contains(QLatin1String("UNIQUE")) && !err.contains(QLatin1String("duplicate key")),
                     qPrintable(err));
            for (const QString &line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                QVERIFY2(line.endsWith(QLatin1String("(skipped)")), qPrintable(line));
            imported += int(out.count(QLatin1String(": imported as report")));
            QVERIFY2(out.contains(QLatin1String("20 files: ")), qPrintable(out));
        }
        QCOMPARE(imported, 20); // each file stored by exactly one of them
        QProcess list;
        list.start(binaryPath(), {QStringLiteral("list"), QStringLiteral("--db"), location});
        QVERIFY(list.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(list.readAllStandardOutput()).trimmed().split(QLatin1Char('\n')).size(), 22);
    }
};

QTEST_GUILESS_MAIN(TestImportConcurrent)
#include "tst_import_concurrent.moc"
