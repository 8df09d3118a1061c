#pragma once

#include "charts/TrendData.h"
#include "charts/YearSnapshot.h"

#include <QHash>

QT_FORWARD_DECLARE_CLASS(QChart)
QT_FORWARD_DECLARE_CLASS(QAbstractSeries)

namespace inspectdesk {

// A built QChart and, for every clickable series, the judgement behind each point (in the
// series' point order, or bar-set index order).
struct BuiltChart
{
    QChart *chart = nullptr; // owned by the caller (usually handed to a QChartView)
    QHash<const QObject *, QList<ChartPoint>> sources;
    QHash<const QObject *, QString> councilOf;
    QHash<const QObject *, QString> outcomeOf; // trend: series -> outcome key
    int changes = 0;                           // trend: framework-change rules drawn
    QList<QAbstractSeries *> badges;           // comparison: "*" / "!" marks above bars
};

// Turns chart data into Qt Charts objects: one line (dash style) plus one scatter series
// (marker shape, hollow when unreviewed) per council; the value axis is a QCategoryAxis with
// Inadequate..Outstanding at 1..4, never raw numbers.
class ChartBuilder
{
public:
    static BuiltChart trend(const TrendPanel &panel, const QList<int> &years, bool compact = false);
    static BuiltChart comparison(const YearSnapshot &snapshot);
};

} // namespace inspectdesk
