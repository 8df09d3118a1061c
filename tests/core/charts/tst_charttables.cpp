// Every chart's data table on the fixture database: the cells (the frameworks' words with the
// marks "*" unreviewed and "!" reports disagree), headers, titles, fills and source lines,
// written out by hand from the fixture's grades.
#include "ChartFixture.h"
#include "charts/ChartStyle.h"
#include "charts/ChartTables.h"

#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk;
using namespace inspectdesk::fixture;

namespace {
const QString kPW3 = QStringLiteral("Performs well (3)");
const QString kPA2 = QStringLiteral("Performs adequately (2)");
const QString kPE4 = QStringLiteral("Performs excellently (4)");
const QString kRitbg = QStringLiteral("Requires improvement to be good");

QStringList row(std::initializer_list<const char *> cells)
{
    QStringList r;
    for (const char *c : cells)
        r << QString::fromUtf8(c);
    return r;
}
} // namespace

class TestChartTables : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    Database mDb;
    QList<JudgementFact> mEarly; // 2005-2012 only
    QList<JudgementFact> mAll;   // with the frameworks since 2013

private slots:
    void initTestCase()
    {
        QVERIFY(mDb.open(mDir.filePath(QStringLiteral("fixture.sqlite"))));
        QVERIFY(fixture::build(mDb));
        mEarly = ReportStore(mDb).judgementFacts();
        QVERIFY(fixture::addLaterFrameworks(mDb));
        mAll = ReportStore(mDb).judgementFacts();
    }

    void trendIsCouncilByYear()
    {
        const TrendData trend = TrendData::build(ChartDataset(mEarly, ChartFilter()));
        const DataTable t =
            charttables::trend(*trend.panel(QStringLiteral("overall_effectiveness")), QStringLiteral("Source: here."));
        QCOMPARE(t.title, QStringLiteral("Overall effectiveness"));
        QCOMPARE(t.headers, row({"Council", "2005", "2006", "2007", "2008", "2009", "2010", "2011", "2012"}));
        QCOMPARE(t.rowCount(), 3);
        QCOMPARE(t.rows[0], QStringList({kNorthby, "Adequate", "Adequate", "Good", "Good", kPW3, kPA2, kPW3, kPE4}));
        // Southam's 2008 letter is not yet reviewed.
        QCOMPARE(t.rows[1], QStringList({kSoutham, "Good", "Good", "Adequate", "Inadequate *", "Performs poorly (1)",
                                         kPA2, kPA2, kPW3}));
        QCOMPARE(t.rows[2], QStringList({kWestmere, "", "Outstanding", "Outstanding", "Good", "", "", kPE4, ""}));
        QCOMPARE(t.fills[0][1], chartstyle::judgementColour(Judgement::Adequate));
        QCOMPARE(t.fills[1][4], chartstyle::judgementColour(Judgement::Inadequate));
        QVERIFY(!t.fills[0][0].isValid());
        QVERIFY(!t.fills[2][1].isValid());
        const QStringList notes = t.sourceLine.split(QLatin1Char('\n'));
        QCOMPARE(notes.size(), 3);
        QCOMPARE(notes[0], QStringLiteral("Source: here."));
        QCOMPARE(notes[1], QStringLiteral(
                               "* not yet reviewed; ! reports disagree for that year, the latest published is shown."));
        QVERIFY2(notes[2].startsWith(QLatin1String("Overall effectiveness joins 2 judgements")), qPrintable(notes[2]));
    }

    void trendAcrossFrameworksMarksDisagreement()
    {
        const TrendData trend = TrendData::build(ChartDataset(mAll, ChartFilter()));
        const DataTable t = charttables::trend(*trend.panel(QStringLiteral("help_and_protection")), QString());
        QCOMPARE(t.title, QStringLiteral("Help and protection"));
        // Only the years with a judgement on it, not every year of the dataset.
        QCOMPARE(t.headers, row({"Council", "2014", "2016", "2019", "2022", "2023", "2024", "2026"}));
        // Northby was inspected twice in 2014 and the reports disagree: the latest is shown, marked.
        QCOMPARE(t.rows[0], QStringList({kNorthby, "Requires improvement !", "", "Good", "", "", "Good", ""}));
        QCOMPARE(t.rows[1], QStringList({kSoutham, "", "Good", "", kRitbg, "", "", ""}));
        QCOMPARE(t.rows[2], QStringList({kWestmere, "", "", "", "", "Inadequate", "", kRitbg}));
    }

    void snapshotIsCouncilByFamily()
    {
        const YearSnapshot s = YearSnapshot::build(ChartDataset(mEarly, ChartFilter()), 2008);
        const DataTable t = charttables::snapshot(s, QStringLiteral("Source: here."));
        QCOMPARE(t.title, QStringLiteral("Judgements in 2008"));
        QCOMPARE(t.headers,
                 row({"Council", "Overall effectiveness", "Being healthy", "Staying safe", "Enjoying and achieving",
                      "Making a positive contribution", "Achieving economic well-being", "Capacity to improve"}));
        QCOMPARE(t.rows[0], QStringList({kNorthby, "Good (“3”)", "Good (“3”)", "Outstanding (“4”)", "Good (“3”)",
                                         "Good (“3”)", "Outstanding (“4”)", "Good (“3”)"}));
        QCOMPARE(t.rows[1],
                 QStringList({kSoutham, "Inadequate (“1”) *", "Adequate (“2”) *", "Inadequate (“1”) *",
                              "Adequate (“2”) *", "Adequate (“2”) *", "Adequate (“2”) *", "Adequate (“2”) *"}));
        QCOMPARE(t.rows[2].mid(0, 2), QStringList({kWestmere, "Good (“3”)"}));
        QCOMPARE(t.fills[0][3], chartstyle::judgementColour(Judgement::Outstanding));
        QVERIFY(!t.fills[0][0].isValid());
        QVERIFY(t.sourceLine.startsWith(QLatin1String("Source: here.\n* not yet reviewed")));
    }

    void snapshotInForceGivesEachYear()
    {
        const YearSnapshot s = YearSnapshot::inForce(ChartDataset(mEarly, ChartFilter()), QDate(2011, 6, 30));
        const DataTable t = charttables::snapshot(s, QString());
        QCOMPARE(t.title, QStringLiteral("In force on 2011-06-30"));
        // Northby's 2010 assessment (December 2010) was in force; its 2011 one was not yet.
        QCOMPARE(t.rows[0].mid(0, 3), QStringList({kNorthby, kPA2 + ", 2010", "Good (“3”), 2008"}));
        QCOMPARE(t.rows[2].mid(0, 2), QStringList({kWestmere, "Good (“3”), 2008"}));
    }

    void distributionIsGradeByYear()
    {
        TrendPanel panel; // more councils than a chart draws as lines
        panel.title = QStringLiteral("Overall effectiveness");
        panel.valueLabels = row({"Inadequate", "Requires improvement to be good", "Good", "Outstanding"});
        const int in2020[] = {4, 3, 3, 2, 2, 2, 1, 3, 3};
        const int in2021[] = {3, 3, 2};
        for (int c = 0; c < 9; ++c) {
            TrendSeries s;
            s.council = QStringLiteral("Council %1").arg(c);
            ChartPoint p;
            p.judgement = Judgement(in2020[c]);
            s.points << TrendPoint{2020, p};
            if (c < 3) {
                p.judgement = Judgement(in2021[c]);
                s.points << TrendPoint{2021, p};
            }
            panel.series << s;
        }
        QVERIFY(panel.showsDistribution());
        const DataTable t = charttables::distribution(panel, {2019, 2020, 2021}, QStringLiteral("Source."));
        QCOMPARE(t.title, QStringLiteral("Overall effectiveness: councils by grade"));
        QCOMPARE(t.headers, row({"Grade", "2020", "2021"}));
        QCOMPARE(t.rows, QList<QStringList>({row({"Outstanding", "1", "0"}), row({"Good", "4", "2"}),
                                             row({"Requires improvement to be good", "3", "1"}),
                                             row({"Inadequate", "1", "0"}), row({"Councils graded", "9", "3"})}));
        QCOMPARE(t.fills[1][0], chartstyle::judgementColour(Judgement::Good));
        QVERIFY(t.sourceLine.contains(QLatin1String("9 councils: showing the share of councils at each grade")));
    }

    void tablesOfEachView()
    {
        const ChartDataset data(mEarly, ChartFilter());
        QList<DataTable> tables =
            charttables::forView(data, ChartPageContent(QString(), ChartViewKind::SmallMultiples));
        QStringList titles;
        for (const DataTable &t : tables)
            titles << t.title;
        QCOMPARE(titles,
                 row({"Overall effectiveness", "Being healthy", "Staying safe", "Enjoying and achieving",
                      "Making a positive contribution", "Achieving economic well-being", "Capacity to improve"}));
        QVERIFY(tables[0].sourceLine.startsWith(ChartPage::sourceLine(data)));
        tables = charttables::forView(
            data, ChartPageContent(QString(), ChartViewKind::Trend, QStringLiteral("staying_safe")));
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables[0].rows[1][4], QStringLiteral("Inadequate *"));
        tables = charttables::forView(data, ChartPageContent(QString(), ChartViewKind::Grid, QString(), 2006));
        QCOMPARE(tables.size(), 1);
        QCOMPARE(tables[0].title, QStringLiteral("Judgements in 2006"));
        // A family the data does not have, or no data at all: no table.
        QVERIFY(charttables::forView(data,
                                     ChartPageContent(QString(), ChartViewKind::Trend, QStringLiteral("care_leavers")))
                    .isEmpty());
        QVERIFY(charttables::forView(ChartDataset(), ChartPageContent(QString(), ChartViewKind::Grid)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChartTables)
#include "tst_charttables.moc"
