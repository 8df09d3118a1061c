// "My council" on screen: the focus council's line strong and on top, comparators thin and
// named at their line ends; with many councils the distribution and the focus line; the
// Distribution view (offered in the View box) with the focus council's parts outlined, the
// number of councils on hover and a dashed rule at the change of framework; and the screen
// (Qt Charts) showing the same series and marks as the paper (QPainter).
#include "../../core/charts/ComparatorFixture.h"
#include "PaintRecorder.h"
#include "charts/ChartPainter.h"
#include "charts/Distribution.h"
#include "dashboard/ChartBuilder.h"
#include "dashboard/DashboardCharts.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QTest>
#include <QToolTip>

using namespace inspectdesk;
using namespace inspectdesk::fixture;
using namespace inspectdesk::testing;

namespace {
const QString kOverall = QStringLiteral("overall_effectiveness");

ChartDataset dataset(const QStringList &councils, int focus)
{
    ChartFilter filter;
    filter.councils = councils;
    filter.focusLaCode = focus;
    filter.fromYear = 2016;
    filter.toYear = 2023;
    filter.outcomes = {kOverall};
    return ChartDataset(comparatorFacts(), filter);
}

// The councils' lines in the order they were added (later = drawn on top); not the rules.
QList<QLineSeries *> councilLines(const BuiltChart &built)
{
    QList<QLineSeries *> lines;
    for (QAbstractSeries *s : built.chart->series())
        if (auto *line = qobject_cast<QLineSeries *>(s); line && !built.changeRules.contains(s))
            lines << line;
    return lines;
}

QStringList labelTexts(const BuiltChart &built)
{
    QStringList texts;
    for (QGraphicsSimpleTextItem *item : built.lineLabels)
        texts << item->text();
    return texts;
}
} // namespace

class TestDashboardFocus : public QObject
{
    Q_OBJECT

private slots:
    void smallDistributionPanelKeepsItsLabelsApart()
    {
        // Children in care over 2013-2026 in a small panel: two changes of framework five
        // years apart. The first is labelled at the top, the second at the foot (at the top the
        // two ran together, and into the title); the axis titles give their room to the bars.
        GradeDistribution d;
        d.key = QStringLiteral("children_in_care");
        d.title = QStringLiteral("Children in care");
        d.valueLabels = {QStringLiteral("Inadequate"), QStringLiteral("Requires improvement (to be good)"),
                         QStringLiteral("Good"), QStringLiteral("Outstanding")};
        for (int year = 2013; year <= 2026; ++year) {
            YearGrades g;
            g.year = year;
            g.counts[2] = 3;
            d.years << year;
            d.grades << g;
        }
        d.councilCount = 3;
        d.changes = {{2017.5, QStringLiteral("ILACS 2018-22, with care leavers")},
                     {2022.5, QStringLiteral("ILACS 2023-")}};
        auto labelledAt = [](QAbstractSeries *rule) {
            auto *line = static_cast<QLineSeries *>(rule);
            for (int i = 0; i < line->count(); ++i)
                if (line->pointConfiguration(i).value(QXYSeries::PointConfiguration::LabelVisibility).toBool())
                    return line->at(i).y();
            return -1.0;
        };
        BuiltChart small = ChartBuilder::distribution(d, true);
        QCOMPARE(small.changeRules.size(), 2);
        QCOMPARE(labelledAt(small.changeRules[0]), 100.0);
        QCOMPARE(labelledAt(small.changeRules[1]), 0.0);
        for (QAbstractAxis *axis : small.chart->axes())
            QCOMPARE(axis->titleText(), QString());
        delete small.chart;
        BuiltChart large = ChartBuilder::distribution(d, false);
        QCOMPARE(large.chart->axes(Qt::Vertical).first()->titleText(), QStringLiteral("Share of councils"));
        QCOMPARE(large.chart->axes(Qt::Horizontal).first()->titleText(), QStringLiteral("Assessment year"));
        delete large.chart;
    }

    void focusCouncilsBarsOutlinedStrongly()
    {
        // The comparison: my council's bars found at once among its comparators', on screen and
        // on paper (their outline twice as strong).
        const YearSnapshot snapshot = YearSnapshot::build(dataset(comparatorNames(3), 801), 2019);
        QCOMPARE(snapshot.focus, kAldport);
        QVERIFY(snapshot.markNote(true).endsWith(QStringLiteral("bold outline: ") + kAldport)); // the key says so
        const int aldport = int(snapshot.councils.indexOf(kAldport));
        QVERIFY(aldport >= 0);
        BuiltChart built = ChartBuilder::comparison(snapshot);
        int strong = 0;
        for (QAbstractSeries *s : built.chart->series())
            if (auto *bars = qobject_cast<QBarSeries *>(s))
                for (QBarSet *set : bars->barSets()) {
                    QCOMPARE(set->pen().widthF() > 2, set->label() == kAldport);
                    strong += set->pen().widthF() > 2 ? 1 : 0;
                }
        QCOMPARE(strong, 1);
        delete built.chart;
        PaintRecorder rec;
        {
            QPainter p(&rec);
            chartpaint::drawComparison(p, QRectF(0, 0, 800, 500), snapshot);
        }
        QList<qreal> outlines;
        for (const RecordedRect &r : rec.rects)
            if (r.pen.style() != Qt::NoPen && r.brush.style() == Qt::NoBrush && r.rect.height() > 20 &&
                r.rect.width() < 300) // bars, not the plot's frame
                outlines << r.pen.widthF();
        QVERIFY2(!outlines.isEmpty(), "no bars recorded");
        const qreal widest = *std::max_element(outlines.begin(), outlines.end());
        int aldportBars = 0;
        for (int o = 0; o < snapshot.outcomeKeys.size(); ++o)
            aldportBars += snapshot.cell(aldport, o) ? 1 : 0;
        QVERIFY(aldportBars > 0);
        QCOMPARE(outlines.count(widest), aldportBars);
        QVERIFY(outlines.size() > aldportBars);
    }

    void focusLineIsStrongOnTopAndLinesAreNamed()
    {
        const ChartDataset data = dataset(comparatorNames(3), 801);
        const TrendData trend = TrendData::build(data);
        BuiltChart built = ChartBuilder::trend(trend.panels.first(), trend.years);
        QChartView view(built.chart);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QList<QLineSeries *> lines = councilLines(built);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.last(), built.focusLine); // added last: drawn on top
        QCOMPARE(lines.last()->name(), kAldport);
        QCOMPARE(lines.last()->pen().color(), chartstyle::focusColour());
        QCOMPARE(lines.last()->pen().widthF(), 5.0);
        for (int i = 0; i < 2; ++i)
            QVERIFY(lines[i]->pen().widthF() < 2.5);
        QCOMPARE(labelTexts(built),
                 QStringList({QStringLiteral("Aldport"), QStringLiteral("Brackley"), QStringLiteral("Caxton")}));
        // Placed right of each line's last point, and not on top of each other.
        QList<QRectF> placed;
        for (QGraphicsSimpleTextItem *item : built.lineLabels) {
            const QRectF r = item->mapRectToScene(item->boundingRect());
            QVERIFY(r.left() > built.chart->mapToPosition(QPointF(2023, 1)).x());
            for (const QRectF &other : std::as_const(placed))
                QVERIFY(!r.intersects(other));
            placed << r;
        }
    }

    void screenAndPaperDrawTheSameFocusView()
    {
        const ChartDataset data = dataset(comparatorNames(3), 801);
        const TrendData trend = TrendData::build(data);
        BuiltChart built = ChartBuilder::trend(trend.panels.first(), trend.years);
        PaintRecorder device(QSize(800, 600));
        {
            QPainter p(&device);
            chartpaint::drawTrendPanel(p, QRectF(0, 0, 700, 400), trend.panels.first(), trend.years, 3, false);
        }
        const QList<RecordedStroke> paperLines = device.strokesOf(RecordedStroke::Shape::Polyline);
        const QList<QLineSeries *> screenLines = councilLines(built);
        QCOMPARE(paperLines.size(), screenLines.size());
        for (int i = 0; i < screenLines.size(); ++i) {
            // Same colour, same point count, the same one drawn last and twice as thick.
            QCOMPARE(paperLines[i].pen.color(), screenLines[i]->pen().color());
            QCOMPARE(paperLines[i].points.size(), screenLines[i]->count());
            QCOMPARE(paperLines[i].pen.widthF() / 1.8, screenLines[i]->pen().widthF() / 2.5);
        }
        const QStringList paperTexts = device.textStrings();
        for (const QString &name : labelTexts(built))
            QVERIFY2(paperTexts.contains(name), qPrintable(name));
        delete built.chart;
    }

    void manyCouncilsShowTheDistributionWithTheFocusLine()
    {
        const TrendData trend = TrendData::build(dataset(comparatorNames(10), 801));
        BuiltChart built = ChartBuilder::trend(trend.panels.first(), trend.years);
        QVERIFY(built.focusLine);
        auto *line = static_cast<QLineSeries *>(built.focusLine);
        // Through the middle of the focus council's part: 2016 (index 0), 2019 (3), 2023 (7).
        QCOMPARE(line->count(), 3);
        QCOMPARE(line->at(0).x(), 0.0);
        QCOMPARE(line->at(1), QPointF(3, 65));
        QCOMPARE(line->at(2).x(), 7.0);
        QVERIFY(qAbs(line->at(2).y() - 100 * 17.0 / 18.0) < 1e-9);
        QCOMPARE(built.categoryOrigin, 2016);
        QCOMPARE(built.changeRules.size(), 1);
        QCOMPARE(static_cast<QLineSeries *>(built.changeRules.first())->at(0).x(), 1.5); // between 2017 and 2019
        QCOMPARE(labelTexts(built), QStringList({QStringLiteral("Aldport")}));
        delete built.chart;
    }

    void distributionViewMarksTheFocusAndCountsOnHover()
    {
        DashboardCharts charts;
        charts.resize(1200, 800);
        auto *viewBox = charts.findChildren<QComboBox *>().first();
        QVERIFY(viewBox->findText(QStringLiteral("Distribution of grades")) >= 0);
        charts.setDataset(dataset(comparatorNames(10), 801));
        charts.setKind(ChartViewKind::Distribution);
        QCOMPARE(charts.kind(), ChartViewKind::Distribution);
        QCOMPARE(charts.charts().size(), 1);
        QChart *chart = charts.charts().first();
        const BuiltChart *built = charts.built(chart);
        QStackedBarSeries *bars = nullptr;
        for (QAbstractSeries *s : chart->series())
            if (auto *b = qobject_cast<QStackedBarSeries *>(s))
                bars = b;
        QVERIFY(bars);
        QCOMPARE(bars->count(), 4);
        QBarSet *good = bars->barSets().at(2);
        QCOMPARE(good->count(), 8); // 2016..2023, empty bars where nobody was inspected
        QCOMPARE(good->at(3), 50.0);
        QCOMPARE(good->at(2), 0.0);
        // Outlines of Aldport's part in 2016, 2019 and 2023, and one diamond series beside them.
        QCOMPARE(built->focusMarks.size(), 4);
        auto *outline2019 = static_cast<QLineSeries *>(built->focusMarks.at(1));
        QCOMPARE(outline2019->at(0), QPointF(3 - 0.35, 40));
        QCOMPARE(outline2019->at(2), QPointF(3 + 0.35, 90));
        auto *diamonds = qobject_cast<QScatterSeries *>(built->focusMarks.last());
        QVERIFY(diamonds);
        QCOMPARE(diamonds->count(), 3);
        QCOMPARE(built->changeRules.size(), 1);
        QCOMPARE(static_cast<QLineSeries *>(built->changeRules.first())->pen().style(), Qt::DashLine);
        QVERIFY(charts.footnotes().startsWith(QStringLiteral("Share of the 10 councils at each grade in each year; "
                                                             "Aldport Borough Council's grade outlined and marked")));
        // Hover: the grade, the number of councils and the share.
        charts.show();
        emit good->hovered(true, 3);
        QCOMPARE(QToolTip::text(), QStringLiteral("2019, Good: 5 of 10 councils (50%)\nAldport Borough Council is "
                                                  "one of them"));
        QCOMPARE(charts.pageContent().title, QStringLiteral("Distribution of grades: Overall effectiveness"));
    }

    void focusWithoutDataIsSaidOnScreen()
    {
        DashboardCharts charts;
        QStringList chosen = comparatorNames(3);
        chosen << kKelby;
        charts.setDataset(dataset(chosen, 811));
        charts.setKind(ChartViewKind::Trend);
        QVERIFY(!charts.showsNoData());
        QVERIFY(charts.footnotes().startsWith(
            QStringLiteral("Kelby Borough Council has no judgement on overall effectiveness in these years")));
        const BuiltChart *built = charts.built(charts.charts().first());
        QVERIFY(!built->focusLine);
        for (const QString &council : built->councilOf)
            QVERIFY(council != kKelby);
        charts.setKind(ChartViewKind::Distribution);
        QVERIFY(charts.footnotes().startsWith(QStringLiteral("Kelby Borough Council has no judgement")));
        QVERIFY(charts.built(charts.charts().first())->focusMarks.isEmpty());
    }
};

QTEST_MAIN(TestDashboardFocus)
#include "tst_dashboard_focus.moc"
