#pragma once

#include "charts/ChartFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListView;
class QSpinBox;
class QLabel;
class QStandardItem;
class QStandardItemModel;
class QSortFilterProxyModel;

namespace inspectdesk {

class ComparatorChooser;

// The dashboard's filters: my council and its comparators, councils (checkable, searchable,
// by region, ticked ones first, in the order ticked), year range, outcomes, population, report
// kinds and whether unreviewed judgements are shown. My council, the comparators and the
// ticked councils are remembered in the settings (AppSettings).
class FilterPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FilterPanel(QWidget *parent = nullptr);

    // Refills the council list and year bounds, keeping ticked councils that still exist.
    void setAvailable(const QStringList &councils, int firstYear, int lastYear);
    ChartFilter filter() const;
    // Lists only these families (those with data in the chosen years); the others are hidden,
    // their ticks kept.
    void setOfferedFamilies(const QStringList &ids);
    QStringList offeredFamilies() const;
    void setFilter(const ChartFilter &filter);

signals:
    void filterChanged();

private:
    void councilToggled(QStandardItem *item);
    void tickMyCouncilAndNeighbours();
    void remember() const;
    void updateChosenCount();
    QStandardItemModel *checkList(const QStringList &labels, const QStringList &ids, QListView **view);

    ComparatorChooser *mComparators;
    QComboBox *mRegion;
    QLabel *mChosenCount;
    QSortFilterProxyModel *mRegionProxy;
    QLineEdit *mSearch;
    QStandardItemModel *mCouncils;
    QSortFilterProxyModel *mCouncilProxy;
    QListView *mCouncilView;
    QStringList mChosen; // ticked councils, in ticking order
    QSpinBox *mFrom;
    QSpinBox *mTo;
    QStandardItemModel *mOutcomes;
    QListView *mOutcomeView = nullptr;
    QStandardItemModel *mKinds;
    QComboBox *mPopulation;
    QCheckBox *mUnreviewed;
    bool mUpdating = false;
};

} // namespace inspectdesk
