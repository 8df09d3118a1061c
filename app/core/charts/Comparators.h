#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace inspectdesk {

class CouncilRegister;
enum class ComparatorGroup;

// "neighbours", "region", "england", "chosen": how settings and the command line name a group.
QString comparatorGroupId(ComparatorGroup group);
// False, and *group untouched, for any other text.
bool comparatorGroupFromId(const QString &id, ComparatorGroup *group);

// Which councils "my council" is compared with, year by year: the focus council and its
// group (ChartFilter::comparators) resolved against the register once, so that filtering a
// whole archive asks a set, not the register, for every judgement.
class Comparators
{
public:
    Comparators() = default; // no focus council: takes nothing
    Comparators(const CouncilRegister &reg, int focusLaCode, ComparatorGroup group);

    int focus() const { return mFocus; }
    QString focusName() const { return mFocusName; } // short name; empty without a focus
    ComparatorGroup group() const { return mGroup; }
    bool isActive() const { return mFocus > 0; }
    // The council is the focus council or in its group in that year (Chosen: the focus only;
    // ChartFilter adds the councils ticked by hand).
    bool includes(int laCode, int year) const;
    // The neighbours in the DfE model in force in the year, closest first; empty for other
    // groups and when the focus council has no row in that model.
    QList<int> neighbours(int year) const;
    // Short names in the order a dataset lists them: the focus council first, then the
    // neighbours closest first in the model of the latest of the years, then those of earlier
    // models, closest first in theirs; then the rest by short name.
    QStringList order(const QSet<QString> &councils, const QList<int> &years) const;
    // What a view must say about the years: the focus council has no neighbours in the model
    // of some of them (did not exist yet, or the model has no row for it). Empty otherwise.
    QStringList notes(const QList<int> &years) const;

private:
    const CouncilRegister *mReg = nullptr;
    int mFocus = 0;
    ComparatorGroup mGroup{};
    QString mFocusName;
    QSet<int> mRegion;                        // Region: the focus council's region
    QHash<int, QList<int>> mNeighboursByYear; // Neighbours: 2000..2040, computed once
    QHash<int, QSet<int>> mNeighbourSetByYear;
};

} // namespace inspectdesk
