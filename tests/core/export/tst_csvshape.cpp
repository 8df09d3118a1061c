// Exports as other programs read them: a CSV of one table is one rectangular table (a strict
// RFC 4180 reader finds the header and then rows of exactly as many fields, the source line a
// last column, nothing after the rows), and sheet names cut at 31 characters end on a whole
// word. Real tables: the latest judgements table and the full judgements export.
#include "../charts/LatestFixture.h"
#include "charts/LatestJudgements.h"
#include "export/JudgementsTable.h"
#include "export/TableWriter.h"

#include <QBuffer>
#include <QTest>

using namespace inspectdesk;

namespace {
// A strict RFC 4180 reader: CRLF record ends, quoted fields may hold commas, quotes ("") and
// line breaks; a quote anywhere else, a stray CR or an unterminated quote fails.
bool readCsv(const QString &text, QList<QStringList> *records, QString *why)
{
    QStringList record;
    QString field;
    bool quoted = false, wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (!field.isEmpty() || wasQuoted) {
                *why = QStringLiteral("quote inside an unquoted field at %1").arg(i);
                return false;
            }
            quoted = wasQuoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text[i + 1] != QLatin1Char('\n')) {
                *why = QStringLiteral("CR without LF at %1").arg(i);
                return false;
            }
            record << field;
            *records << record;
            record.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else if (c == QLatin1Char('\n')) {
            *why = QStringLiteral("LF without CR at %1").arg(i);
            return false;
        } else {
            if (wasQuoted) {
                *why = QStringLiteral("text after a closing quote at %1").arg(i);
                return false;
            }
            field += c;
        }
    }
    if (quoted) {
        *why = QStringLiteral("unterminated quote");
        return false;
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        *why = QStringLiteral("last record not ended by CRLF");
        return false;
    }
    return true;
}

QList<QStringList> csvOf(const DataTable &table)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!TableWriter::writeCsv({table}, &buffer))
        return {};
    const QByteArray bytes = buffer.data();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {};
    QList<QStringList> records;
    QString why;
    if (!readCsv(QString::fromUtf8(bytes.mid(3)), &records, &why))
        qWarning("not strict CSV: %s", qPrintable(why));
    return records;
}
} // namespace

class TestCsvShape : public QObject
{
    Q_OBJECT

    static void checkRectangular(const DataTable &table)
    {
        QVERIFY(!table.sourceLine.isEmpty());
        const QList<QStringList> records = csvOf(table);
        QCOMPARE(records.size(), 1 + table.rowCount()); // the header and the rows, nothing after
        QCOMPARE(records[0], QStringList(table.headers) << QStringLiteral("Source"));
        const QString source = table.sourceLine.split(QLatin1Char('\n'), Qt::SkipEmptyParts).join(QLatin1Char(' '));
        for (int r = 1; r < records.size(); ++r) {
            QCOMPARE(records[r].size(), records[0].size());
            QCOMPARE(records[r].mid(0, table.columnCount()), table.rows[r - 1]);
            QCOMPARE(records[r].last(), source);
        }
    }

private slots:
    void latestJudgementsCsvIsOneRectangularTable()
    {
        ChartFilter filter;
        filter.focusLaCode = 886; // Kent, with its neighbours' rows and footnotes
        const DataTable table = LatestJudgements::build(ChartDataset(latestfixture::facts(), filter)).table();
        QCOMPARE(table.rowCount(), 7);
        // Grades in the framework's words hold commas and quotes: “Requires improvement to be good”.
        checkRectangular(table);
    }

    void judgementsExportCsvIsOneRectangularTable()
    {
        const DataTable table = judgementsTable(latestfixture::facts(), QDateTime(QDate(2026, 12, 1), QTime(9, 30)));
        QCOMPARE(table.rowCount(), int(latestfixture::facts().size()));
        checkRectangular(table);
    }

    void aRowShortOfFieldsIsPaddedToTheHeader()
    {
        DataTable t;
        t.headers = QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        t.rows = {{QStringLiteral("1")}, {QStringLiteral("1"), QStringLiteral("2, 3"), QStringLiteral("4")}};
        t.sourceLine = QStringLiteral("Source: test.");
        const QList<QStringList> records = csvOf(t);
        QCOMPARE(records,
                 QList<QStringList>(
                     {{"A", "B", "C", "Source"}, {"1", "", "", "Source: test."}, {"1", "2, 3", "4", "Source: test."}}));
    }

    void sheetNamesEndOnAWholeWord()
    {
        const QString trend = QStringLiteral("Judgements over time: Children who need help and protection");
        const QStringList names = TableWriter::sheetNames(
            {trend, QStringLiteral("Distribution of grades: Children who need help and protection"), trend,
             QStringLiteral("Councilsofenglandcomparedwithoutanyspaces"),
             QStringLiteral("Leadership, management and governance")});
        QCOMPARE(names, QStringList({"Judgements over time Children", "Distribution of grades Children",
                                     "Judgements over time (2)", "Councilsofenglandcomparedwithou",
                                     "Leadership, management and"}));
        for (const QString &name : names)
            QVERIFY2(name.size() <= 31, qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestCsvShape)
#include "tst_csvshape.moc"
