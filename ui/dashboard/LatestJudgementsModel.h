#pragma once

#include "charts/LatestJudgements.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace inspectdesk {

// The latest judgements table (core LatestJudgements) as a Qt table: cells in the framework's
// words, grade cells in the grid view's colours, my council bold, its neighbours shaded.
class LatestJudgementsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { ReportIdRole = Qt::UserRole + 1, JudgementIdRole, JudgementRole, RowRoleRole };

    explicit LatestJudgementsModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setTable(const LatestJudgements &table);
    const LatestJudgements &table() const { return mTable; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString toolTip(int row, int column) const;
    LatestJudgements mTable;
};

// Sorts by the description's own order (LatestJudgements::lessThan): grades Outstanding
// first, dates by date, so the screen and the printed page sort alike.
class LatestJudgementsSortModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace inspectdesk
