#pragma once

#include "ChartPage.h"
#include "DataTable.h"
#include "TrendData.h"
#include "YearSnapshot.h"

namespace inspectdesk {

// Every chart's data table, from the same description the chart is drawn from: what the
// dashboard shows under a chart (the accessible alternative to it) and exports as CSV or XLSX.
// Cells give the judgement in the framework's words with the marks the chart shows ("*" not
// yet reviewed, "!" reports disagree), coloured as the grid colours them.
namespace charttables {

// Council x year for one family: the years with a judgement on it, one row per line drawn.
DataTable trend(const TrendPanel &panel, const QString &sourceLine);
// Grade x year: how many councils had each grade, what a trend of many councils draws.
DataTable distribution(const TrendPanel &panel, const QList<int> &years, const QString &sourceLine);
// Council x family in one year (or in force on a date): the comparison's bars, the grid.
DataTable snapshot(const YearSnapshot &snapshot, const QString &sourceLine);
// One snapshot cell as the grid shows it: the framework's words, the printed grade where
// it says something else, the inspection's year for "in force on", the marks. Empty: no grade.
QString snapshotCell(const YearSnapshot &snapshot, int council, int outcome);

// The tables of the view a page shows: a trend's table (its distribution's first when it
// draws one), one per family for small multiples, the snapshot for comparison and grid.
QList<DataTable> forView(const ChartDataset &data, const ChartPageContent &content);

} // namespace charttables

} // namespace inspectdesk
