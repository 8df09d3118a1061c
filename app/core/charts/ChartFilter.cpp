#include "ChartFilter.h"

namespace inspectdesk {

QStringList ChartFilter::effectiveOutcomes() const
{
    QStringList keys;
    for (const QString &key : chartOutcomeKeys())
        if (outcomes.isEmpty() || outcomes.contains(key))
            keys << key;
    return keys;
}

bool ChartFilter::accepts(const JudgementFact &fact) const
{
    if (fact.judgement == Judgement::Unknown || fact.assessmentYear <= 0)
        return false;
    if ((fromYear > 0 && fact.assessmentYear < fromYear) || (toYear > 0 && fact.assessmentYear > toYear))
        return false;
    if (!isChartOutcome(fact.key) || (!outcomes.isEmpty() && !outcomes.contains(fact.key)))
        return false;
    if (!councils.isEmpty() && !councils.contains(fact.council))
        return false;
    if (!sectionBelongsTo(fact.section, population))
        return false;
    if (!kinds.isEmpty() && !kinds.contains(fact.kind))
        return false;
    return showUnreviewed || fact.status != ReviewStatus::Extracted;
}

bool ChartFilter::operator==(const ChartFilter &o) const
{
    return councils == o.councils && fromYear == o.fromYear && toYear == o.toYear && outcomes == o.outcomes &&
           population == o.population && kinds == o.kinds && showUnreviewed == o.showUnreviewed;
}

} // namespace inspectdesk
