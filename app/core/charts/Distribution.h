#pragma once

#include "DataTable.h"
#include "TrendData.h"

namespace inspectdesk {

// The distribution of grades of one family: for each year, the share of the drawn councils
// at each grade (stacked to 100%), with the number of councils, the focus council's grade
// marked in its year, and the changes of framework between years. Described once for the
// screen (Qt Charts), paper (QPainter) and the data table.
struct GradeDistribution
{
    QString key; // family id
    QString title;
    QString focus;            // the focus council's name; empty when none is chosen
    QList<int> years;         // every year from the first to the last with data: the axis
    QList<YearGrades> grades; // one per entry of years (total() 0 where none was graded)
    QStringList valueLabels;  // grades 1..4 in the frameworks' words
    QList<FrameworkChange> changes;
    QStringList footnotes;
    int councilCount = 0; // councils graded in at least one of the years

    bool isEmpty() const { return councilCount == 0; }
    bool focusMarked() const;  // the focus council has a grade in at least one year
    QString note() const;      // what the bars are, and how the focus council is marked
    QString focusNote() const; // the focus council has no grade here: said, not drawn
    QStringList notes() const; // every note under the chart, in order
    // The data table: one row per grade (Outstanding first), then the number of councils
    // graded, then the focus council's grade; one column per year; "3 (30%)" per cell.
    DataTable table() const;

    static GradeDistribution of(const TrendPanel &panel, const QList<int> &years);
    static GradeDistribution build(const ChartDataset &data, const QString &familyKey);
};

} // namespace inspectdesk
