#include "ChartFilter.h"

#include "register/CouncilRegister.h"
#include "review/ReviewRules.h"

#include <QSet>
#include <algorithm>

namespace inspectdesk {

QStringList ChartFilter::effectiveOutcomes() const
{
    QStringList keys;
    for (const QString &key : familyIds())
        if (outcomes.isEmpty() || outcomes.contains(key))
            keys << key;
    return keys;
}

FamilyMatch ChartFilter::matchAnyFamily(const JudgementFact &fact) const
{
    if (fact.judgement == Judgement::Unknown || fact.assessmentYear <= 0)
        return {};
    if ((fromYear > 0 && fact.assessmentYear < fromYear) || (toYear > 0 && fact.assessmentYear > toYear))
        return {};
    if (focusLaCode > 0 && comparators != ComparatorGroup::Chosen) {
        if (!comparatorSet().includes(fact.laCode, neighbourYear(fact.assessmentYear)))
            return {};
    } else if (!councils.isEmpty() && !councils.contains(fact.council) &&
               (focusLaCode <= 0 || fact.laCode != focusLaCode)) {
        return {};
    }
    if (!kinds.isEmpty() && !kinds.contains(fact.kind))
        return {};
    if (!showUnreviewed && !review::isReviewed(fact.status))
        return {};
    return familyOf(fact.kind, fact.section, fact.key, population);
}

int ChartFilter::neighbourYear(int factYear) const
{
    return neighboursOn.isValid() ? neighboursOn.year() : factYear;
}

const Comparators &ChartFilter::comparatorSet() const
{
    if (!mComparators || mComparatorsFocus != focusLaCode || mComparatorsGroup != comparators) {
        mComparators = std::make_shared<const Comparators>(CouncilRegister::builtIn(), focusLaCode, comparators);
        mComparatorsFocus = focusLaCode;
        mComparatorsGroup = comparators;
    }
    return *mComparators;
}

FamilyMatch ChartFilter::match(const JudgementFact &fact) const
{
    const FamilyMatch m = matchAnyFamily(fact);
    if (!m.isValid() || (!outcomes.isEmpty() && !outcomes.contains(m.family->id)))
        return {};
    return m;
}

bool ChartFilter::operator==(const ChartFilter &o) const
{
    return councils == o.councils && fromYear == o.fromYear && toYear == o.toYear && outcomes == o.outcomes &&
           population == o.population && kinds == o.kinds && showUnreviewed == o.showUnreviewed &&
           focusLaCode == o.focusLaCode && comparators == o.comparators && neighboursOn == o.neighboursOn;
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
