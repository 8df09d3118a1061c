#include "ReportLibraryModel.h"

#include "register/CouncilRegister.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

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
            return r.judgementCount ? tr("%1 of %2").arg(r.reviewedCount).arg(r.judgementCount) : tr("none");
        case WarningsColumn:
            return r.warningCount;
        case FileColumn:
            return r.fileName;
        }
    }
    if (role == Qt::DecorationRole && needsAttention(r, index.column()))
        return attentionIcon();
    if (role == NeedsAttentionRole)
        return needsAttention(r, CouncilColumn) || needsAttention(r, ReviewedColumn);
    if (role == Qt::BackgroundRole && index.column() == ReviewedColumn && r.isReviewed())
        return QBrush(QColor(210, 240, 210));
    if (role == Qt::ToolTipRole)
        return toolTip(r, index.column());
    return QVariant();
}

// The style's warning sign; drawn here where the style has none (no icon theme).
QIcon ReportLibraryModel::attentionIcon()
{
    static const QIcon icon = [] {
        QIcon styled = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        if (!styled.isNull())
            return styled;
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(QColor(120, 80, 0), 2));
        painter.setBrush(QColor(255, 200, 0));
        painter.drawPolygon(QPolygonF({QPointF(16, 2), QPointF(30, 29), QPointF(2, 29)}));
        painter.setPen(QPen(Qt::black, 3));
        painter.drawLine(QPointF(16, 11), QPointF(16, 20));
        painter.drawPoint(QPointF(16, 25));
        return QIcon(pixmap);
    }();
    return icon;
}

bool ReportLibraryModel::needsAttention(const ReportSummary &r, int column)
{
    if (column == CouncilColumn)
        return r.laCode == 0;
    if (column == ReviewedColumn)
        return r.judgementCount == 0;
    return false;
}

QString ReportLibraryModel::toolTip(const ReportSummary &r, int column)
{
    if (column == CouncilColumn && r.laCode == 0)
        return tr("Council not identified: the report prints \"%1\", which matches no council in the register "
                  "(or more than one). Open the report and choose its council in the form's Council field.")
            .arg(r.council);
    if (column == ReviewedColumn && r.judgementCount == 0)
        return tr("No judgements were found in this report. Open it, check that it is an inspection report, "
                  "and add its judgements from the document (select the text, then Ctrl+Shift+A).");
    const RegisterCouncil *council = CouncilRegister::builtIn().byCode(r.laCode);
    const QString name = council ? council->officialName : r.council;
    return tr("%1 — %2, imported %3 by %4")
        .arg(name, r.fileName, QLocale().toString(r.importedAt.toLocalTime(), QLocale::ShortFormat), r.importedBy);
}

} // namespace inspectdesk
