#pragma once

#include "Outcomes.h"
#include "model/ReportKind.h"
#include "store/StoreTypes.h"

#include <QList>
#include <QStringList>

namespace inspectdesk {

// What the dashboard shows. Empty lists mean "all".
struct ChartFilter
{
    QStringList councils; // in the order chosen: the order of series and legend
    int fromYear = 0;     // 0 = no lower bound
    int toYear = 0;       // 0 = no upper bound
    QStringList outcomes; // outcome keys; empty = all seven
    Population population = Population::AllChildren;
    QList<ReportKind> kinds;    // empty = every kind
    bool showUnreviewed = true; // extracted but not yet confirmed judgements

    QStringList effectiveOutcomes() const; // in canonical order
    // True when the fact is charted under this filter (year, council, key, section, kind,
    // review status, and a judgement that is known).
    bool accepts(const JudgementFact &fact) const;
    bool operator==(const ChartFilter &o) const;
    bool operator!=(const ChartFilter &o) const { return !(*this == o); }
};

// What a set of facts offers to filter on: its councils (sorted for people) and the span of
// its assessment years (0 and 0 when none is dated).
struct FilterChoices
{
    QStringList councils;
    int firstYear = 0;
    int lastYear = 0;
    static FilterChoices of(const QList<JudgementFact> &facts);
};

} // namespace inspectdesk
