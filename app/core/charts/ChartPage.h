#pragma once

#include "ChartDataset.h"
#include "LatestJudgements.h"
#include "YearSnapshot.h"

#include <QRectF>

class QPainter;

namespace inspectdesk {

// Distribution: one family's share of councils at each grade per year, the focus council marked.
// Latest: each council's latest inspection with every judgement of it (LatestJudgements.h).
enum class ChartViewKind { Trend, SmallMultiples, Comparison, Grid, Distribution, Latest };

// One printed/exported page of the current dashboard view: title, legend, the chart drawn
// as vectors, and a source line saying how current and how reviewed the data is.
struct ChartPageContent
{
    ChartPageContent() = default;
    ChartPageContent(const QString &title_, ChartViewKind kind_ = ChartViewKind::Trend, const QString &outcome = {},
                     int year_ = 0, const QDate &asOf_ = {})
        : title(title_), kind(kind_), trendOutcome(outcome), year(year_), asOf(asOf_)
    {
    }

    QString title;
    ChartViewKind kind = ChartViewKind::Trend;
    QString trendOutcome; // the family a single trend or distribution chart shows
    int year = 0;         // comparison and grid; 0 = latest
    QDate asOf;           // comparison and grid: valid = the judgements in force on this date
    // The latest judgements table: region, council type and sort column.
    LatestJudgementsOptions latest;
    // The comparison/grid description this page shows (by year, or in force on asOf).
    YearSnapshot snapshot(const ChartDataset &data) const;
};

class ChartPage
{
public:
    // Paints onto any device (printer, PDF, SVG, image) using point units.
    static void render(QPainter &painter, const ChartDataset &data, const ChartPageContent &content);
    // The same, into a rectangle already in point units.
    static void renderInto(QPainter &painter, const QRectF &page, const ChartDataset &data,
                           const ChartPageContent &content);
    static QString subtitle(const ChartDataset &data, const ChartPageContent &content);
    static QString sourceLine(const ChartDataset &data);
};

} // namespace inspectdesk
