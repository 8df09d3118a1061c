#include "ReportLibraryModel.h"

#include <QBrush>
#include <QColor>

namespace inspectdesk {

void ReportLibraryModel::setReports(const QList<ReportSummary> &reports)
{
    beginResetModel();
    mReports = reports;
    endResetModel();
}

int ReportLibraryModel::rowOf(qint64 reportId) const
{
    for (int i = 0; i < mReports.size(); ++i)
        if (mReports[i].id == reportId)
            return i;
    return -1;
}

bool ReportLibraryModel::updateReport(const ReportSummary &report)
{
    const int row = rowOf(report.id);
    if (row < 0)
        return false;
    mReports[row] = report;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

int ReportLibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mReports.size());
}
int ReportLibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CouncilColumn:
        return tr("Council");
    case KindColumn:
        return tr("Kind");
    case YearColumn:
        return tr("Year");
    case ReviewedColumn:
        return tr("Reviewed");
    case WarningsColumn:
        return tr("Warnings");
    case FileColumn:
        return tr("File");
    }
    return QVariant();
}

QVariant ReportLibraryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mReports.size())
        return QVariant();
    const ReportSummary &r = mReports.at(index.row());
    if (role == ReportIdRole)
        return r.id;
    if (role == SortRole) {
        switch (index.column()) {
        case YearColumn:
            return r.assessmentYear;
        case ReviewedColumn:
            return r.judgementCount ? double(r.reviewedCount) / r.judgementCount : -1.0;
        case WarningsColumn:
            return r.warningCount;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CouncilColumn:
            return r.council;
        case KindColumn:
            return reportKindLabel(r.kind);
        case YearColumn:
            return r.assessmentYear > 0 ? QString::number(r.assessmentYear) : QString();
        case ReviewedColumn:
            return tr("%1 of %2").arg(r.reviewedCount).arg(r.judgementCount);
        case WarningsColumn:
            return r.warningCount;
        case FileColumn:
            return r.fileName;
        }
    }
    if (role == Qt::BackgroundRole && index.column() == ReviewedColumn && r.isReviewed())
        return QBrush(QColor(210, 240, 210));
    if (role == Qt::ToolTipRole)
        return tr("%1 — %2, imported %3 by %4")
            .arg(r.council, r.fileName, QLocale().toString(r.importedAt.toLocalTime(), QLocale::ShortFormat),
                 r.importedBy);
    return QVariant();
}

} // namespace inspectdesk
