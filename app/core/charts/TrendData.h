#pragma once

#include "ChartDataset.h"

namespace inspectdesk {

struct TrendPoint
{
    int year = 0;
    ChartPoint source;
    int value() const { return source.value(); }
    bool hollow() const { return !source.reviewed(); } // unreviewed: a hollow marker
    QString badge() const { return source.badge(false); }
};

// One council's line on one family's trend chart.
struct TrendSeries
{
    QString council;
    int councilIndex = 0;     // picks colour, dash and marker: stable across panels
    QList<TrendPoint> points; // ascending years
};

// Where a line crosses from one framework's judgement to the next (x between two years).
struct FrameworkChange
{
    qreal x = 0;
    QString label; // the judgement that starts here, short: "ILACS"
    bool operator==(const FrameworkChange &o) const { return qFuzzyCompare(x, o.x) && label == o.label; }
};

// One family's chart, described once for every renderer (screen, print, export, packs):
// its series and marks, the value axis in the frameworks' words, the changes of framework
// and the footnotes saying which judgement each part of a line is.
struct TrendPanel
{
    QString key; // family id
    QString title;
    QList<TrendSeries> series;
    QStringList valueLabels; // positions 1..4
    QList<FrameworkChange> changes;
    QStringList footnotes;
    bool isEmpty() const { return series.isEmpty(); }
};

// Trend charts for every family in the filter that has data, over the years with data.
struct TrendData
{
    QList<int> years;
    QStringList councils;
    QList<TrendPanel> panels; // one per family with data, canonical order
    bool isEmpty() const { return councils.isEmpty(); }
    int firstYear() const { return years.isEmpty() ? 0 : years.first(); }
    int lastYear() const { return years.isEmpty() ? 0 : years.last(); }
    const TrendPanel *panel(const QString &key) const;

    static TrendData build(const ChartDataset &data);
};

// Which judgements a set of points of one family shows: the footnote lines, and where the
// framework changes along the year axis. Shared by the trend and the snapshot views.
QStringList familyFootnotes(const QString &familyId, const QList<const ChartPoint *> &points);

} // namespace inspectdesk
