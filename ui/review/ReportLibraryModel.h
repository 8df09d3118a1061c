#pragma once

#include "store/StoreTypes.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace inspectdesk {

// The reports in the database, one row each, for the library list. SortRole gives values
// that sort properly (numbers as numbers).
class ReportLibraryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CouncilColumn, KindColumn, YearColumn, ReviewedColumn, WarningsColumn, FileColumn, ColumnCount };
    // NeedsAttentionRole: true when the report has no judgement or its council is unresolved
    // (those cells carry a warning icon and a tooltip saying what to do).
    enum Role { ReportIdRole = Qt::UserRole + 1, SortRole, NeedsAttentionRole };

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
    static QIcon attentionIcon();
    static bool needsAttention(const ReportSummary &r, int column);
    // The council's full official name from the register, or what needs doing.
    static QString toolTip(const ReportSummary &r, int column);

    QList<ReportSummary> mReports;
};

} // namespace inspectdesk
