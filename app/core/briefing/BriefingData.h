#pragma once

#include "charts/ChartDataset.h"
#include "charts/YearSnapshot.h"

#include <QDate>
#include <optional>

namespace inspectdesk {

struct BriefingOptions
{
    QStringList councils; // as stored; the order they appear in the pack
    int fromYear = 0;
    int toYear = 0;
    QString title; // empty = a default title
    QDate date;    // invalid = today
    // My council (DfE LA code; 0 = none) compared with its group: the pack shows the focus
    // council's pages and its comparators beside it in the trends and the comparison.
    int focusLaCode = 0;
    ComparatorGroup comparators = ComparatorGroup::Chosen;
    bool comparing() const { return focusLaCode > 0 && comparators != ComparatorGroup::Chosen; }
};

enum class Change { New, Improved, Same, Declined };
QString changeLabel(Change c);

// One row of a council's "latest judgements" table.
struct LatestJudgement
{
    QString key;
    int year = 0;
    ChartPoint latest;
    int previousYear = 0; // 0 = no earlier assessment in range
    std::optional<ChartPoint> previous;
    Change change = Change::New;
};

// A report the pack quotes, with the pages its judgements were read from.
struct BriefingSource
{
    QString council;
    QString fileName;
    ReportKind kind = ReportKind::Other;
    int year = 0;
    QDate published;
    QDate inspectionEnd; // shown when no publication date is printed
    QList<int> pages;
    int unreviewed = 0;
};

// Everything a briefing pack shows, worked out before anything is drawn.
struct BriefingData
{
    BriefingOptions options;
    ChartDataset dataset;
    QStringList councils;                          // chosen councils that have data
    QStringList missingCouncils;                   // chosen but with no judgement in the years
    QStringList comparedWith;                      // the comparators with data, in the dataset's order
    QString comparatorGroupText;                   // "its statistical neighbours", "its region (North East)"
    QHash<QString, QList<LatestJudgement>> latest; // council -> rows (outcome order)
    // Every council's judgements in force on inForceDate (the end of the years chosen, or the
    // pack's date if sooner), when comparing with neighbours those of the model then in force;
    // the group page draws it and its reports are quoted in the sources too.
    QDate inForceDate;
    std::optional<YearSnapshot> inForce;
    QList<BriefingSource> sources;
    int judgementCount = 0;      // every judgement quoted: the charts' and the in-force page's
    QStringList unreviewedItems; // "Council — Outcome, year" for each unreviewed judgement
    bool isEmpty() const { return councils.isEmpty(); }
    // More unreviewed judgements than pages would hold usefully (a pack of England's councils
    // has about a thousand): the note counts them and the sources give each report's number.
    static constexpr int kMaxListedUnreviewed = 150; // about two and a half pages
    bool listsUnreviewed() const { return unreviewedItems.size() <= kMaxListedUnreviewed; }
    QString title() const;
    QStringList drawnCouncils() const { return dataset.councils(); } // chosen and compared: the charts' councils

    static BriefingData build(const QList<JudgementFact> &facts, const BriefingOptions &options);
};

} // namespace inspectdesk
