#pragma once

#include "store/StoreTypes.h"

#include <QAbstractTableModel>

namespace inspectdesk {

// The reports in the database, one row each, for the library list. SortRole gives values
// that sort properly (numbers as numbers).
class ReportLibraryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CouncilColumn, KindColumn, YearColumn, ReviewedColumn, WarningsColumn, FileColumn, ColumnCount };
    enum Role { ReportIdRole = Qt::UserRole + 1, SortRole };

    using QAbstractTableModel::QAbstractTableModel;
    void setReports(const QList<ReportSummary> &reports);
    const ReportSummary &summary(int row) const { return mReports.at(row); }
    int rowOf(qint64 reportId) const;
    // Replaces one report's row; false when it is not listed.
    bool updateReport(const ReportSummary &report);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ReportSummary> mReports;
};

} // namespace inspectdesk
