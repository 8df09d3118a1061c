#pragma once

#include "ChartDataset.h"

namespace inspectdesk {

struct TrendPoint
{
    int year = 0;
    ChartPoint source;
    int value() const { return source.value(); }
};

// One council's line on one outcome's trend chart.
struct TrendSeries
{
    QString council;
    int councilIndex = 0;     // picks colour, dash and marker: stable across panels
    QList<TrendPoint> points; // ascending years
};

// One outcome's chart: one series per council that has a judgement for it.
struct TrendPanel
{
    QString key;
    QString title;
    QList<TrendSeries> series;
    bool isEmpty() const { return series.isEmpty(); }
};

// Trend charts for every outcome in the filter, over the years with data.
struct TrendData
{
    QList<int> years;
    QStringList councils;
    QList<TrendPanel> panels; // one per outcome in the filter, canonical order
    bool isEmpty() const { return councils.isEmpty(); }
    int firstYear() const { return years.isEmpty() ? 0 : years.first(); }
    int lastYear() const { return years.isEmpty() ? 0 : years.last(); }
    const TrendPanel *panel(const QString &key) const;

    static TrendData build(const ChartDataset &data);
};

} // namespace inspectdesk
