// `inspectdesk export` as a user runs it: the real binary writing an XLSX workbook and a
// CSV file people open, and refusing a path it cannot write with one line and exit 1.
#include "CommandRun.h"
#include "TestData.h"
#include "ZipEntry.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk::test;

namespace {
CommandRun run(const QStringList &args)
{
    return runInspectDesk(args);
}
} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    QString mDb;

private slots:
    void initTestCase()
    {
        mDb = mDir.filePath(QStringLiteral("export.sqlite"));
        const CommandRun r = run({QStringLiteral("import"), QStringLiteral("--db"), mDb,
                                  corpusPdf(QStringLiteral("stockton-on-tees_apa_2008"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void writesXlsxAndCsvTogether()
    {
        const QString xlsx = mDir.filePath(QStringLiteral("judgements.xlsx"));
        const QString csv = mDir.filePath(QStringLiteral("judgements.csv"));
        const CommandRun r = run({QStringLiteral("export"), QStringLiteral("--db"), mDb, QStringLiteral("--xlsx"), xlsx,
                                  QStringLiteral("--csv"), csv});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(xlsxSheetNames(xlsx), QStringList{QStringLiteral("Judgements")});
        const QStringList strings = xmlTexts(zipEntry(xlsx, QStringLiteral("xl/sharedStrings.xml")));
        // Title, readable headers, the APA letter's seven judgements with their keys, the source.
        for (const char *s : {"Judgements", "Report ID", "Key", "Judgement in the framework's words",
                              "Stockton-on-Tees", "apa", "achieving_economic_wellbeing",
                              "Achieving economic well-being", "four_is_outstanding", "outstanding", "Outstanding"})
            QVERIFY2(strings.contains(QString::fromUtf8(s)), s);
        QVERIFY(strings
                    .filter(QStringLiteral("Source: Ofsted inspection reports in InspectDesk (7 judgements "
                                           "from 1 reports)"))
                    .size() == 1);
        const QByteArray sheet = zipEntry(xlsx, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet.contains("<v>2008</v>")); // the assessment year is a number
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("\xEF\xBB\xBFReport ID,Council,Report type"));
    }

    void csvToStandardOutput()
    {
        const CommandRun r =
            run({QStringLiteral("export"), QStringLiteral("--db"), mDb, QStringLiteral("--csv"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.rawOut.startsWith("\xEF\xBB\xBFReport ID,"));
        QCOMPARE(r.rawOut.count("\r\n"), 1 + 7); // the header and the rows: no trailing lines
    }

    void unwritablePathsFailWithOneLine()
    {
        const QString bad = mDir.filePath(QStringLiteral("no/such/folder/judgements.xlsx"));
        CommandRun r = run({QStringLiteral("export"), QStringLiteral("--db"), mDb, QStringLiteral("--xlsx"), bad});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QStringLiteral("inspectdesk: %1: no such folder\n").arg(bad));
        QVERIFY(!QFile::exists(bad));
        // The CSV named beside a bad XLSX is not written either: the command failed.
        const QString csv = mDir.filePath(QStringLiteral("beside.csv"));
        r = run({QStringLiteral("export"), QStringLiteral("--db"), mDb, QStringLiteral("--xlsx"), bad,
                 QStringLiteral("--csv"), csv});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(csv));
        // A folder is not a file; standard output cannot take a workbook.
        r = run({QStringLiteral("export"), QStringLiteral("--db"), mDb, QStringLiteral("--xlsx"), mDir.path()});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(QLatin1String("is a folder, not a file")), qPrintable(r.err));
        r = run({QStringLiteral("export"), QStringLiteral("--db"), mDb, QStringLiteral("--xlsx"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_export_cli.moc"
