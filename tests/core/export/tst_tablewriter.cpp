// The table writers: CSV bytes exactly as Excel and RFC 4180 want them, XLSX workbooks opened
// and read back (sheet names, strings, numbers, frozen header, fills), sheet names made valid,
// and a failed write that leaves neither a partial file nor a changed one.
#include "ZipEntry.h"
#include "export/TableWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk;
using namespace inspectdesk::test;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

DataTable people()
{
    DataTable t;
    t.title = QStringLiteral("People");
    t.headers = QStringList{QStringLiteral("Name"), QStringLiteral("Note")};
    t.rows = {{QStringLiteral("Ann"), QStringLiteral("plain")},
              {QStringLiteral("Bo, Jr"), QStringLiteral("say \"hi\"")},
              {QStringLiteral("Cy"), QStringLiteral("two\nlines")}};
    t.sourceLine = QStringLiteral("Source: test.\nSecond line");
    return t;
}
} // namespace

class TestTableWriter : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;

private slots:
    void csvHasByteOrderMarkAndQuotes()
    {
        const QString path = mDir.filePath(QStringLiteral("people.csv"));
        QString error;
        QVERIFY2(TableWriter::write(path, {people()}, &error), qPrintable(error));
        const QByteArray expected = "\xEF\xBB\xBF"
                                    "Name,Note,Source\r\n"
                                    "Ann,plain,Source: test. Second line\r\n"
                                    "\"Bo, Jr\",\"say \"\"hi\"\"\",Source: test. Second line\r\n"
                                    "Cy,\"two\nlines\",Source: test. Second line\r\n";
        QCOMPARE(readAll(path), expected);
        QCOMPARE(TableWriter::formatFor(path), TableFormat::Csv);
        QCOMPARE(TableWriter::formatFor(QStringLiteral("a.XLSX")), TableFormat::Xlsx);
    }

    void csvOfSeveralTablesNamesEach()
    {
        DataTable second;
        second.title = QStringLiteral("Années, 2005");
        second.headers = QStringList{QStringLiteral("Année")};
        second.rows = {{QStringLiteral("2005")}};
        const QString path = mDir.filePath(QStringLiteral("two.csv"));
        QString error;
        QVERIFY2(TableWriter::write(path, {people(), second}, &error), qPrintable(error));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFPeople\r\nName,Note,Source\r\n"));
        QVERIFY(bytes.endsWith("Second line\r\n\r\n\"Années, 2005\"\r\nAnnée\r\n2005\r\n"));
    }

    void sheetNamesAreValidAndDistinct()
    {
        const QStringList names =
            TableWriter::sheetNames({QStringLiteral("Overall effectiveness: trend [draft]"),
                                     QStringLiteral("A very long title that goes on past thirty-one characters"),
                                     QStringLiteral("A very long title that goes on past thirty-one characters, again"),
                                     QStringLiteral("a/b\\c*d?"), QStringLiteral("'Quoted'"), QString(),
                                     QStringLiteral("PEOPLE"), QStringLiteral("people")});
        QCOMPARE(names, QStringList({QStringLiteral("Overall effectiveness trend"),
                                     QStringLiteral("A very long title that goes on"),
                                     QStringLiteral("A very long title that goes (2)"), QStringLiteral("a b c d"),
                                     QStringLiteral("Quoted"), QStringLiteral("Sheet 6"), QStringLiteral("PEOPLE"),
                                     QStringLiteral("people (2)")}));
    }

    void xlsxHasOneSheetPerTable()
    {
        DataTable trend;
        trend.title = QStringLiteral("Overall effectiveness: trend [draft]");
        trend.headers = QStringList{QStringLiteral("Council"), QStringLiteral("2005"), QStringLiteral("Reports")};
        trend.rows = {{QStringLiteral("Northby"), QStringLiteral("Good *"), QStringLiteral("42")},
                      {QStringLiteral("Southam, \"S\""), QString(), QStringLiteral("007")}};
        trend.fills = {{QColor(), QColor(0x009E73), QColor()}};
        trend.sourceLine = QStringLiteral("Source: fixture.\n* not yet reviewed");
        const QString path = mDir.filePath(QStringLiteral("tables.xlsx"));
        QString error;
        QVERIFY2(TableWriter::write(path, {trend, people(), people()}, &error), qPrintable(error));
        QCOMPARE(xlsxSheetNames(path), QStringList({QStringLiteral("Overall effectiveness trend"),
                                                    QStringLiteral("People"), QStringLiteral("People (2)")}));
        const QStringList strings = xmlTexts(zipEntry(path, QStringLiteral("xl/sharedStrings.xml")));
        for (const char *s :
             {"Overall effectiveness: trend [draft]", "Council", "2005", "Northby", "Good *", "Southam, \"S\"", "007",
              "Source: fixture.", "* not yet reviewed", "say \"hi\"", "two\nlines", "Second line"})
            QVERIFY2(strings.contains(QString::fromUtf8(s)), s);
        QVERIFY(!strings.contains(QStringLiteral("42"))); // a number, not text
        const QByteArray sheet = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
        QVERIFY(sheet.contains("<v>42</v>"));
        // The title and header rows frozen; the source lines under a blank row (rows 6 and 7).
        QVERIFY2(sheet.contains("ySplit=\"2\"") && sheet.contains("state=\"frozen\""), sheet.constData());
        QVERIFY(sheet.contains("<c r=\"A6\"") && sheet.contains("<c r=\"A7\""));
        QVERIFY(!sheet.contains("<c r=\"A5\""));
        QVERIFY(sheet.contains("<cols>"));
        const QByteArray styles = zipEntry(path, QStringLiteral("xl/styles.xml"));
        QVERIFY(styles.contains("<b/>"));
        QVERIFY2(styles.contains("rgb=\"FF009E73\""), styles.constData());
        QVERIFY(styles.contains("patternType=\"solid\""));
    }

    void unwritablePathsAreRefusedPlainly()
    {
        QString error;
        const QString noFolder = mDir.filePath(QStringLiteral("no/such/folder/x.xlsx"));
        QVERIFY(!TableWriter::write(noFolder, {people()}, &error));
        QCOMPARE(error, noFolder + QStringLiteral(": no such folder"));
        QVERIFY(!QFile::exists(noFolder));
        const QString csv = mDir.filePath(QStringLiteral("no/such/folder/x.csv"));
        QVERIFY(!TableWriter::write(csv, {people()}, &error));
        QVERIFY2(error.startsWith(csv), qPrintable(error));
        QVERIFY(!TableWriter::write(mDir.path(), {people()}, TableFormat::Xlsx, &error));
        QVERIFY2(error.endsWith(QLatin1String("is a folder, not a file")), qPrintable(error));
    }

    void failedWriteLeavesExistingFileAndNoTemporary()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("existing.xlsx"));
        QVERIFY(writeBytes(path, "the user's earlier workbook"));
        DataTable tooWide = people(); // Excel has 16384 columns: the 16385th fails mid-write
        for (int c = 0; c < 16385; ++c)
            tooWide.headers << QStringLiteral("c%1").arg(c);
        QString error;
        QVERIFY(!TableWriter::write(path, {people(), tooWide}, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("the user's earlier workbook"));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("existing.xlsx")});
        // A complete write replaces it, and leaves nothing else beside it.
        QVERIFY2(TableWriter::write(path, {people()}, &error), qPrintable(error));
        QCOMPARE(xlsxSheetNames(path), QStringList{QStringLiteral("People")});
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("existing.xlsx")});
        QVERIFY(QFile::permissions(path) & QFile::ReadOther);
    }
};

QTEST_GUILESS_MAIN(TestTableWriter)
#include "tst_tablewriter.moc"
