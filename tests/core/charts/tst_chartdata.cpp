// Chart data built from a fixture database: filtering, resolution to one normalised
// judgement per council/outcome/year, trend series and year snapshots, exact values.
#include "ChartFixture.h"
#include "charts/ChartDataset.h"
#include "charts/TrendData.h"
#include "charts/YearSnapshot.h"

#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk;
using namespace inspectdesk::fixture;

namespace {
QList<QPair<int, int>> yearValues(const TrendSeries &s)
{
    QList<QPair<int, int>> v;
    for (const TrendPoint &p : s.points)
        v << qMakePair(p.year, p.value());
    return v;
}
using YV = QList<QPair<int, int>>;
} // namespace

class TestChartData : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    Database mDb;
    QList<JudgementFact> mFacts;

private slots:
    void initTestCase()
    {
        QVERIFY(mDb.open(mDir.filePath(QStringLiteral("fixture.sqlite"))));
        QVERIFY(fixture::build(mDb));
        ReportStore store(mDb);
        mFacts = store.judgementFacts();
        QCOMPARE(mFacts.size(), 77 + 9 + 1 + 2 + 7 + 1);
    }

    void filterChoicesOfFacts()
    {
        const FilterChoices choices = FilterChoices::of(mFacts);
        QCOMPARE(choices.councils, QStringList({kNorthby, kSoutham, kWestmere}));
        QCOMPARE(choices.firstYear, 2005);
        QCOMPARE(choices.lastYear, 2012);
        QCOMPARE(FilterChoices::of({}).firstYear, 0);
    }

    void defaultFilterCoversEveryCouncilAndYear()
    {
        const ChartDataset data(mFacts, ChartFilter());
        QCOMPARE(data.councils(), QStringList({kNorthby, kSoutham, kWestmere}));
        QCOMPARE(data.years(), QList<int>({2005, 2006, 2007, 2008, 2009, 2010, 2011, 2012}));
        QCOMPARE(data.outcomes().size(), 7);
        // 11 APA x 7 + 9 assessments; the safeguarding inspection's grades are per section
        // (its own population), not whole-service lines.
        QCOMPARE(data.pointCount(), 77 + 9);
        QCOMPARE(data.unreviewedCount(), 7); // Southam's 2008 letter
        QCOMPARE(data.conflictCount(), 0);
    }

    void trendSeriesAreExact()
    {
        const TrendData trend = TrendData::build(ChartDataset(mFacts, ChartFilter()));
        QCOMPARE(trend.panels.size(), 7);
        QCOMPARE(trend.panels.first().key, QStringLiteral("overall_effectiveness"));
        QCOMPARE(trend.panels.first().title, QStringLiteral("Overall effectiveness"));
        const TrendPanel *oe = trend.panel(QStringLiteral("overall_effectiveness"));
        QVERIFY(oe);
        QCOMPARE(oe->series.size(), 3);
        QCOMPARE(oe->series[0].council, kNorthby);
        QCOMPARE(yearValues(oe->series[0]),
                 YV({{2005, 2}, {2006, 2}, {2007, 3}, {2008, 3}, {2009, 3}, {2010, 2}, {2011, 3}, {2012, 4}}));
        QCOMPARE(yearValues(oe->series[1]),
                 YV({{2005, 3}, {2006, 3}, {2007, 2}, {2008, 1}, {2009, 1}, {2010, 2}, {2011, 2}, {2012, 3}}));
        // Westmere's youth service "1" (a JAR section) is not an outcome for children.
        QCOMPARE(yearValues(oe->series[2]), YV({{2006, 4}, {2007, 4}, {2008, 3}, {2011, 4}}));
        QCOMPARE(oe->series[2].councilIndex, 2);
        // The unknown-scale "3" for Northby 2009 is never charted.
        const TrendPanel *healthy = trend.panel(QStringLiteral("being_healthy"));
        QCOMPARE(yearValues(healthy->series[0]), YV({{2005, 2}, {2006, 3}, {2007, 3}, {2008, 3}}));
        const TrendPanel *capacity = trend.panel(QStringLiteral("capacity_to_improve"));
        QCOMPARE(yearValues(capacity->series[0]), YV({{2005, 2}, {2006, 3}, {2007, 3}, {2008, 3}}));
    }

    void sectionGradesStayApartFromTheWholeServiceLine()
    {
        const ChartDataset data(mFacts, ChartFilter());
        const ChartPoint *p = data.point(kNorthby, QStringLiteral("overall_effectiveness"), 2010);
        QVERIFY(p);
        QCOMPARE(p->judgement, Judgement::Adequate);
        QCOMPARE(p->printed, QStringLiteral("Performs adequately (2)"));
        QCOMPARE(p->scale, Scale::PerformsScale);
        QCOMPARE(p->kind, ReportKind::ChildrenServicesAssessment);
        QVERIFY(!p->conflict);
        QCOMPARE(p->candidateCount, 1);
        QVERIFY(!data.point(kNorthby, QStringLiteral("capacity_to_improve"), 2010));
        // Under its own population the safeguarding section's grades are charted, normalised
        // from the reversed scale.
        ChartFilter f;
        f.population = Population::Safeguarding;
        const ChartDataset safeguarding(mFacts, f);
        const ChartPoint *c = safeguarding.point(kNorthby, QStringLiteral("capacity_to_improve"), 2010);
        QVERIFY(c);
        QCOMPARE(c->judgement, Judgement::Good);
        QCOMPARE(c->printed, QStringLiteral("Grade 2"));
        QCOMPARE(c->page, 4);
        QVERIFY(c->reportId > 0 && c->judgementId > 0);
    }

    void filtersCouncilsOrderYearsAndKinds()
    {
        ChartFilter f;
        f.councils = {kSoutham, kNorthby};
        f.fromYear = 2007;
        f.toYear = 2009;
        f.outcomes = {QStringLiteral("staying_safe"), QStringLiteral("overall_effectiveness")};
        const ChartDataset data(mFacts, f);
        QCOMPARE(data.councils(), QStringList({kSoutham, kNorthby}));
        QCOMPARE(data.years(), QList<int>({2007, 2008, 2009}));
        QCOMPARE(data.outcomes(),
                 QStringList({QStringLiteral("overall_effectiveness"), QStringLiteral("staying_safe")}));
        const TrendData trend = TrendData::build(data);
        QCOMPARE(trend.panels.size(), 2);
        QCOMPARE(trend.panels[1].series[0].council, kSoutham);
        QCOMPARE(yearValues(trend.panels[1].series[0]), YV({{2007, 2}, {2008, 1}}));
        QCOMPARE(yearValues(trend.panels[1].series[1]), YV({{2007, 3}, {2008, 4}}));

        f.kinds = {ReportKind::ChildrenServicesAssessment};
        const ChartDataset csa(mFacts, f);
        QCOMPARE(csa.years(), QList<int>({2009}));
        QCOMPARE(csa.pointCount(), 2);
    }

    void unreviewedCanBeHidden()
    {
        ChartFilter f;
        f.showUnreviewed = false;
        const ChartDataset data(mFacts, f);
        QCOMPARE(data.unreviewedCount(), 0);
        QVERIFY(!data.point(kSoutham, QStringLiteral("overall_effectiveness"), 2008));
        f.showUnreviewed = true;
        const ChartPoint *p = ChartDataset(mFacts, f).point(kSoutham, QStringLiteral("overall_effectiveness"), 2008);
        QVERIFY(p);
        QVERIFY(!p->reviewed());
    }

    // A judgement added by hand from the document is not reviewed until someone confirms it
    // (review::isReviewed): charts count and draw it as unreviewed, and hide it with them.
    void handAddedIsNotReviewed()
    {
        QList<JudgementFact> facts = mFacts;
        for (JudgementFact &fact : facts)
            if (fact.council == kSoutham && fact.key == QStringLiteral("overall_effectiveness") &&
                fact.assessmentYear == 2008)
                fact.status = ReviewStatus::AddedByHand;
        ChartFilter f;
        const ChartDataset shown(facts, f);
        const ChartPoint *p = shown.point(kSoutham, QStringLiteral("overall_effectiveness"), 2008);
        QVERIFY(p);
        QVERIFY(!p->reviewed());
        QCOMPARE(shown.unreviewedCount(), 7);
        f.showUnreviewed = false;
        QVERIFY(!ChartDataset(facts, f).point(kSoutham, QStringLiteral("overall_effectiveness"), 2008));
    }

    void lookedAfterChildrenPopulation()
    {
        ChartFilter f;
        f.population = Population::LookedAfterChildren;
        const ChartDataset data(mFacts, f);
        QCOMPARE(data.councils(), QStringList({kNorthby}));
        QCOMPARE(data.years(), QList<int>({2010}));
        const YearSnapshot s = YearSnapshot::build(data);
        QCOMPARE(s.year, 2010);
        QCOMPARE(s.values(0), QList<qreal>({3, 3, 2, 3, 4, 2, 3}));
        QVERIFY(!s.cell(0, 2)->reviewed());
        QVERIFY(!s.cell(0, 0)->conflict);
    }

    void snapshotsForComparisonAndGrid()
    {
        const ChartDataset data(mFacts, ChartFilter());
        const YearSnapshot y2008 = YearSnapshot::build(data, 2008);
        QCOMPARE(y2008.councils, QStringList({kNorthby, kSoutham, kWestmere}));
        QCOMPARE(y2008.outcomeLabels.first(), QStringLiteral("Overall effectiveness"));
        QCOMPARE(y2008.outcomeLabels.last(), QStringLiteral("Capacity to improve"));
        QCOMPARE(y2008.values(0), QList<qreal>({3, 3, 4, 3, 3, 4, 3}));
        QCOMPARE(y2008.values(1), QList<qreal>({1, 2, 1, 2, 2, 2, 2}));
        QCOMPARE(y2008.values(2), QList<qreal>({3, 3, 3, 3, 3, 3, 3}));
        QCOMPARE(y2008.cell(2, 0)->printed, QStringLiteral("3"));
        // Latest year: Westmere has nothing in 2012, and only overall effectiveness is graded.
        const YearSnapshot latest = YearSnapshot::build(data);
        QCOMPARE(latest.year, 2012);
        QCOMPARE(latest.councils, QStringList({kNorthby, kSoutham}));
        QCOMPARE(latest.councilIndexes, QList<int>({0, 1}));
        // Only overall effectiveness was graded in 2012: the other families are no columns.
        QCOMPARE(latest.outcomeKeys, QStringList({QStringLiteral("overall_effectiveness")}));
        QCOMPARE(latest.values(0), QList<qreal>({4}));
        QCOMPARE(latest.valueLabels[3], QStringLiteral("Performs excellently (4)"));
        // 2005 to 2008 each have 14 or 21 judgements; 2008 is the latest of the fullest.
        QCOMPARE(YearSnapshot::fullestYear(data), 2008);
    }

    void noDataIsEmpty()
    {
        ChartFilter f;
        f.councils = {QStringLiteral("Nowhere Council")};
        const ChartDataset data(mFacts, f);
        QVERIFY(data.isEmpty());
        QVERIFY(TrendData::build(data).isEmpty());
        QVERIFY(YearSnapshot::build(data).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
