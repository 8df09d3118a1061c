#include "ChartFilter.h"

#include <QSet>
#include <algorithm>

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

FilterChoices FilterChoices::of(const QList<JudgementFact> &facts)
{
    FilterChoices c;
    QSet<QString> seen;
    for (const JudgementFact &f : facts) {
        if (!seen.contains(f.council)) {
            seen.insert(f.council);
            c.councils << f.council;
        }
        if (f.assessmentYear > 0) {
            c.firstYear = c.firstYear ? qMin(c.firstYear, f.assessmentYear) : f.assessmentYear;
            c.lastYear = qMax(c.lastYear, f.assessmentYear);
        }
    }
    std::sort(c.councils.begin(), c.councils.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return c;
}

} // namespace inspectdesk
