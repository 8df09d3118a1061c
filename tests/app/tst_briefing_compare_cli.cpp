// `inspectdesk briefing --council X --compare neighbours|region|england` run as a separate
// process on a database of real councils: the pack draws the focus council with the group the
// register gives for each year (statistical neighbours of the DfE 2021 and 2025 models, the
// region, England); a bad --compare value fails with one line and no file.
#include "../core/charts/ChartFixture.h"
#include "CommandRun.h"
#include "TestData.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk;
using namespace inspectdesk::fixture;

namespace {
// LA code, short name, year, grade. Stockton-on-Tees (808): Darlington (841) is its neighbour
// in both models, Calderdale (381) only in 2021's, Dudley (332) only in 2025's
// (statistical-neighbours-2021.csv / -2025.csv); Hartlepool (805) is in its region (North East)
// and no neighbour; Camden (202) is neither. Telford and Wrekin (894) is a neighbour in 2025's
// model only, and was inspected in 2023, while 2021's was in force.
struct Row
{
    int laCode;
    const char *name;
    int year;
    const char *grade;
};
const Row kRows[] = {
    {808, "Stockton-on-Tees", 2019, "Requires improvement to be good"},
    {808, "Stockton-on-Tees", 2025, "Good"},
    {841, "Darlington", 2023, "Good"},
    {381, "Calderdale", 2023, "Outstanding"},
    {332, "Dudley", 2025, "Inadequate"},
    {805, "Hartlepool", 2024, "Good"},
    {202, "Camden", 2024, "Outstanding"},
    {894, "Telford and Wrekin", 2023, "Requires improvement to be good"},
};
} // namespace

class TestBriefingCompareCli : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    QString mDb;

    test::CommandRun run(const QStringList &args)
    {
        test::CommandOptions options;
        options.timeoutMs = 120000;
        options.env.remove(QStringLiteral("DISPLAY"));
        options.env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        options.env.insert(QStringLiteral("XDG_CONFIG_HOME"), mDir.filePath(QStringLiteral("config")));
        return test::runInspectDesk(QStringList{QStringLiteral("briefing")} + args, options);
    }
    QString pack(const QString &compare, test::CommandRun *r)
    {
        const QString out = mDir.filePath(compare + QStringLiteral(".pdf"));
        *r = run({QStringLiteral("--council"), QStringLiteral("808"), QStringLiteral("--compare"), compare,
                  QStringLiteral("--from"), QStringLiteral("2019"), QStringLiteral("--to"), QStringLiteral("2025"),
                  QStringLiteral("--out"), out, QStringLiteral("--db"), mDb});
        return pdfPageTexts(out).join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        mDb = mDir.filePath(QStringLiteral("real.sqlite"));
        Database db;
        QVERIFY(db.open(mDb));
        ReportStore store(db);
        QList<ExtractedReport> reports;
        for (const Row &row : kRows) {
            ExtractedReport r =
                report(QString::fromLatin1(row.name), ReportKind::Ilacs, row.year, QDate(row.year, 7, 1));
            r.laCode = row.laCode;
            r.judgements << record(QString(), QStringLiteral("overall_effectiveness"), QString::fromLatin1(row.grade),
                                   Scale::Words, 4, true);
            reports << r;
        }
        QVERIFY(importAll(store, reports));
    }

    void neighboursOfEachYearsModel()
    {
        test::CommandRun r;
        const QString text = pack(QStringLiteral("neighbours"), &r);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("1 council, compared with 3 councils")), qPrintable(r.out));
        QVERIFY(text.contains(QStringLiteral("Compared with its statistical neighbours")));
        for (const char *in : {"Darlington", "Calderdale", "Dudley"})
            QVERIFY2(text.contains(QLatin1String(in)), in);
        for (const char *out : {"Hartlepool", "Camden"})
            QVERIFY2(!text.contains(QLatin1String(out)), out);
        // In force at the end of 2025: the 2025 model's neighbours only (Darlington, Dudley),
        // not Calderdale; Stockton's own grade beside them.
        QVERIFY2(text.contains(QStringLiteral("Stockton-on-Tees and its statistical neighbours")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Good (2025)")), qPrintable(text));
        // Counted there: every neighbour of 2025's model at its latest inspection, Telford and
        // Wrekin's of 2023 too: Darlington Good, Dudley Inadequate, Telford Requires improvement.
        QVERIFY2(text.contains(QStringLiteral("the DfE model of 2025")), qPrintable(text));
        QCOMPARE(text.count(QStringLiteral("1 (33%)")), 3);
        QVERIFY(!text.contains(QStringLiteral("(50%)")));
        // Its report, counted there though drawn nowhere else, is quoted in the sources.
        QVERIFY2(text.contains(QStringLiteral("Telford and Wrekin, 2023: ILACS inspection")), qPrintable(text));
        // The bars compare the same judgements in force, Stockton-on-Tees's own among them.
        const int bars = int(text.indexOf(QStringLiteral("Comparison of councils: judgements in force on")));
        QVERIFY2(bars >= 0, qPrintable(text));
        const QString barPage = text.mid(bars, text.indexOf(QStringLiteral("briefing pack · page"), bars) - bars);
        for (const char *council : {"Stockton-on-Tees", "Darlington", "Dudley", "Telford and Wrekin"})
            QVERIFY2(barPage.contains(QLatin1String(council)), qPrintable(barPage));
        QVERIFY2(!barPage.contains(QStringLiteral("Calderdale")), qPrintable(barPage));
        // and counted on the cover among the judgements of the pack (5 drawn + Telford's).
        QVERIFY2(text.contains(QStringLiteral("All 6 judgements in this pack have been reviewed")), qPrintable(text));
    }

    void regionAndEngland()
    {
        test::CommandRun r;
        QString text = pack(QStringLiteral("region"), &r);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(text.contains(QStringLiteral("the councils of its region, North East")));
        QVERIFY(text.contains(QStringLiteral("Darlington")) && text.contains(QStringLiteral("Hartlepool")));
        QVERIFY(!text.contains(QStringLiteral("Dudley")) && !text.contains(QStringLiteral("Camden")));
        text = pack(QStringLiteral("England"), &r);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("compared with 6 councils")), qPrintable(r.out));
        for (const Row &row : kRows)
            QVERIFY2(text.contains(QLatin1String(row.name)), row.name);
    }

    void unknownGroupFails()
    {
        test::CommandRun r;
        const QString text = pack(QStringLiteral("wales"), &r);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(QStringLiteral("--compare takes neighbours, region or england, not 'wales'")),
                 qPrintable(r.err));
        QVERIFY(text.isEmpty());
        QVERIFY(!QFile::exists(mDir.filePath(QStringLiteral("wales.pdf"))));
    }
};

QTEST_GUILESS_MAIN(TestBriefingCompareCli)
#include "tst_briefing_compare_cli.moc"
