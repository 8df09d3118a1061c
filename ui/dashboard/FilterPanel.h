#pragma once

#include "charts/ChartFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListView;
class QSpinBox;
class QStandardItemModel;
class QSortFilterProxyModel;

namespace inspectdesk {

// The dashboard's filters: councils (checkable, searchable, in the order ticked), year
// range, outcomes, population, report kinds and whether unreviewed judgements are shown.
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
    void councilToggled(const QString &council, bool checked);
    QStandardItemModel *checkList(const QStringList &labels, const QStringList &ids, QListView **view);

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
