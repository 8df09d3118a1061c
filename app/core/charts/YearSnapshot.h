#pragma once

#include "ChartDataset.h"

#include <optional>

namespace inspectdesk {

// Every chosen council's judgement on every family in one year: the one description behind
// the comparison (grouped bars) and the grid (council x family table) on screen and paper.
struct YearSnapshot
{
    int year = 0;
    QStringList councils;      // councils with at least one judgement that year
    QList<int> councilIndexes; // their index in the dataset (stable styling)
    QStringList outcomeKeys;
    QStringList outcomeLabels;
    QStringList outcomeShortLabels;                // under a bar group
    QStringList valueLabels;                       // positions 1..4, in the words of the frameworks shown
    QStringList footnotes;                         // which judgement a column is, where its name differs
    QList<QList<std::optional<ChartPoint>>> cells; // [council][outcome]

    bool isEmpty() const { return councils.isEmpty(); }
    const ChartPoint *cell(int council, int outcome) const;
    // Bar heights for one council: the judgement 1..4, 0 where there is none.
    QList<qreal> values(int council) const;

    // year 0 = the latest year with data.
    static YearSnapshot build(const ChartDataset &data, int year = 0);
    // The year with the most judgements (ties: the latest): the fullest comparison.
    static int fullestYear(const ChartDataset &data);
};

} // namespace inspectdesk
