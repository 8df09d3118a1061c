#pragma once

#include "Comparators.h"
#include "Families.h"
#include "model/ReportKind.h"
#include "store/StoreTypes.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <memory>

namespace inspectdesk {

// Whom "my council" is compared with. Chosen: the councils ticked by hand (ChartFilter::councils).
// Neighbours: the focus council's statistical neighbours in the DfE model in force in each year
// (CouncilRegister::statisticalNeighbours). Region: the councils of the focus council's region.
// England: every council.
enum class ComparatorGroup { Chosen, Neighbours, Region, England };

// What the dashboard shows. Empty lists mean "all".
struct ChartFilter
{
    QStringList councils; // in the order chosen: the order of series and legend
    int focusLaCode = 0;  // "my council" (DfE LA code): drawn strongly, marked in distributions; 0 = none
    ComparatorGroup comparators = ComparatorGroup::Chosen;
    // Neighbours: when valid, a fact of any year is compared with the neighbours in the DfE
    // model in force on this date (the latest judgements table asks "against its neighbours
    // today"); invalid = the model in force in the fact's own year (trends, distributions).
    QDate neighboursOn;
    int fromYear = 0;     // 0 = no lower bound
    int toYear = 0;       // 0 = no upper bound
    QStringList outcomes; // family ids (Families.h); empty = every family
    Population population = Population::AllChildren;
    QList<ReportKind> kinds;    // empty = every kind
    bool showUnreviewed = true; // extracted but not yet confirmed judgements

    QStringList effectiveOutcomes() const; // in canonical order
    // The family the fact is charted in under this filter (year, council, family, section,
    // kind, review status, and a judgement that is known); invalid when it is not charted.
    FamilyMatch match(const JudgementFact &fact) const;
    bool accepts(const JudgementFact &fact) const { return match(fact).isValid(); }
    // As match(), whatever families are chosen: what the views may offer.
    FamilyMatch matchAnyFamily(const JudgementFact &fact) const;
    bool operator==(const ChartFilter &o) const;
    bool operator!=(const ChartFilter &o) const { return !(*this == o); }
    // The focus council's group resolved against the built-in register (built on first use,
    // again when focusLaCode or comparators change).
    const Comparators &comparatorSet() const;
    // The year whose neighbour model a fact of factYear is compared under (neighboursOn).
    int neighbourYear(int factYear) const;

private:
    mutable std::shared_ptr<const Comparators> mComparators;
    mutable int mComparatorsFocus = 0;
    mutable ComparatorGroup mComparatorsGroup = ComparatorGroup::Chosen;
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
