#pragma once

#include "ChartDataset.h"

#include <QDate>

#include <optional>

namespace inspectdesk {

// Every chosen council's judgement on every family in one year: the one description behind
// the comparison (grouped bars) and the grid (council x family table) on screen and paper.
struct YearSnapshot
{
    int year = 0;
    QDate asOf;                // valid: the judgements in force on this date (inForce())
    QList<QList<int>> years;   // [council][outcome] assessment year of each cell (0 = none)
    QStringList councils;      // councils with at least one judgement that year
    QList<int> councilIndexes; // their index in the dataset (stable styling)
    QString focus;             // my council (ChartDataset::focusCouncil): its bars outlined strongly
    QStringList outcomeKeys;
    QStringList outcomeLabels;
    QStringList outcomeShortLabels;                // under a bar group
    QStringList valueLabels;                       // positions 1..4, in the words of the frameworks shown
    QStringList footnotes;                         // which judgement a column is, where its name differs
    QList<QList<std::optional<ChartPoint>>> cells; // [council][outcome]

    bool isEmpty() const { return councils.isEmpty(); }
    // The outline of a council's bars: my council's twice as strong, so that it is found at once.
    qreal outlineWidth(int council) const { return !focus.isEmpty() && councils.value(council) == focus ? 2.5 : 1.0; }
    const ChartPoint *cell(int council, int outcome) const;
    // Bar heights for one council: the judgement 1..4, 0 where there is none.
    QList<qreal> values(int council) const;

    // What every rendering shows of the description (screen, print, export, packs): drawn
    // from here, never worded in a renderer.
    QString title() const;          // "Judgements in 2019" / "Judgements in force on 30 June 2023"
    QString valueAxisTitle() const; // beside the value axis
    // The key to the marks and to the unreviewed styling, under the bars or over the grid.
    QString markNote(bool bars) const;
    // Unreviewed (not yet reviewed): a pale bar of the council's colour; an italic grid cell.
    bool hollow(int council, int outcome) const;
    // The mark above a bar: "*" unreviewed, "!" reports disagree; "–" where a council has no
    // judgement (its bar is missing, never drawn as zero).
    QString barMark(int council, int outcome) const;
    // A grid cell: the judgement in its framework's words ("no grade" where there is none) and
    // the detail: the printed grade where it says something else, the inspection's year when
    // in force on a date, and the marks. cellText is both on one line.
    QString cellLabel(int council, int outcome) const;
    QString cellDetail(int council, int outcome) const;
    QString cellText(int council, int outcome) const;

    int cellYear(int council, int outcome) const
    {
        return council >= 0 && council < years.size() && outcome >= 0 && outcome < years[council].size()
                   ? years[council][outcome]
                   : 0;
    }

    // year 0 = the latest year with data.
    static YearSnapshot build(const ChartDataset &data, int year = 0);
    // Each council's judgement in force on a date: for every family its latest inspection
    // published on or before it (undated reports: ChartDataset::inForceFrom), whatever
    // the year, with that inspection's year, unless a later SIF or ILACS inspection replaced
    // it (ChartDataset::latestFullInspection). Not only councils inspected in one year.
    static YearSnapshot inForce(const ChartDataset &data, const QDate &date);
    // inForce() as the dashboard and the packs chart it: my council's neighbours those of the
    // DfE model in force on the date (ChartDataset::withNeighboursOn), and each council in the
    // colour it has in the dataset's other charts (a neighbour compared only here after them):
    // Suffolk was orange in the trend and green in the comparison beside it.
    static YearSnapshot inForceAsCharted(const ChartDataset &data, const QDate &date);
    // The year with the most judgements (ties: the latest): the fullest comparison.
    static int fullestYear(const ChartDataset &data);

private:
    void finish(); // labels, value axis words and footnotes of the cells chosen
};

} // namespace inspectdesk
