// Families across frameworks (docs: judgement-vocabulary.md, "Families") on a fixture database
// of 2005-2026: which keys join which line, the judgements offered per year range, the
// framework changes marked on a line, the footnotes and the value axis in Ofsted's words.
#include "ChartFixture.h"
#include "charts/ChartDataset.h"
#include "charts/TrendData.h"
#include "charts/Wording.h"
#include "charts/YearSnapshot.h"

#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk;
using namespace inspectdesk::fixture;

namespace {
struct YVP
{
    int year;
    int value;
    int part;
    bool operator==(const YVP &o) const { return year == o.year && value == o.value && part == o.part; }
};
QList<YVP> line(const TrendSeries &s)
{
    QList<YVP> v;
    for (const TrendPoint &p : s.points)
        v << YVP{p.year, p.value(), p.source.part};
    return v;
}
const QString kOverall = QStringLiteral("overall_effectiveness");
const QString kInCare = QStringLiteral("children_in_care");
} // namespace

namespace QTest {
template <> char *toString(const YVP &v)
{
    return qstrdup(QStringLiteral("(%1,%2,p%3)").arg(v.year).arg(v.value).arg(v.part).toUtf8().constData());
}
} // namespace QTest

class TestFamilies : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    Database mDb;
    QList<JudgementFact> mFacts;

    ChartDataset data(int from, int to, const QStringList &families = {}) const
    {
        ChartFilter f;
        f.fromYear = from;
        f.toYear = to;
        f.outcomes = families;
        return ChartDataset(mFacts, f);
    }

private slots:
    void closeChangesOfFrameworkLabelledApart()
    {
        // Changes within six years of the last one labelled in the usual place go to the other
        // place (the trend's top, the distribution's foot); the rest stay where they were.
        const QList<FrameworkChange> changes = {{2008.5, QStringLiteral("CSA")},
                                                {2012.5, QStringLiteral("SIF")},
                                                {2013.5, QStringLiteral("x")},
                                                {2017.5, QStringLiteral("ILACS")},
                                                {2022.5, QStringLiteral("ILACS 2023-")}};
        QCOMPARE(changeLabelsInUsualPlace(changes), QList<bool>({true, false, false, true, false}));
        QCOMPARE(changeLabelsInUsualPlace({}), QList<bool>());
    }

    void initTestCase()
    {
        QVERIFY(mDb.open(mDir.filePath(QStringLiteral("fixture.sqlite"))));
        QVERIFY(fixture::build(mDb));
        QVERIFY(fixture::addLaterFrameworks(mDb));
        mFacts = ReportStore(mDb).judgementFacts();
        QCOMPARE(mFacts.size(), 97 + 6 + 6 + 4 + 5 + 6 + 1 + 4 + 5 + 4);
    }

    void keysJoinTheirFamilyOnly()
    {
        const auto check = [](ReportKind kind, const char *section, const char *key, Population pop,
                              const QString &family, int part) {
            const FamilyMatch m = familyOf(kind, QString::fromLatin1(section), QString::fromLatin1(key), pop);
            return family.isEmpty() ? !m.isValid() : (m.isValid() && m.family->id == family && m.part == part);
        };
        const auto all = Population::AllChildren;
        QVERIFY(check(ReportKind::Sif, "", "children_looked_after_and_achieving_permanence", all, kInCare, 0));
        QVERIFY(check(ReportKind::Ilacs, "", "children_in_care_and_care_leavers", all, kInCare, 1));
        QVERIFY(check(ReportKind::Ilacs, "", "children_in_care", all, kInCare, 2));
        QVERIFY(check(ReportKind::Ilacs, "", "impact_of_leaders", all, QStringLiteral("leadership"), 1));
        QVERIFY(check(ReportKind::Sif, "", "care_leavers", all, QStringLiteral("care_leavers"), 0));
        QVERIFY(check(ReportKind::ChildrenServicesAssessment, "", "overall_effectiveness", all, kOverall, 1));
        QVERIFY(check(ReportKind::Jar, "corporate_assessment", "staying_safe", all, QStringLiteral("staying_safe"), 1));
        // Kept apart: adoption, the LSCB, JAR service grades, a youth service section, and the
        // safeguarding/LAC inspection's per-section grades (only under their own population).
        QVERIFY(check(ReportKind::Sif, "", "adoption_performance", all, QString(), 0));
        QVERIFY(check(ReportKind::Sif, "lscb", "lscb_effectiveness", all, QString(), 0));
        QVERIFY(check(ReportKind::Jar, "", "safeguarding", all, QString(), 0));
        QVERIFY(check(ReportKind::Jar, "youth_service", "overall_effectiveness", all, QString(), 0));
        QVERIFY(
            check(ReportKind::SafeguardingLacInspection, "safeguarding", "overall_effectiveness", all, QString(), 0));
        QVERIFY(check(ReportKind::SafeguardingLacInspection, "safeguarding", "overall_effectiveness",
                      Population::Safeguarding, kOverall, 4));
        // ILACS has no "children_looked_after_and_achieving_permanence"; SIF no "impact_of_leaders".
        QVERIFY(check(ReportKind::Ilacs, "", "children_looked_after_and_achieving_permanence", all, QString(), 0));
        QVERIFY(check(ReportKind::Sif, "", "impact_of_leaders", all, QString(), 0));
    }

    void viewsOfferOnlyFamiliesWithDataInTheYears()
    {
        QCOMPARE(data(2013, 2026).familiesWithData(),
                 QStringList({kOverall, QStringLiteral("help_and_protection"), kInCare, QStringLiteral("care_leavers"),
                              QStringLiteral("leadership")}));
        const QStringList early = data(2005, 2012).familiesWithData();
        QCOMPARE(early.size(), 7);
        QCOMPARE(early.first(), kOverall);
        QVERIFY(!early.contains(QStringLiteral("help_and_protection")));
        // Westmere's 2026 report prints no overall effectiveness.
        QCOMPARE(data(2025, 2026).familiesWithData(),
                 QStringList({QStringLiteral("help_and_protection"), kInCare, QStringLiteral("care_leavers"),
                              QStringLiteral("leadership")}));
        // Chosen families without data are not drawn as empty panels.
        const ChartDataset chosen = data(2013, 2026, {kInCare, QStringLiteral("being_healthy")});
        QCOMPARE(chosen.outcomes(), QStringList({kInCare}));
        QCOMPARE(TrendData::build(chosen).panels.size(), 1);
    }

    void childrenInCareAcrossThreeJudgements()
    {
        const TrendData trend = TrendData::build(data(2013, 2026));
        const TrendPanel *p = trend.panel(kInCare);
        QVERIFY(p);
        QCOMPARE(p->title, QStringLiteral("Children in care"));
        QCOMPARE(p->series.size(), 3);
        QCOMPARE(line(p->series[0]), QList<YVP>({{2014, 2, 0}, {2019, 3, 1}, {2024, 4, 2}}));
        QCOMPARE(line(p->series[1]), QList<YVP>({{2016, 3, 0}, {2022, 3, 1}}));
        QCOMPARE(line(p->series[2]), QList<YVP>({{2023, 2, 2}, {2026, 3, 2}}));
        QCOMPARE(p->series[0].points[1].source.key, QStringLiteral("children_in_care_and_care_leavers"));
        // SIF ends 2016, ILACS 2018-22 starts 2019 (nominally 2018); ILACS 2023- starts 2023.
        QCOMPARE(p->changes, QList<FrameworkChange>({{2017.5, QStringLiteral("ILACS 2018-22, with care leavers")},
                                                     {2022.5, QStringLiteral("ILACS 2023-")}}));
        QCOMPARE(p->footnotes.size(), 1);
        QCOMPARE(p->footnotes.first(),
                 QStringLiteral("Children in care joins 3 judgements (a dashed rule marks each change of framework): "
                                "SIF 2013-18: children looked after and achieving permanence; ILACS 2018-22: children "
                                "in care and care leavers (one judgement); ILACS 2023-: children in care"));
        QCOMPARE(p->valueLabels,
                 QStringList({QStringLiteral("Inadequate"), QStringLiteral("Requires improvement (to be good)"),
                              QStringLiteral("Good"), QStringLiteral("Outstanding")}));
    }

    void overallEffectivenessFrom2005To2026()
    {
        const TrendData trend = TrendData::build(data(0, 0));
        const TrendPanel *p = trend.panel(kOverall);
        QVERIFY(p);
        QCOMPARE(trend.years.first(), 2005);
        QCOMPARE(trend.years.last(), 2026);
        QCOMPARE(line(p->series[0]), QList<YVP>({{2005, 2, 0},
                                                 {2006, 2, 0},
                                                 {2007, 3, 0},
                                                 {2008, 3, 0},
                                                 {2009, 3, 1},
                                                 {2010, 2, 1},
                                                 {2011, 3, 1},
                                                 {2012, 4, 1},
                                                 {2014, 2, 2},
                                                 {2019, 3, 3},
                                                 {2024, 4, 3}}));
        // The 2010 safeguarding inspection's grade is per section: no longer a second candidate.
        const ChartPoint *p2010 = ChartDataset(mFacts, ChartFilter()).point(kNorthby, kOverall, 2010);
        QVERIFY(!p2010->conflict);
        // Inspected and re-inspected in 2014: the later report is shown and marked.
        const TrendPoint &p2014 = p->series[0].points[8];
        QVERIFY(p2014.source.conflict);
        QCOMPARE(p2014.source.candidateCount, 2);
        QCOMPARE(p2014.source.printed, QStringLiteral("Requires improvement"));
        QCOMPARE(p2014.badge(), QStringLiteral("!"));
        QCOMPARE(line(p->series[2]),
                 QList<YVP>({{2006, 4, 0}, {2007, 4, 0}, {2008, 3, 0}, {2011, 4, 1}, {2023, 1, 3}}));
        QCOMPARE(p->changes, QList<FrameworkChange>({{2008.5, QStringLiteral("CSA")},
                                                     {2012.5, QStringLiteral("SIF")},
                                                     {2017.5, QStringLiteral("ILACS")}}));
        QCOMPARE(p->valueLabels[1], QStringLiteral("Adequate / Requires improvement"));
    }

    void wordsOfEachFramework()
    {
        QCOMPARE(judgementWording(ReportKind::Ilacs, Judgement::Adequate),
                 QStringLiteral("Requires improvement to be good"));
        QCOMPARE(judgementWording(ReportKind::Sif, Judgement::Adequate), QStringLiteral("Requires improvement"));
        QCOMPARE(judgementWording(ReportKind::Apa, Judgement::Adequate), QStringLiteral("Adequate"));
        QCOMPARE(judgementWording(ReportKind::ChildrenServicesAssessment, Judgement::Good),
                 QStringLiteral("Performs well (3)"));
        QCOMPARE(judgementWording(ReportKind::Ilacs, Judgement::Good), QStringLiteral("Good"));
        // One framework per chart: its own words; the normalised positions are unchanged.
        QCOMPARE(TrendData::build(data(2019, 2026)).panel(kOverall)->valueLabels,
                 QStringList({QStringLiteral("Inadequate"), QStringLiteral("Requires improvement to be good"),
                              QStringLiteral("Good"), QStringLiteral("Outstanding")}));
        QCOMPARE(TrendData::build(data(2014, 2016)).panel(kOverall)->valueLabels[1],
                 QStringLiteral("Requires improvement"));
        QCOMPARE(TrendData::build(data(2009, 2012)).panel(kOverall)->valueLabels,
                 QStringList({QStringLiteral("Performs poorly (1)"), QStringLiteral("Performs adequately (2)"),
                              QStringLiteral("Performs well (3)"), QStringLiteral("Performs excellently (4)")}));
        QCOMPARE(TrendData::build(data(2005, 2008)).panel(kOverall)->valueLabels[1], QStringLiteral("Adequate"));
    }

    void snapshotSaysWhichJudgementAColumnIs()
    {
        const YearSnapshot s = YearSnapshot::build(data(2013, 2026), 2019);
        QCOMPARE(s.councils, QStringList({kNorthby}));
        QCOMPARE(s.outcomeKeys,
                 QStringList({kOverall, QStringLiteral("help_and_protection"), kInCare, QStringLiteral("leadership")}));
        QCOMPARE(s.values(0), QList<qreal>({3, 3, 3, 3}));
        QCOMPARE(s.valueLabels[1], QStringLiteral("Requires improvement to be good"));
        // Columns named by family say which judgement they are: in 2019 "Children in care" is
        // ILACS's combined judgement, leadership is "impact of leaders".
        QCOMPARE(
            s.footnotes,
            QStringList({QStringLiteral("Help and protection: ILACS 2018-: the experiences and progress of "
                                        "children who need help and protection"),
                         QStringLiteral("Children in care: ILACS 2018-22: children in care and care leavers (one "
                                        "judgement)"),
                         QStringLiteral("Leadership: ILACS 2018-: the impact of leaders on social work practice")}));
    }

    // The judgement in force on a date: each council's latest inspection published on or before
    // it, whatever the year, with that year; a council not yet inspected is left out.
    void judgementsInForceOnADate()
    {
        const ChartDataset all = data(0, 0);
        const YearSnapshot s = YearSnapshot::inForce(all, QDate(2023, 6, 30));
        QCOMPARE(s.asOf, QDate(2023, 6, 30));
        QCOMPARE(s.councils, QStringList({kNorthby, kSoutham, kWestmere}));
        const int oe = int(s.outcomeKeys.indexOf(kOverall));
        const int care = int(s.outcomeKeys.indexOf(kInCare));
        QCOMPARE(s.cell(0, oe)->judgement, Judgement::Good); // ILACS 2019
        QCOMPARE(s.cellYear(0, oe), 2019);
        QCOMPARE(s.cell(1, oe)->printed, QStringLiteral("Requires improvement to be good")); // 2022
        QCOMPARE(s.cellYear(1, oe), 2022);
        QCOMPARE(s.cell(2, oe)->judgement, Judgement::Inadequate); // published 1 May 2023
        QCOMPARE(s.cellYear(2, care), 2023);
        QCOMPARE(s.cell(0, care)->key, QStringLiteral("children_in_care_and_care_leavers"));
        // Northby's 2014 SIF graded care leavers apart; its 2019 ILACS only with children in
        // care. That ILACS replaced every 2014 judgement: no care leavers grade was in force.
        const int leavers = int(s.outcomeKeys.indexOf(QStringLiteral("care_leavers")));
        QVERIFY(leavers >= 0);
        QVERIFY(!s.cell(0, leavers));
        QCOMPARE(s.cellYear(0, leavers), 0);
        // A table of one date has no rule at a change of framework, and its notes say none.
        QCOMPARE(s.footnotes.filter(QStringLiteral("Children in care joins")),
                 QStringList({QStringLiteral("Children in care joins 2 judgements: ILACS 2018-22: children in care and "
                                             "care leavers (one judgement); ILACS 2023-: children in care")}));
        QVERIFY(s.footnotes.filter(QStringLiteral("dashed")).isEmpty());
        // Before the ILACS (and after the SIF's second report) the SIF's grade stood.
        const YearSnapshot sif = YearSnapshot::inForce(all, QDate(2019, 5, 31));
        const int sifLeavers = int(sif.outcomeKeys.indexOf(QStringLiteral("care_leavers")));
        QCOMPARE(sif.cell(0, sifLeavers)->printed, QStringLiteral("Requires improvement"));
        QCOMPARE(sif.cell(0, sifLeavers)->published, QDate(2014, 12, 1));
        // A day before Westmere's 2023 report its overall judgement was the 2011 assessment's.
        const YearSnapshot before = YearSnapshot::inForce(all, QDate(2023, 4, 30));
        QCOMPARE(before.cellYear(2, int(before.outcomeKeys.indexOf(kOverall))), 2011);
        QVERIFY(!before.cell(2, int(before.outcomeKeys.indexOf(kInCare))));
        // Before Westmere's first letter (1 Dec 2006) only Northby and Southam had one.
        QCOMPARE(YearSnapshot::inForce(all, QDate(2006, 6, 1)).councils, QStringList({kNorthby, kSoutham}));
        QVERIFY(YearSnapshot::inForce(all, QDate(2004, 1, 1)).isEmpty());
    }

    // A report whose publication date was not read counts from when the data was read if
    // that is before the end of its year: it was in the database, so it had been published.
    void undatedReportInForceOnceRead()
    {
        QList<JudgementFact> facts = mFacts;
        for (JudgementFact &f : facts)
            if (f.council == kWestmere && f.assessmentYear == 2026)
                f.published = QDate();
        ChartDataset data(facts, ChartFilter());
        data.setDataAsOf(QDateTime(QDate(2026, 7, 1), QTime(9, 0)));
        const YearSnapshot s = YearSnapshot::inForce(data, QDate(2026, 7, 1));
        const int help = int(s.outcomeKeys.indexOf(QStringLiteral("help_and_protection")));
        const int west = int(s.councils.indexOf(kWestmere));
        QCOMPARE(s.cellYear(west, help), 2026);
        // That ILACS graded no overall effectiveness and replaced the 2023 one.
        QVERIFY(!s.cell(west, int(s.outcomeKeys.indexOf(kOverall))));
        const YearSnapshot before = YearSnapshot::inForce(data, QDate(2026, 6, 30));
        QCOMPARE(before.cellYear(int(before.councils.indexOf(kWestmere)),
                                 int(before.outcomeKeys.indexOf(QStringLiteral("help_and_protection")))),
                 2023);
        // An ILACS report prints its fieldwork, not its publication: it counts from the last
        // day of fieldwork, whenever the data was read.
        for (JudgementFact &f : facts)
            if (f.council == kWestmere && f.assessmentYear == 2026)
                f.inspectionEnd = QDate(2026, 4, 17);
        ChartDataset fieldwork(facts, ChartFilter());
        fieldwork.setDataAsOf(QDateTime(QDate(2026, 11, 30), QTime(9, 0)));
        auto westmereHelp = [&](const QDate &date) {
            const YearSnapshot on = YearSnapshot::inForce(fieldwork, date);
            return on.cellYear(int(on.councils.indexOf(kWestmere)),
                               int(on.outcomeKeys.indexOf(QStringLiteral("help_and_protection"))));
        };
        QCOMPARE(westmereHelp(QDate(2026, 4, 17)), 2026);
        QCOMPARE(westmereHelp(QDate(2026, 4, 16)), 2023);
    }

    // Under small multiples every family's footnote is said once, in the panels' order, the
    // one-judgement families ("Help and protection: ILACS 2018-: ...") too.
    void smallMultiplesNotesNameEveryFamilysJudgements()
    {
        const QStringList notes = TrendData::build(data(2013, 2026)).notes();
        const QStringList starts = {QStringLiteral("Overall effectiveness joins 2 judgements"),
                                    QStringLiteral("Help and protection joins 2 judgements"),
                                    QStringLiteral("Children in care joins 3 judgements"),
                                    QStringLiteral("Care leavers joins 2 judgements"),
                                    QStringLiteral("Leadership joins 2 judgements")};
        QCOMPARE(notes.size(), starts.size());
        for (int i = 0; i < starts.size(); ++i)
            QVERIFY2(notes[i].startsWith(starts[i]), qPrintable(notes[i]));
        const QStringList later = TrendData::build(data(2019, 2022)).notes();
        QVERIFY2(later.contains(QStringLiteral("Help and protection: ILACS 2018-: the experiences and progress of "
                                               "children who need help and protection")),
                 qPrintable(later.join(QLatin1Char('\n'))));
    }

    void populationsKeepSectionGradesApart()
    {
        ChartFilter f;
        f.population = Population::Safeguarding;
        const ChartDataset data(mFacts, f);
        QCOMPARE(data.councils(), QStringList({kNorthby}));
        QCOMPARE(data.outcomes(), QStringList({kOverall, QStringLiteral("capacity_to_improve")}));
        QCOMPARE(data.point(kNorthby, kOverall, 2010)->judgement, Judgement::Good);
    }
};

QTEST_GUILESS_MAIN(TestFamilies)
#include "tst_families.moc"
