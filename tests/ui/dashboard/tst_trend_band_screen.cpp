// The band behind "my council" and its comparators on screen: the Qt Charts areas show, year
// by year, the same shares of England's councils at each grade as the paper (QPainter) draws,
// with the same colours, behind the lines; the note says what the band is; and the screen
// legend lists the focus council first, as the paper does, while its line is drawn on top.
#include "../../core/charts/ComparatorFixture.h"
#include "../../support/PaintRecorder.h"
#include "charts/ChartPainter.h"
#include "dashboard/ChartBuilder.h"
#include "dashboard/DashboardCharts.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QTest>

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

// "year: I R G O" shares to three places, for the years with a band.
using Shares = QMap<int, QString>;

Shares screenShares(const BuiltChart &built)
{
    QMap<int, QList<qreal>> heights; // year -> height of each grade's part, on the value axis
    for (int v = 0; v < built.band.size(); ++v) {
        const auto *area = qobject_cast<QAreaSeries *>(built.band[v]);
        const QList<QPointF> upper = area->upperSeries()->points(), lower = area->lowerSeries()->points();
        for (int i = 0; i < upper.size(); i += 2) { // two points per year: its half-year edges
            QList<qreal> &h = heights[qRound(upper[i].x() + 0.5)];
            h.resize(4);
            h[v] = upper[i].y() - lower[i].y();
        }
    }
    Shares shares;
    for (auto it = heights.cbegin(); it != heights.cend(); ++it) {
        qreal total = 0;
        for (qreal h : it.value())
            total += h;
        if (total <= 0)
            continue;
        QStringList row;
        for (qreal h : it.value())
            row << QString::number(h / total, 'f', 3);
        shares.insert(it.key(), row.join(QLatin1Char(' ')));
    }
    return shares;
}

// The paper's band: columns of rectangles in the band colours, left to right, given the years.
Shares paperShares(const PaintRecorder &device, const QList<int> &years)
{
    QMap<qreal, QList<qreal>> columns;
    for (const RecordedRect &r : device.rects)
        for (int v = 1; v <= 4; ++v)
            if (r.brush.style() == Qt::SolidPattern && r.brush.color() == chartstyle::bandColour(Judgement(v))) {
                QList<qreal> &h = columns[qRound(r.rect.left() * 100) / 100.0];
                h.resize(4);
                h[v - 1] = r.rect.height();
            }
    Shares shares;
    int i = 0;
    for (const QList<qreal> &column : std::as_const(columns)) {
        qreal total = 0;
        for (qreal h : column)
            total += h;
        QStringList row;
        for (qreal h : column)
            row << QString::number(h / total, 'f', 3);
        shares.insert(years.value(i++), row.join(QLatin1Char(' ')));
    }
    return shares;
}
} // namespace

class TestTrendBandScreen : public QObject
{
    Q_OBJECT

private slots:
    void screenAndPaperDrawTheSameBand()
    {
        const TrendData trend = TrendData::build(dataset(comparatorNames(3), 801));
        const TrendPanel *panel = trend.panel(kOverall);
        QVERIFY(panel && panel->hasBand());
        const BuiltChart built = ChartBuilder::trend(*panel, trend.years);
        std::unique_ptr<QChart> owner(built.chart);
        QCOMPARE(built.band.size(), 4);
        for (int v = 1; v <= 4; ++v)
            QCOMPARE(qobject_cast<QAreaSeries *>(built.band[v - 1])->color(), chartstyle::bandColour(Judgement(v)));
        // Behind the lines: the areas go in before every line.
        const QList<QAbstractSeries *> series = built.chart->series();
        for (QAbstractSeries *area : built.band)
            QVERIFY(series.indexOf(area) < series.indexOf(built.focusLine));
        const Shares screen = screenShares(built);
        const Shares expected = {{2016, QStringLiteral("0.167 0.333 0.333 0.167")},
                                 {2017, QStringLiteral("0.250 0.500 0.250 0.000")},
                                 {2019, QStringLiteral("0.100 0.300 0.500 0.100")},
                                 {2023, QStringLiteral("0.111 0.222 0.556 0.111")}};
        QCOMPARE(screen, expected);
        PaintRecorder device;
        QPainter p(&device);
        chartpaint::drawTrendPanel(p, QRectF(20, 20, 760, 500), *panel, trend.years, 3, false);
        p.end();
        QCOMPARE(paperShares(device, screen.keys()), screen);
    }

    void legendListsTheFocusCouncilFirst()
    {
        const TrendData trend = TrendData::build(dataset(comparatorNames(4), 802));
        const TrendPanel *panel = trend.panel(kOverall);
        QVERIFY(panel);
        QCOMPARE(panel->series.first().council, QStringLiteral("Brackley Borough Council"));
        const BuiltChart built = ChartBuilder::trend(*panel, trend.years);
        QChartView view(built.chart); // owns the chart; markers are visible once shown
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QStringList legend;
        for (QLegendMarker *marker : built.chart->legend()->markers())
            if (marker->isVisible())
                legend << marker->label();
        // As on paper: the focus council first, then its comparators in the description's order.
        QCOMPARE(legend,
                 QStringList({QStringLiteral("Brackley Borough Council"), kAldport,
                              QStringLiteral("Caxton County Council"), QStringLiteral("Dunmore City Council")}));
        // The focus council's key looks as its marks do; its line and marks go in last (on top).
        const auto *key = qobject_cast<QScatterSeries *>(built.focusKey);
        const auto *marks = qobject_cast<QScatterSeries *>(built.focusPoints);
        QVERIFY(key && marks);
        QCOMPARE(key->count(), 0);
        QCOMPARE(key->markerShape(), marks->markerShape());
        QCOMPARE(key->color(), marks->color());
        const QList<QAbstractSeries *> series = built.chart->series();
        QCOMPARE(series.last(), built.focusPoints);
        QCOMPARE(series.at(series.size() - 2), built.focusLine);
    }

    void footnotesSayWhatTheBandIs()
    {
        DashboardCharts charts;
        charts.setDataset(dataset(comparatorNames(3), 801));
        charts.setKind(ChartViewKind::Trend);
        QVERIFY(charts.footnotes().contains(
            QStringLiteral("Behind the lines: share of England's councils at each grade in each year")));
        charts.setKind(ChartViewKind::SmallMultiples);
        QVERIFY(charts.footnotes().startsWith(QStringLiteral("Behind the lines: share of England's councils")));
        QCOMPARE(charts.built(charts.charts().first())->band.size(), 4);
        charts.setKind(ChartViewKind::Trend);
        // Without a focus council there is no band and no such note.
        charts.setDataset(dataset(comparatorNames(3), 0));
        QVERIFY(!charts.footnotes().contains(QStringLiteral("Behind the lines")));
        const BuiltChart *built = charts.built(charts.charts().first());
        QVERIFY(built);
        QVERIFY(built->band.isEmpty());
    }
};

QTEST_MAIN(TestTrendBandScreen)
#include "tst_trend_band_screen.moc"
