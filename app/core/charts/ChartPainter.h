#pragma once

#include "ChartStyle.h"
#include "Distribution.h"
#include "LatestJudgements.h"
#include "TrendData.h"
#include "YearSnapshot.h"

#include <QFont>
#include <QRectF>

class QPainter;

namespace inspectdesk {

// Draws the dashboard's charts with plain QPainter calls, so print, PDF, SVG and the
// briefing pack are vectors at the device's own resolution. Coordinates are points
// (1/72 inch): the caller scales the painter (see ChartPainter::usePointUnits).
namespace chartpaint {

// Scales the painter so one unit is one point on its device; returns the page size in points.
QSizeF usePointUnits(QPainter &painter);
QFont font(qreal size, bool bold = false);

// The value axis (labels at 1..4 as described, light rules) left of plot; minValue is the
// value at the plot's bottom.
void drawValueAxis(QPainter &p, const QRectF &plot, qreal labelWidth, qreal fontSize, qreal minValue,
                   const QStringList &labels);
// Where the labels of changes of framework go, one per rule at xs (plot coordinates), of the
// widths given: right of its rule, or left where it would leave the plot; each on the first
// line down (0, 1, ...) that clears the labels before it, so close changes never overlap in
// small panels. Returns each label's left edge and line.
QList<QPair<qreal, int>> placeChangeLabels(const QRectF &plot, const QList<qreal> &xs, const QList<qreal> &widths);
// Label every year, or every 2nd, 5th or 10th when the labels would run together.
int yearLabelStep(qreal plotWidth, int yearCount, qreal fontSize);
void drawMarker(QPainter &p, const QPointF &centre, qreal size, MarkerShape shape, const QColor &colour, bool filled);
// Council swatches (line, dash and marker) and the notes on marks; returns the height used.
// With a focus council named, trend swatches look as its line and its comparators' do.
qreal drawLegend(QPainter &p, const QRectF &rect, const QStringList &councils, bool bars, const QString &focus = {});
// The same for councils styled by their dataset index (YearSnapshot::councilIndexes), with the
// description's note on marks.
qreal drawLegend(QPainter &p, const QRectF &rect, const QStringList &councils, const QList<int> &styleIndexes,
                 bool bars, const QString &note, const QString &focus = {});
qreal legendHeight(QPainter &p, qreal width, const QStringList &councils);
void drawTrendPanel(QPainter &p, const QRectF &rect, const TrendPanel &panel, const QList<int> &years, int councilCount,
                    bool compact);
// Where a distribution's bars were drawn, for marks over them.
struct DistributionPlot
{
    QRectF plot;
    int first = 0;
    int last = 0;
    qreal xAt(qreal year) const;
    qreal yAtShare(qreal share) const; // 0..1 from the foot
};
// Bars stacked to 100% per year with the title, share axis, key of grades, year labels,
// dashed rules at changes of framework and the notes; markFocus outlines the focus council's
// part of each bar. rightRoom keeps room right of the plot for labels.
DistributionPlot drawDistribution(QPainter &p, const QRectF &rect, const GradeDistribution &d, bool compact,
                                  bool markFocus, const QStringList &notes, qreal rightRoom = 0);
void drawSmallMultiples(QPainter &p, const QRectF &rect, const TrendData &trend);
void drawComparison(QPainter &p, const QRectF &rect, const YearSnapshot &snapshot);
void drawGrid(QPainter &p, const QRectF &rect, const YearSnapshot &snapshot);
void drawLatestJudgements(QPainter &p, const QRectF &rect, const LatestJudgements &table);
void drawMessage(QPainter &p, const QRectF &rect, const QString &message);
// Wrapped text; returns the height used.
qreal drawWrapped(QPainter &p, const QRectF &rect, const QString &text, const QFont &f, int flags = Qt::AlignLeft);

} // namespace chartpaint
} // namespace inspectdesk
