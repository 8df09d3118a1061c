#pragma once

#include "charts/Distribution.h"
#include "charts/TrendData.h"
#include "charts/YearSnapshot.h"

#include <QHash>

QT_FORWARD_DECLARE_CLASS(QChart)
QT_FORWARD_DECLARE_CLASS(QAbstractSeries)
QT_FORWARD_DECLARE_CLASS(QGraphicsSimpleTextItem)

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
    // Distributions: x is the year's index on the category axis, year - categoryOrigin.
    int categoryOrigin = 0;
    QAbstractSeries *focusLine = nullptr;        // trend: the focus council's line
    QAbstractSeries *focusPoints = nullptr;      // trend: its marks (drawn on top, last)
    QAbstractSeries *focusKey = nullptr;         // trend: its legend entry (first; no points)
    QList<QGraphicsSimpleTextItem *> lineLabels; // trend: names at the line ends (chart's children)
    QList<QAbstractSeries *> focusMarks;         // distribution: outlines of the focus council's grade
    QList<QAbstractSeries *> changeRules;        // dashed rules at changes of framework
    QList<QAbstractSeries *> band;               // trend: shares per grade behind the lines, Inadequate first
};

// Turns chart data into Qt Charts objects: one line (dash style) plus one scatter series
// (marker shape, hollow when unreviewed) per council; the value axis is a QCategoryAxis with
// Inadequate..Outstanding at 1..4, never raw numbers.
class ChartBuilder
{
public:
    static BuiltChart trend(const TrendPanel &panel, const QList<int> &years, bool compact = false);
    static BuiltChart comparison(const YearSnapshot &snapshot);
    // Bars stacked to 100% per year (DistributionBuilder.cpp): with focusLine, that council's
    // line through its grade's part of each bar (a trend of many councils); without, the
    // focus council's part outlined and marked (the distribution view).
    static BuiltChart distribution(const GradeDistribution &d, bool compact = false,
                                   const TrendSeries *focusLine = nullptr);
};

} // namespace inspectdesk
