#include "DataTableModel.h"

#include <QBrush>

namespace inspectdesk {

void DataTableModel::setTable(const DataTable &table)
{
    beginResetModel();
    mTable = table;
    endResetModel();
}

int DataTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mTable.rowCount();
}

int DataTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mTable.columnCount();
}

QColor DataTableModel::fill(const QModelIndex &index) const
{
    return index.row() < mTable.fills.size() ? mTable.fills[index.row()].value(index.column()) : QColor();
}

QVariant DataTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mTable.rowCount())
        return {};
    const QString text = mTable.rows[index.row()].value(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text;
    case Qt::AccessibleTextRole: // "no grade" read aloud rather than nothing
        return text.isEmpty() ? tr("no grade") : text;
    case Qt::BackgroundRole:
        return fill(index).isValid() ? QVariant(QBrush(fill(index))) : QVariant();
    case Qt::ForegroundRole:
        return fill(index).isValid() ? QVariant(QBrush(qGray(fill(index).rgb()) < 128 ? Qt::white : Qt::black))
                                     : QVariant();
    default:
        return {};
    }
}

QVariant DataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    return mTable.headers.value(section);
}

} // namespace inspectdesk
