// The latest judgements table compared with my council's neighbours answers "against its
// neighbours today": the neighbours of the DfE model in force today, each with its latest
// graded inspection whatever its year (not only inspections from years when it was already a
// neighbour), and a row for a neighbour with no graded inspection. Real register codes: Cornwall
// (908) and its neighbours in the 2021 and 2025 models.
#include "LatestFixture.h"

#include "charts/ChartPage.h"
#include "charts/ChartTables.h"
#include "charts/LatestJudgements.h"
#include "charts/YearSnapshot.h"
#include "register/CouncilRegister.h"

#include <QSet>
#include <QTest>

using namespace inspectdesk;
using latestfixture::add;

namespace {
QList<JudgementFact> cornwallAndNeighbours()
{
    using K = ReportKind;
    QList<JudgementFact> f;
    // Cornwall, my council.
    add(f, "Cornwall", 908, K::Ilacs, 2024, QDate(2024, 3, 4), {{"overall_effectiveness", "Outstanding"}});
    // Neighbours in the 2025 model only, last inspected under the 2021 model's years.
    add(f, "Derbyshire", 830, K::Ilacs, 2023, QDate(2023, 2, 6), {{"overall_effectiveness", "Good"}});
    add(f, "Kent", 886, K::Sif, 2017, QDate(2017, 6, 5), {{"overall_effectiveness", "Good"}});
    add(f, "Kent", 886, K::Ilacs, 2022, QDate(2022, 9, 12), {{"overall_effectiveness", "Outstanding"}});
    // Neighbours in both models.
    add(f, "Norfolk", 926, K::Ilacs, 2025, QDate(2025, 5, 1),
        {{"overall_effectiveness", "Requires improvement to be good"}});
    add(f, "East Sussex", 845, K::Ilacs, 2019, QDate(2019, 4, 8), {{"overall_effectiveness", "Good"}});
    add(f, "Devon", 878, K::Ilacs, 2024, QDate(2024, 8, 1), {{"overall_effectiveness", "Inadequate"}});
    // A neighbour in the 2021 model only: not one today.
    add(f, "Somerset", 933, K::Ilacs, 2024, QDate(2024, 10, 7), {{"overall_effectiveness", "Good"}});
    // Not a neighbour in either model.
    add(f, "Leeds", 383, K::Ilacs, 2022, QDate(2022, 3, 1), {{"overall_effectiveness", "Outstanding"}});
    return f;
}

ChartFilter cornwallWithNeighbours()
{
    ChartFilter filter;
    filter.focusLaCode = 908;
    filter.comparators = ComparatorGroup::Neighbours;
    return filter;
}

QStringList councilsOf(const LatestJudgements &t)
{
    QStringList names;
    for (const LatestRow &r : t.rows)
        names << r.council;
    return names;
}

int rowOf(const LatestJudgements &t, const QString &council)
{
    for (int r = 0; r < t.rows.size(); ++r)
        if (t.rows[r].council == council)
            return r;
    return -1;
}
} // namespace

class TestLatestNeighbours : public QObject
{
    Q_OBJECT

private slots:
    void registerGivesTheTwoModels()
    {
        const CouncilRegister &reg = CouncilRegister::builtIn();
        // 2025 model: Norfolk, Bury, East Sussex, Derbyshire, Northumberland, Suffolk, Devon,
        // Nottinghamshire, Lancashire, Kent.
        QCOMPARE(reg.statisticalNeighbours(908, 2026), QList<int>({926, 351, 845, 830, 929, 935, 878, 891, 888, 886}));
        // 2021 model: Somerset first; neither Derbyshire nor Kent.
        const QList<int> old = reg.statisticalNeighbours(908, 2023);
        QCOMPARE(old.first(), 933);
        QVERIFY(!old.contains(830) && !old.contains(886));
    }

    void todaysNeighboursWithTheirLatestInspectionWhateverItsYear()
    {
        const LatestJudgements t =
            LatestJudgements::build(ChartDataset(cornwallAndNeighbours(), cornwallWithNeighbours()));
        QCOMPARE(councilsOf(t),
                 QStringList({"Cornwall", "Norfolk", "Bury", "East Sussex", "Derbyshire", "Northumberland", "Suffolk",
                              "Devon", "Nottinghamshire", "Lancashire", "Kent"}));
        QCOMPARE(CouncilRegister::neighbourModelYear(t.neighbourYear), 2025);
        const LatestRow &derbyshire = t.rows[rowOf(t, QStringLiteral("Derbyshire"))];
        QCOMPARE(derbyshire.role, LatestRowRole::Neighbour);
        QCOMPARE(derbyshire.neighbourRank, 4);
        QCOMPARE(derbyshire.published, QDate(2023, 2, 6));
        QCOMPARE(derbyshire.overall, Judgement::Good);
        const int kent = rowOf(t, QStringLiteral("Kent"));
        QCOMPARE(t.text(kent, LatestJudgements::CouncilColumn), QStringLiteral("Kent (neighbour 10)"));
        QCOMPARE(t.rows[kent].overall, Judgement::Outstanding);
        QCOMPARE(t.rows[kent].previousOverall, Judgement::Good); // its 2017 SIF
        // Somerset was a neighbour only in the 2021 model; Leeds never.
        QCOMPARE(rowOf(t, QStringLiteral("Somerset")), -1);
        QCOMPARE(rowOf(t, QStringLiteral("Leeds")), -1);
    }

    void otherViewsKeepTheModelOfEachYear()
    {
        // The trend and distribution compare each year with that year's neighbours: the
        // dataset they draw leaves Derbyshire's 2023 inspection out (2021 model) and keeps
        // Somerset's 2024 one; only the latest table asks for today's model.
        const ChartDataset data(cornwallAndNeighbours(), cornwallWithNeighbours());
        QVERIFY(!data.councils().contains(QStringLiteral("Derbyshire")));
        QVERIFY(data.councils().contains(QStringLiteral("Somerset")));
        const ChartDataset today = data.withNeighboursOn(QDate(2026, 1, 5));
        QVERIFY(today.councils().contains(QStringLiteral("Derbyshire")));
        QVERIFY(!today.councils().contains(QStringLiteral("Somerset")));
        QCOMPARE(today.councils().first(), QStringLiteral("Cornwall"));
    }

    void comparisonInForceOnADateUsesThatDatesNeighbours()
    {
        const ChartDataset data(cornwallAndNeighbours(), cornwallWithNeighbours());
        ChartPageContent content(QStringLiteral("Compared"), ChartViewKind::Comparison);
        content.asOf = QDate(2026, 1, 5);
        const YearSnapshot today = content.snapshot(data);
        QVERIFY(today.councils.contains(QStringLiteral("Derbyshire"))); // its 2023 ILACS, in force
        QVERIFY(today.councils.contains(QStringLiteral("Kent")));
        QVERIFY(!today.councils.contains(QStringLiteral("Somerset")));
        content.asOf = QDate(2024, 12, 1);
        const YearSnapshot then = content.snapshot(data);
        QVERIFY(then.councils.contains(QStringLiteral("Somerset")));
        QVERIFY(!then.councils.contains(QStringLiteral("Derbyshire")));
        // Each council keeps the colour the trend beside it gives it (its place in the
        // dataset); Derbyshire and Kent, compared only here, come after, apart.
        const QStringList charted = data.councils();
        QSet<int> extra;
        for (int c = 0; c < today.councils.size(); ++c) {
            const int at = int(charted.indexOf(today.councils[c]));
            if (at >= 0)
                QCOMPARE(today.councilIndexes[c], at);
            else
                extra.insert(today.councilIndexes[c]);
        }
        QCOMPARE(extra, QSet<int>({int(charted.size()), int(charted.size()) + 1}));
    }

    void neighboursOfAnEarlierDateUseThatModel()
    {
        LatestJudgementsOptions o;
        o.neighboursOn = QDate(2024, 6, 1);
        const LatestJudgements t =
            LatestJudgements::build(ChartDataset(cornwallAndNeighbours(), cornwallWithNeighbours()), o);
        QCOMPARE(t.rows[rowOf(t, QStringLiteral("Somerset"))].neighbourRank, 1);
        QCOMPARE(rowOf(t, QStringLiteral("Derbyshire")), -1);
        QCOMPARE(rowOf(t, QStringLiteral("Kent")), -1);
    }

    void aNeighbourWithoutInspectionIsSaid()
    {
        const LatestJudgements t =
            LatestJudgements::build(ChartDataset(cornwallAndNeighbours(), cornwallWithNeighbours()));
        const int bury = rowOf(t, QStringLiteral("Bury"));
        QVERIFY(!t.rows[bury].hasInspection());
        QCOMPARE(t.rows[bury].neighbourRank, 2);
        QCOMPARE(t.text(bury, LatestJudgements::CouncilColumn), QStringLiteral("Bury (neighbour 2)"));
        QCOMPARE(t.text(bury, LatestJudgements::KindColumn), QStringLiteral("Not in the database"));
        QCOMPARE(t.text(bury, LatestJudgements::PublishedColumn), QString());
        QVERIFY(t.footnotes.contains(QStringLiteral(
            "No inspection in the database: Bury, Northumberland, Suffolk, Nottinghamshire, Lancashire.")));
        // Sorted by date, they come after every inspected council.
        const LatestJudgements byDate = t.sorted(LatestJudgements::PublishedColumn, Qt::AscendingOrder);
        QCOMPARE(councilsOf(byDate).mid(0, 6),
                 QStringList({"East Sussex", "Kent", "Derbyshire", "Cornwall", "Devon", "Norfolk"}));
        // The export table holds the same rows. A neighbour with reports, none graded in the
        // chosen years, is told apart from one the database does not hold.
        const DataTable d = t.table();
        QCOMPARE(d.rowCount(), 11);
        QCOMPARE(d.rows[2][LatestJudgements::CouncilColumn], QStringLiteral("Bury (neighbour 2)"));
        QCOMPARE(d.rows[2][LatestJudgements::KindColumn], QStringLiteral("Not in the database"));
        QCOMPARE(d.rows[2][LatestJudgements::PublishedColumn], QString());
        ChartFilter recent = cornwallWithNeighbours();
        recent.fromYear = 2020;
        const LatestJudgements since2020 = LatestJudgements::build(ChartDataset(cornwallAndNeighbours(), recent));
        QVERIFY(since2020.footnotes.contains(QStringLiteral(
            "No inspection in the database: Bury, Northumberland, Suffolk, Nottinghamshire, Lancashire.")));
        QVERIFY(since2020.footnotes.contains(
            QStringLiteral("No graded inspection in the chosen years, kinds and judgements: East Sussex.")));
        const int eastSussex = rowOf(since2020, QStringLiteral("East Sussex"));
        QCOMPARE(since2020.text(eastSussex, LatestJudgements::KindColumn), QStringLiteral("No graded inspection"));
    }

    void regionFilterAppliesToNeighboursWithoutInspection()
    {
        LatestJudgementsOptions northWest;
        northWest.region = QStringLiteral("North West");
        const LatestJudgements t =
            LatestJudgements::build(ChartDataset(cornwallAndNeighbours(), cornwallWithNeighbours()), northWest);
        QCOMPARE(councilsOf(t), QStringList({"Cornwall", "Bury", "Lancashire"}));
    }

    void regionAndCouncilTypeAreSortableColumns()
    {
        const LatestJudgements t =
            LatestJudgements::build(ChartDataset(cornwallAndNeighbours(), cornwallWithNeighbours()));
        QCOMPARE(t.header(LatestJudgements::RegionColumn), QStringLiteral("Region"));
        QCOMPARE(t.header(LatestJudgements::CouncilTypeColumn), QStringLiteral("Council type"));
        const int bury = rowOf(t, QStringLiteral("Bury"));
        QCOMPARE(t.text(bury, LatestJudgements::RegionColumn), QStringLiteral("North West"));
        QCOMPARE(t.text(bury, LatestJudgements::CouncilTypeColumn), QStringLiteral("Metropolitan District"));
        QCOMPARE(t.text(0, LatestJudgements::CouncilTypeColumn), QStringLiteral("Unitary Authority"));
        // By region A-Z (stable: the table's own order within a region).
        QCOMPARE(councilsOf(t.sorted(LatestJudgements::RegionColumn, Qt::AscendingOrder)),
                 QStringList({"Derbyshire", "Nottinghamshire", "Norfolk", "Suffolk", "Northumberland", "Bury",
                              "Lancashire", "East Sussex", "Kent", "Cornwall", "Devon"}));
        QCOMPARE(councilsOf(t.sorted(LatestJudgements::CouncilTypeColumn, Qt::AscendingOrder)),
                 QStringList({"Norfolk", "East Sussex", "Derbyshire", "Suffolk", "Devon", "Nottinghamshire",
                              "Lancashire", "Kent", "Bury", "Cornwall", "Northumberland"}));
        // The export and the printed page carry them.
        const DataTable d = t.table();
        QCOMPARE(d.headers.mid(0, 5), QStringList({"Council", "Region", "Council type", "Inspection", "Published"}));
        QCOMPARE(d.rows[0].mid(0, 5),
                 QStringList({"Cornwall (my council)", "South West", "Unitary Authority", "ILACS", "4 Mar 2024"}));
    }
};

QTEST_GUILESS_MAIN(TestLatestNeighbours)
#include "tst_latestneighbours.moc"
