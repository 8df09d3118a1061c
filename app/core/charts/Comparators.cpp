#include "Comparators.h"

#include "ChartFilter.h"
#include "register/CouncilRegister.h"

#include <QCoreApplication>
#include <algorithm>

namespace inspectdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("inspectdesk::Comparators", text);
}

// The years the neighbour sets are computed for up front; others are asked of the register.
constexpr int firstCachedYear = 2000;
constexpr int lastCachedYear = 2040;

// "2013-2019, 2021"
QString yearRanges(QList<int> years)
{
    std::sort(years.begin(), years.end());
    QStringList parts;
    for (int i = 0; i < years.size();) {
        int j = i;
        while (j + 1 < years.size() && years[j + 1] == years[j] + 1)
            ++j;
        parts << (i == j ? QString::number(years[i]) : QStringLiteral("%1-%2").arg(years[i]).arg(years[j]));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}
} // namespace

QString comparatorGroupId(ComparatorGroup group)
{
    switch (group) {
    case ComparatorGroup::Neighbours:
        return QStringLiteral("neighbours");
    case ComparatorGroup::Region:
        return QStringLiteral("region");
    case ComparatorGroup::England:
        return QStringLiteral("england");
    case ComparatorGroup::Chosen:
        break;
    }
    return QStringLiteral("chosen");
}

bool comparatorGroupFromId(const QString &id, ComparatorGroup *group)
{
    for (ComparatorGroup g :
         {ComparatorGroup::Chosen, ComparatorGroup::Neighbours, ComparatorGroup::Region, ComparatorGroup::England})
        if (id.compare(comparatorGroupId(g), Qt::CaseInsensitive) == 0) {
            *group = g;
            return true;
        }
    return false;
}

Comparators::Comparators(const CouncilRegister &reg, int focusLaCode, ComparatorGroup group)
    : mReg(&reg), mFocus(focusLaCode), mGroup(group)
{
    const RegisterCouncil *focus = reg.byCode(focusLaCode);
    if (!focus) {
        mFocus = 0; // not a council of the register: nothing to compare with
        return;
    }
    mFocusName = focus->shortName;
    if (group == ComparatorGroup::Region) {
        const QList<int> codes = reg.inRegion(focus->region);
        mRegion = QSet<int>(codes.begin(), codes.end());
    } else if (group == ComparatorGroup::Neighbours) {
        for (int year = firstCachedYear; year <= lastCachedYear; ++year) {
            const QList<int> codes = reg.statisticalNeighbours(focusLaCode, year);
            mNeighboursByYear.insert(year, codes);
            mNeighbourSetByYear.insert(year, QSet<int>(codes.begin(), codes.end()));
        }
    }
}

QList<int> Comparators::neighbours(int year) const
{
    if (mFocus <= 0 || mGroup != ComparatorGroup::Neighbours)
        return {};
    const auto it = mNeighboursByYear.constFind(year);
    return it != mNeighboursByYear.constEnd() ? it.value() : mReg->statisticalNeighbours(mFocus, year);
}

bool Comparators::includes(int laCode, int year) const
{
    if (mFocus <= 0 || laCode <= 0)
        return false;
    if (laCode == mFocus)
        return true;
    switch (mGroup) {
    case ComparatorGroup::Chosen:
        return false;
    case ComparatorGroup::Neighbours: {
        const auto it = mNeighbourSetByYear.constFind(year);
        return it != mNeighbourSetByYear.constEnd() ? it.value().contains(laCode) : neighbours(year).contains(laCode);
    }
    case ComparatorGroup::Region:
        return mRegion.contains(laCode);
    case ComparatorGroup::England:
        return true;
    }
    return false;
}

QStringList Comparators::order(const QSet<QString> &councils, const QList<int> &years) const
{
    QStringList ordered;
    auto take = [&](int laCode) {
        const RegisterCouncil *c = mReg ? mReg->byCode(laCode) : nullptr;
        if (c && councils.contains(c->shortName) && !ordered.contains(c->shortName))
            ordered << c->shortName;
    };
    if (mFocus > 0) {
        take(mFocus);
        if (mGroup == ComparatorGroup::Neighbours) {
            QList<int> latestFirst = years;
            std::sort(latestFirst.begin(), latestFirst.end(), std::greater<int>());
            for (int year : latestFirst)
                for (int code : neighbours(year))
                    take(code);
        }
    }
    QStringList rest;
    for (const QString &c : councils)
        if (!ordered.contains(c))
            rest << c;
    std::sort(rest.begin(), rest.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    return ordered + rest;
}

QStringList Comparators::notes(const QList<int> &years) const
{
    if (mFocus <= 0 || mGroup != ComparatorGroup::Neighbours)
        return {};
    const RegisterCouncil *focus = mReg->byCode(mFocus);
    QList<int> absent;
    QHash<int, QList<int>> noRow; // model year -> years
    for (int year : years) {
        if (!neighbours(year).isEmpty())
            continue;
        if (!focus->existedIn(year))
            absent << year;
        else
            noRow[CouncilRegister::neighbourModelYear(year)] << year;
    }
    QStringList out;
    if (!absent.isEmpty())
        out << tr("%1 did not exist in %2: it has no statistical neighbours in those years.")
                   .arg(mFocusName, yearRanges(absent));
    QList<int> models = noRow.keys();
    std::sort(models.begin(), models.end());
    for (int model : models)
        out << tr("%1 has no statistical neighbours in the DfE %2 model (used for %3).")
                   .arg(mFocusName)
                   .arg(model)
                   .arg(yearRanges(noRow.value(model)));
    return out;
}

} // namespace inspectdesk
