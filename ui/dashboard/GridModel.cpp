#include "GridModel.h"

#include "charts/ChartStyle.h"
#include "charts/ChartTables.h"

#include <QBrush>
#include <QFont>

namespace inspectdesk {

void GridModel::setSnapshot(const YearSnapshot &snapshot)
{
    beginResetModel();
    mSnapshot = snapshot;
    endResetModel();
}

int GridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mSnapshot.councils.size());
}

int GridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mSnapshot.outcomeKeys.size());
}

QVariant GridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const ChartPoint *p = mSnapshot.cell(index.row(), index.column());
    if (!p)
        return role == Qt::DisplayRole ? QVariant(tr("no grade")) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return charttables::snapshotCell(mSnapshot, index.row(), index.column()); // as its data table
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return chartstyle::describePoint(*p, mSnapshot.councils[index.row()], mSnapshot.outcomeKeys[index.column()],
                                         mSnapshot.cellYear(index.row(), index.column()));
    case Qt::BackgroundRole:
        return QBrush(chartstyle::judgementColour(p->judgement));
    case Qt::ForegroundRole:
        return QBrush(chartstyle::judgementTextColour(p->judgement));
    case Qt::FontRole:
        if (!p->reviewed()) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case ReportIdRole:
        return p->reportId;
    case JudgementIdRole:
        return p->judgementId;
    case JudgementRole:
        return int(p->judgement);
    case ReviewedRole:
        return p->reviewed();
    default:
        return {};
    }
}

QVariant GridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section < mSnapshot.outcomeLabels.size() ? QVariant(mSnapshot.outcomeLabels[section]) : QVariant();
    return section < mSnapshot.councils.size() ? QVariant(mSnapshot.councils[section]) : QVariant();
}

} // namespace inspectdesk
