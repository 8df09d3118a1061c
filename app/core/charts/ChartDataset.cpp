#include "ChartDataset.h"

#include "register/CouncilRegister.h"

#include <QSet>
#include <algorithm>

namespace inspectdesk {

namespace {
int sectionRank(const QString &section)
{
    // Whole-report grades first; then the safeguarding section; then prose from
    // a corporate assessment annex.
    if (section.isEmpty())
        return 0;
    if (section == QLatin1String("safeguarding"))
        return 1;
    return 2;
}

// Deterministic preference: the latest published report wins; ties by section, then the
// newest report, then the first judgement in it.
bool preferred(const JudgementFact &a, const JudgementFact &b)
{
    if (a.published != b.published) {
        if (!a.published.isValid() || !b.published.isValid())
            return a.published.isValid();
        return a.published > b.published;
    }
    if (sectionRank(a.section) != sectionRank(b.section))
        return sectionRank(a.section) < sectionRank(b.section);
    if (a.reportId != b.reportId)
        return a.reportId > b.reportId;
    return a.judgementId < b.judgementId;
}

// A number for each distinct name, in the order first seen.
int idOf(QHash<QString, int> &ids, const QString &name)
{
    auto it = ids.find(name);
    if (it == ids.end())
        it = ids.insert(name, int(ids.size()));
    return it.value();
}

ChartPoint toPoint(const JudgementFact &f, int part)
{
    ChartPoint p;
    p.key = f.key;
    p.part = part;
    p.judgement = f.judgement;
    p.printed = f.printed;
    p.scale = f.scale;
    p.section = f.section;
    p.reportId = f.reportId;
    p.judgementId = f.judgementId;
    p.fileName = f.fileName;
    p.kind = f.kind;
    p.published = f.published;
    p.inspectionEnd = f.inspectionEnd;
    p.page = f.page;
    p.status = f.status;
    return p;
}
} // namespace

QString ChartPoint::badge(bool withUnreviewed) const
{
    QString marks = withUnreviewed && !reviewed() ? QStringLiteral("*") : QString();
    if (conflict)
        marks += QLatin1Char('!');
    return marks;
}

// The facts and the filter for ChartDataset::backdrop(), and the dataset once built.
struct ChartDataset::Backdrop
{
    QList<JudgementFact> facts; // implicitly shared: no copy of the judgements
    ChartFilter filter;
    QString region;
    std::unique_ptr<ChartDataset> built;
};

const ChartDataset *ChartDataset::backdrop() const
{
    if (!mBackdrop)
        return nullptr;
    if (!mBackdrop->built) {
        mBackdrop->built = std::make_unique<ChartDataset>(mBackdrop->facts, mBackdrop->filter);
        mBackdrop->built->mBackdrop.reset(); // England has no backdrop of its own
    }
    return mBackdrop->built.get();
}

QString ChartDataset::backdropRegion() const
{
    return mBackdrop ? mBackdrop->region : QString();
}

QDate ChartDataset::inForceFrom(const QDate &published, const QDate &inspectionEnd, int year) const
{
    if (published.isValid())
        return published;
    if (inspectionEnd.isValid())
        return inspectionEnd;
    const QDate read = mAsOf.isValid() ? mAsOf.date() : QDate::currentDate();
    return std::min(QDate(year, 12, 31), read);
}

QDate ChartDataset::latestFullInspection(const QString &council, const QDate &date) const
{
    QDate latest;
    for (const Inspection &i : mFullInspections.value(council))
        if (const QDate from = inForceFrom(i.published, i.inspectionEnd, i.year);
            from <= date && (!latest.isValid() || from > latest))
            latest = from;
    return latest;
}

quint64 ChartDataset::slot(int councilId, int familyId, int year)
{
    return (quint64(quint32(councilId)) << 32) | (quint64(quint16(familyId)) << 16) | quint64(quint16(year));
}

ChartDataset::ChartDataset(const QList<JudgementFact> &facts, const ChartFilter &filter) : mFilter(filter)
{
    if (filter.focusLaCode > 0 && filter.comparators == ComparatorGroup::Neighbours)
        mFacts = facts; // shared, not copied: what withNeighboursOn() filters again

    using Candidate = QPair<const JudgementFact *, int>; // the fact and its family part
    QHash<quint64, QList<Candidate>> candidates;
    QSet<QString> available, charted;
    QSet<int> yearsAsked; // every year in the range with a judgement: what comparator notes cover
    const bool comparing = filter.focusLaCode > 0 && filter.comparators == ComparatorGroup::Neighbours;
    for (const JudgementFact &f : facts) {
        if (filter.focusLaCode > 0 && f.laCode == filter.focusLaCode && mFocus.isEmpty())
            mFocus = f.council;
        if (comparing)
            mCodesInFacts.insert(f.laCode);
        if (comparing && f.assessmentYear > 0 && (filter.fromYear <= 0 || f.assessmentYear >= filter.fromYear) &&
            (filter.toYear <= 0 || f.assessmentYear <= filter.toYear))
            yearsAsked.insert(filter.neighbourYear(f.assessmentYear));
        const FamilyMatch m = filter.matchAnyFamily(f);
        if (!m.isValid())
            continue;
        if (replacesEarlierJudgements(f.kind)) {
            QList<Inspection> &inspections = mFullInspections[f.council];
            const Inspection inspection{f.published, f.inspectionEnd, f.assessmentYear};
            if (!inspections.contains(inspection))
                inspections << inspection;
        }
        available.insert(m.family->id);
        if (!filter.outcomes.isEmpty() && !filter.outcomes.contains(m.family->id))
            continue;
        charted.insert(m.family->id);
        candidates[slot(idOf(mCouncilIds, f.council), idOf(mFamilyIds, m.family->id), f.assessmentYear)]
            << Candidate(&f, m.part);
    }
    for (const QString &id : familyIds()) {
        if (available.contains(id))
            mAvailable << id;
        if (charted.contains(id))
            mFamilies << id;
    }
    QSet<int> years;
    QSet<QString> councils;
    for (auto it = candidates.begin(); it != candidates.end(); ++it) {
        auto &list = it.value();
        std::sort(list.begin(), list.end(),
                  [](const Candidate &a, const Candidate &b) { return preferred(*a.first, *b.first); });
        const JudgementFact &chosen = *list.first().first;
        ChartPoint p = toPoint(chosen, list.first().second);
        p.candidateCount = int(list.size());
        p.conflict = std::any_of(list.begin(), list.end(),
                                 [&](const Candidate &c) { return c.first->judgement != chosen.judgement; });
        mUnreviewed += p.reviewed() ? 0 : 1;
        mConflicts += p.conflict ? 1 : 0;
        if (p.published.isValid() && (!mLatestPublished.isValid() || p.published > mLatestPublished))
            mLatestPublished = p.published;
        years.insert(chosen.assessmentYear);
        councils.insert(chosen.council);
        mPoints.insert(it.key(), p);
    }
    mYears = QList<int>(years.begin(), years.end());
    std::sort(mYears.begin(), mYears.end());
    // The register names the focus council when no fact does (none of its reports stored yet),
    // so views still say it has no data; the store names register councils as the register does.
    const Comparators &group = filter.comparatorSet();
    if (mFocus.isEmpty())
        mFocus = group.focusName();
    // My council first; then its neighbours closest first, or the councils in the order they
    // were chosen; otherwise alphabetical.
    if (filter.focusLaCode > 0 && filter.comparators != ComparatorGroup::Chosen) {
        mCouncils =
            group.order(councils, filter.neighboursOn.isValid() ? QList<int>{filter.neighboursOn.year()} : mYears);
        mNotes = group.notes(QList<int>(yearsAsked.begin(), yearsAsked.end()));
    } else if (!filter.councils.isEmpty() || filter.focusLaCode > 0) {
        if (councils.contains(mFocus))
            mCouncils << mFocus;
        for (const QString &c : filter.councils)
            if (councils.contains(c) && !mCouncils.contains(c))
                mCouncils << c;
        if (filter.councils.isEmpty()) // my council, then every other one
            mCouncils = group.order(councils, {});
    } else {
        mCouncils = QStringList(councils.begin(), councils.end());
        std::sort(mCouncils.begin(), mCouncils.end(),
                  [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    }
    // The focus council leads: its series and legend entry come first.
    if (mCouncils.removeOne(mFocus))
        mCouncils.prepend(mFocus);
    if (filter.focusLaCode > 0) {
        // Every council of England (no council ticked, no group), or of the focus council's region.
        mBackdrop = std::make_shared<Backdrop>();
        mBackdrop->facts = facts;
        mBackdrop->filter = filter;
        mBackdrop->filter.councils.clear();
        mBackdrop->filter.comparators = ComparatorGroup::Chosen;
        const RegisterCouncil *focus = CouncilRegister::builtIn().byCode(filter.focusLaCode);
        if (filter.comparators == ComparatorGroup::Region && focus) {
            mBackdrop->filter.comparators = ComparatorGroup::Region;
            mBackdrop->region = focus->region;
        }
    }
}

ChartDataset ChartDataset::withNeighboursOn(const QDate &date) const
{
    if (mFilter.focusLaCode <= 0 || mFilter.comparators != ComparatorGroup::Neighbours || !date.isValid() ||
        mFilter.neighboursOn == date)
        return *this;
    ChartFilter filter = mFilter;
    filter.neighboursOn = date;
    ChartDataset d(mFacts, filter);
    d.mAsOf = mAsOf;
    return d;
}

const ChartPoint *ChartDataset::point(const QString &council, const QString &key, int year) const
{
    const auto councilId = mCouncilIds.constFind(council);
    const auto familyId = mFamilyIds.constFind(key);
    if (councilId == mCouncilIds.constEnd() || familyId == mFamilyIds.constEnd())
        return nullptr;
    auto it = mPoints.constFind(slot(councilId.value(), familyId.value(), year));
    return it == mPoints.constEnd() ? nullptr : &it.value();
}

} // namespace inspectdesk
