// The band behind a trend of "my council" and its comparators: for every year of the axis the
// shares of England's councils (or the region's) at each grade, counted over every council of
// the facts, not only those drawn; said in the notes; none without a focus council or where
// the panel draws a distribution itself. Checked in the description and on paper.
#include "../../support/PaintRecorder.h"
#include "ComparatorFixture.h"
#include "charts/ChartPainter.h"
#include "charts/TrendData.h"

#include <QPainter>
#include <QTest>

#include <algorithm>

using namespace inspectdesk;
using namespace inspectdesk::fixture;
using namespace inspectdesk::testing;

namespace {
const QString kOverall = QStringLiteral("overall_effectiveness");

ChartDataset dataset(const QStringList &councils, int focus, ComparatorGroup group = ComparatorGroup::Chosen)
{
    ChartFilter filter;
    filter.councils = councils;
    filter.focusLaCode = focus;
    filter.comparators = group;
    filter.fromYear = 2016;
    filter.toYear = 2023;
    filter.outcomes = {kOverall};
    return ChartDataset(comparatorFacts(), filter);
}

// "year: I R G O" for every year of the band.
QStringList bandCounts(const TrendPanel &panel)
{
    QStringList rows;
    for (const YearGrades &g : panel.band)
        rows << QStringLiteral("%1: %2 %3 %4 %5")
                    .arg(g.year)
                    .arg(g.count(1))
                    .arg(g.count(2))
                    .arg(g.count(3))
                    .arg(g.count(4));
    return rows;
}
} // namespace

class TestTrendBand : public QObject
{
    Q_OBJECT

private slots:
    void bandCountsEveryCouncilOfEngland()
    {
        // Three councils drawn, Aldport (801) the focus; the band counts all ten of England.
        const ChartDataset data = dataset(comparatorNames(3), 801);
        QCOMPARE(data.councils().size(), 3);
        const TrendData trend = TrendData::build(data);
        const TrendPanel *panel = trend.panel(kOverall);
        QVERIFY(panel);
        QCOMPARE(panel->series.size(), 3);
        QVERIFY(!panel->showsDistribution());
        QVERIFY(panel->hasBand());
        // Every year of the axis 2016..2023; none graded in 2018 and 2020-22.
        QCOMPARE(bandCounts(*panel), QStringList({QStringLiteral("2016: 1 2 2 1"), QStringLiteral("2017: 1 2 1 0"),
                                                  QStringLiteral("2018: 0 0 0 0"), QStringLiteral("2019: 1 3 5 1"),
                                                  QStringLiteral("2020: 0 0 0 0"), QStringLiteral("2021: 0 0 0 0"),
                                                  QStringLiteral("2022: 0 0 0 0"), QStringLiteral("2023: 1 2 5 1")}));
        // 2017: none of the three drawn was inspected, yet England's four were.
        const YearGrades &y2017 = panel->band.at(1);
        QCOMPARE(y2017.total(), 4);
        QCOMPARE(y2017.share(2), 0.5);
        QCOMPARE(y2017.shareBelow(3), 0.75);
        const YearGrades &y2019 = panel->band.at(3);
        QCOMPARE(y2019.share(3), 0.5);
        QCOMPARE(y2019.shareBelow(4), 0.9);
        QCOMPARE(panel->bandRegion, QString());
        QCOMPARE(panel->bandNote(), QStringLiteral("Behind the lines: share of England's councils at each grade in "
                                                   "each year (Inadequate at the foot)"));
        QVERIFY(panel->notes().contains(panel->bandNote()));
        // Under small multiples (screen and paper) it is said once, first.
        QCOMPARE(trend.notes().first(), panel->bandNote());
        QCOMPARE(trend.notes().count(panel->bandNote()), 1);
    }

    void regionGroupCountsTheRegion()
    {
        // Bristol's code (801) is in the South West with 802 and 803 in the register.
        const ChartDataset data = dataset({}, 801, ComparatorGroup::Region);
        QCOMPARE(data.backdropRegion(), QStringLiteral("South West"));
        const TrendData trend = TrendData::build(data);
        const TrendPanel *panel = trend.panel(kOverall);
        QVERIFY(panel);
        QCOMPARE(panel->bandRegion, QStringLiteral("South West"));
        QCOMPARE(bandCounts(*panel).at(0), QStringLiteral("2016: 1 1 1 0"));
        QCOMPARE(bandCounts(*panel).at(1), QStringLiteral("2017: 0 0 0 0"));
        QCOMPARE(bandCounts(*panel).at(3), QStringLiteral("2019: 0 1 2 0"));
        QCOMPARE(bandCounts(*panel).at(7), QStringLiteral("2023: 0 0 2 1"));
        QCOMPARE(panel->bandNote(), QStringLiteral("Behind the lines: share of the councils in the South West region "
                                                   "at each grade in each year (Inadequate at the foot)"));
    }

    void noBandWithoutFocusOrOverADistribution()
    {
        const TrendData plainTrend = TrendData::build(dataset(comparatorNames(3), 0));
        const TrendPanel *plain = plainTrend.panel(kOverall);
        QVERIFY(plain);
        QVERIFY(plain->band.isEmpty());
        QVERIFY(!plain->hasBand());
        QCOMPARE(plain->bandNote(), QString());
        // Ten councils: the panel draws the distribution of those drawn itself.
        const TrendData manyTrend = TrendData::build(dataset(comparatorNames(10), 801));
        const TrendPanel *many = manyTrend.panel(kOverall);
        QVERIFY(many);
        QVERIFY(many->showsDistribution());
        QVERIFY(!many->hasBand());
        QVERIFY(!many->notes().join(QLatin1Char(' ')).contains(QLatin1String("Behind the lines")));
    }

    void paperDrawsTheBandsShares()
    {
        const TrendData trend = TrendData::build(dataset(comparatorNames(3), 801));
        const TrendPanel *panel = trend.panel(kOverall);
        QVERIFY(panel);
        PaintRecorder device;
        QPainter p(&device);
        chartpaint::drawTrendPanel(p, QRectF(20, 20, 760, 500), *panel, trend.years, 3, false);
        p.end();
        // The band's rectangles, by column (left edge), each grade by its colour.
        QMap<qreal, QMap<int, QRectF>> columns;
        for (const RecordedRect &r : device.rects)
            for (int v = 1; v <= 4; ++v)
                if (r.brush.style() == Qt::SolidPattern && r.brush.color() == chartstyle::bandColour(Judgement(v)))
                    columns[qRound(r.rect.left() * 100) / 100.0].insert(v, r.rect);
        QCOMPARE(columns.size(), 4); // 2016, 2017, 2019, 2023: the years anyone was graded
        QStringList shares;
        for (const auto &column : std::as_const(columns)) {
            qreal height = 0;
            for (const QRectF &r : column)
                height += r.height();
            QStringList row;
            qreal below = -1;
            for (int v = 1; v <= 4; ++v) {
                row << (column.contains(v) ? QString::number(column[v].height() / height, 'f', 3)
                                           : QStringLiteral("0"));
                if (column.contains(v)) {
                    // Stacked upwards from Inadequate at the foot.
                    QVERIFY(below < 0 || column[v].bottom() <= below + 0.01);
                    below = column[v].top();
                }
            }
            shares << row.join(QLatin1Char(' '));
        }
        QCOMPARE(shares,
                 QStringList({QStringLiteral("0.167 0.333 0.333 0.167"), QStringLiteral("0.250 0.500 0.250 0"),
                              QStringLiteral("0.100 0.300 0.500 0.100"), QStringLiteral("0.111 0.222 0.556 0.111")}));
        bool noted = false;
        for (const RecordedText &t : device.texts)
            noted = noted || t.text.contains(QLatin1String("England's councils"));
        QVERIFY(noted);
    }

    void smallMultiplesOnPaperSayWhatTheBandIs()
    {
        // Small panels leave their notes to one list under the grid (the briefing pack's trends).
        const TrendData trend = TrendData::build(dataset(comparatorNames(3), 801));
        PaintRecorder device;
        QPainter p(&device);
        chartpaint::drawSmallMultiples(p, QRectF(20, 20, 760, 500), trend);
        p.end();
        int bandRects = 0;
        for (const RecordedRect &r : device.rects)
            bandRects += r.brush.color() == chartstyle::bandColour(Judgement::Good) ? 1 : 0;
        QCOMPARE(bandRects, 4); // 2016, 2017, 2019, 2023
        bool noted = false;
        for (const RecordedText &t : device.texts)
            noted = noted || t.text.startsWith(QLatin1String("Behind the lines"));
        QVERIFY(noted);
    }
};

QTEST_MAIN(TestTrendBand)
#include "tst_trendband.moc"
