// The trend of many councils: above kMaxTrendLines councils the chart describes, per year,
// the share and number of councils at each grade instead of their lines, and says so.
// A fixture database of ten councils inspected under ILACS in 2019 and 2023.
#include "ChartFixture.h"
#include "PaintRecorder.h"
#include "charts/ChartDataset.h"
#include "charts/ChartExport.h"
#include "charts/ChartPainter.h"
#include "charts/Distribution.h"
#include "charts/TrendData.h"

#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk;
using namespace inspectdesk::fixture;
using namespace inspectdesk::testing;

namespace {
const char *kO = "Outstanding";
const char *kG = "Good";
const char *kR = "Requires improvement to be good";
const char *kI = "Inadequate";

struct TenRow
{
    const char *council;
    const char *in2019;
    const char *in2023; // nullptr: not inspected that year
};
// 2019: 1 outstanding, 3 good, 4 requires improvement, 2 inadequate (10 councils).
// 2023: 5 good, 3 inadequate (8 councils).
const TenRow kTen[] = {
    {"Alder Borough Council", kO, kG},        {"Birch County Council", kG, kG}, {"Cedar City Council", kG, kG},
    {"Damson Borough Council", kG, kI},       {"Elm County Council", kR, kG},   {"Fir City Council", kR, kG},
    {"Gorse Borough Council", kR, kI},        {"Hazel County Council", kR, kI}, {"Ivy City Council", kI, nullptr},
    {"Juniper Borough Council", kI, nullptr},
};

QStringList councilNames(int n)
{
    QStringList names;
    for (int i = 0; i < n; ++i)
        names << QString::fromLatin1(kTen[i].council);
    return names;
}
} // namespace

class TestChartDistribution : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    Database mDb;
    QList<JudgementFact> mFacts;

    ChartDataset dataset(const QStringList &councils) const
    {
        ChartFilter filter;
        filter.councils = councils;
        filter.outcomes = {QStringLiteral("overall_effectiveness")};
        return ChartDataset(mFacts, filter);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(mDb.open(mDir.filePath(QStringLiteral("ten.sqlite"))));
        QList<ExtractedReport> reports;
        for (const TenRow &row : kTen) {
            const QString council = QString::fromLatin1(row.council);
            for (const auto &[year, grade] : {qMakePair(2019, row.in2019), qMakePair(2023, row.in2023)}) {
                if (!grade)
                    continue;
                ExtractedReport r = report(council, ReportKind::Ilacs, year, QDate(year, 6, 1));
                r.judgements << record(QString(), QStringLiteral("overall_effectiveness"), QString::fromLatin1(grade),
                                       Scale::Words, 3, true);
                reports << r;
            }
        }
        ReportStore store(mDb);
        QVERIFY(importAll(store, reports));
        mFacts = store.judgementFacts();
        QCOMPARE(mFacts.size(), 18);
    }

    void tenCouncilsShowTheShareAtEachGradePerYear()
    {
        const TrendData trend = TrendData::build(dataset({}));
        QCOMPARE(trend.years, QList<int>({2019, 2023}));
        const TrendPanel *oe = trend.panel(QStringLiteral("overall_effectiveness"));
        QVERIFY(oe);
        QCOMPARE(oe->series.size(), 10);
        QVERIFY(oe->showsDistribution());
        QCOMPARE(oe->distributionNote(), QStringLiteral("10 councils: showing the share of councils at each grade "
                                                        "per year; tick up to 8 councils to draw their lines"));
        const QList<YearGrades> d = oe->distribution(trend.years);
        QCOMPARE(d.size(), 2);
        QCOMPARE(d[0].year, 2019);
        // Inadequate, requires improvement, good, outstanding.
        QCOMPARE(QList<int>({d[0].count(1), d[0].count(2), d[0].count(3), d[0].count(4)}), QList<int>({2, 4, 3, 1}));
        QCOMPARE(d[0].total(), 10);
        QCOMPARE(d[0].share(1), 0.2);
        QCOMPARE(d[0].share(2), 0.4);
        QCOMPARE(d[0].share(3), 0.3);
        QCOMPARE(d[0].share(4), 0.1);
        QCOMPARE(d[1].year, 2023);
        QCOMPARE(QList<int>({d[1].count(1), d[1].count(2), d[1].count(3), d[1].count(4)}), QList<int>({3, 0, 5, 0}));
        QCOMPARE(d[1].total(), 8); // two councils not inspected in 2023: not counted as any grade
        QCOMPARE(d[1].share(1), 0.375);
        QCOMPARE(d[1].share(2), 0.0);
        QCOMPARE(d[1].share(3), 0.625);
        QCOMPARE(d[1].share(4), 0.0);
    }

    void eightCouncilsDrawLinesNineDoNot()
    {
        const TrendData eight = TrendData::build(dataset(councilNames(8)));
        QCOMPARE(eight.panels.first().series.size(), 8);
        QVERIFY(!eight.panels.first().showsDistribution());
        QVERIFY(eight.panels.first().distributionNote().isEmpty());
        const TrendData nine = TrendData::build(dataset(councilNames(9)));
        QVERIFY(nine.panels.first().showsDistribution());
        QVERIFY(nine.panels.first().distributionNote().startsWith(QStringLiteral("9 councils: ")));
        // Councils ticked but without a grade of the family are not drawn, so do not count.
        const QList<YearGrades> d = nine.panels.first().distribution(nine.years);
        QCOMPARE(d[1].total(), 8);
        QCOMPARE(d[0].count(1), 1);
    }

    void printedTrendSaysWhatItDrawsAndNamesNoCouncil()
    {
        const QString path = mDir.filePath(QStringLiteral("distribution.pdf"));
        const ChartPageContent content{QStringLiteral("Overall effectiveness over time"), ChartViewKind::Trend,
                                       QStringLiteral("overall_effectiveness")};
        QString error;
        QVERIFY2(ChartExport::write(path, dataset({}), content, &error), qPrintable(error));
        const QStringList pages = pdfPageTexts(path);
        QCOMPARE(pages.size(), 1);
        const QString text = pages.first();
        for (const QString &expected :
             {QStringLiteral("10 councils: showing the share of councils at each grade"), QStringLiteral("100%"),
              QStringLiteral("Requires improvement to be good"), QStringLiteral("2019"), QStringLiteral("2023")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing from: ") + text));
        QVERIFY2(!text.contains(QStringLiteral("Alder")), qPrintable(text));
    }

    // A small panel (a briefing pack's trends of England's councils): the key of grades and of
    // my council wraps within the panel instead of running into the next one, and the labels
    // of two close changes of framework go on separate lines.
    void smallPanelKeepsItsKeyAndLabelsApart()
    {
        GradeDistribution d;
        d.title = QStringLiteral("Children in care");
        d.focus = QStringLiteral("Cornwall");
        d.valueLabels = {QStringLiteral("Inadequate"), QStringLiteral("Requires improvement (to be good)"),
                         QStringLiteral("Good"), QStringLiteral("Outstanding")};
        for (int year = 2013; year <= 2026; ++year) {
            YearGrades g;
            g.year = year;
            g.counts[0] = 2;
            g.counts[2] = 3;
            g.focus = year == 2019 ? 3 : 0;
            d.years << year;
            d.grades << g;
        }
        d.councilCount = 5;
        d.changes = {FrameworkChange{2017.5, QStringLiteral("ILACS 2018-22, with care leavers")},
                     FrameworkChange{2022.5, QStringLiteral("ILACS 2023-")}};
        const QRectF panel(40, 40, 230, 220);
        PaintRecorder recorder;
        {
            QPainter p(&recorder);
            chartpaint::drawDistribution(p, panel, d, true, true, {});
        }
        QStringList keyed;
        for (const RecordedText &t : recorder.texts) {
            QVERIFY2(t.at.x() >= panel.left() - 0.5 && t.at.x() + t.width <= panel.right() + 0.5,
                     qPrintable(QStringLiteral("%1 at %2..%3").arg(t.text).arg(t.at.x()).arg(t.at.x() + t.width)));
            if (d.valueLabels.contains(t.text) || t.text == QStringLiteral("Cornwall (outlined)"))
                keyed << t.text;
        }
        QCOMPARE(keyed.size(), 5);
        const auto textOf = [&](const QString &s) {
            for (const RecordedText &t : recorder.texts)
                if (t.text == s)
                    return t;
            return RecordedText{};
        };
        const RecordedText first = textOf(d.changes[0].label), second = textOf(d.changes[1].label);
        QVERIFY(first.width > 0 && second.width > 0);
        const bool apart = first.at.x() + first.width <= second.at.x() || qAbs(first.at.y() - second.at.y()) >= 6;
        QVERIFY2(apart, qPrintable(QStringLiteral("%1,%2 / %3,%4")
                                       .arg(first.at.x())
                                       .arg(first.at.y())
                                       .arg(second.at.x())
                                       .arg(second.at.y())));
    }
};

QTEST_MAIN(TestChartDistribution)
#include "tst_chartdistribution.moc"
