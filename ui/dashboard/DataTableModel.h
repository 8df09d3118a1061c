#pragma once

#include "charts/DataTable.h"

#include <QAbstractTableModel>

namespace inspectdesk {

// A DataTable as a read-only model: its headers, cells and fills (text kept readable on them).
class DataTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit DataTableModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setTable(const DataTable &table);
    const DataTable &table() const { return mTable; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QColor fill(const QModelIndex &index) const;
    DataTable mTable;
};

} // namespace inspectdesk
