#include "LatestJudgementsModel.h"

#include "charts/ChartStyle.h"

#include <QBrush>
#include <QFont>

namespace inspectdesk {

namespace {
// Long headings over several short lines, so narrow columns stay readable at 1280 pixels.
QString wrapped(const QString &text)
{
    QStringList lines;
    for (const QString &word : text.split(QLatin1Char(' '))) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= 12)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

void LatestJudgementsModel::setTable(const LatestJudgements &table)
{
    beginResetModel();
    mTable = table;
    endResetModel();
}

int LatestJudgementsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mTable.rows.size());
}

int LatestJudgementsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || mTable.isEmpty() ? 0 : mTable.columnCount();
}

QString LatestJudgementsModel::toolTip(int row, int column) const
{
    const LatestRow &r = mTable.rows[row];
    if (const ChartPoint *p = mTable.cell(row, column))
        return chartstyle::describePoint(*p, r.officialName,
                                         mTable.familyKeys[column - LatestJudgements::FirstFamilyColumn], r.year);
    QStringList lines{r.officialName};
    if (!r.region.isEmpty())
        lines << tr("%1, %2").arg(r.councilType, r.region);
    if (!r.hasInspection()) {
        lines << tr("No graded inspection of this council in the selection");
        return lines.join(QLatin1Char('\n'));
    }
    lines << tr("Latest inspection: %1, %2")
                 .arg(reportKindLabel(r.kind), mTable.text(row, LatestJudgements::PublishedColumn));
    lines << tr("Report: %1").arg(r.fileName);
    // A blank grade: the framework's, or one the reader did not find (its warning is in the review).
    if (column >= LatestJudgements::FirstFamilyColumn && column < mTable.previousColumn())
        lines << tr("No judgement of “%1” in this report: its framework does not grade it, or it was not "
                    "read (open the report to see its warnings).")
                     .arg(mTable.header(column));
    return lines.join(QLatin1Char('\n'));
}

QVariant LatestJudgementsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mTable.rows.size())
        return {};
    const int row = index.row(), column = index.column();
    const LatestRow &r = mTable.rows[row];
    const Judgement j = mTable.isGradeColumn(column) ? mTable.judgementAt(row, column) : Judgement::Unknown;
    const ChartPoint *p = mTable.cell(row, column);
    switch (role) {
    case Qt::DisplayRole:
        // A date and its "(end of fieldwork)" on lines of their own, the column being fitted
        // to the wider of the two.
        if (column == LatestJudgements::PublishedColumn)
            return mTable.text(row, column).replace(QStringLiteral(" ("), QStringLiteral("\n("));
        return mTable.text(row, column);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return toolTip(row, column);
    case Qt::BackgroundRole:
        if (j != Judgement::Unknown)
            return QBrush(chartstyle::judgementColour(j));
        if (r.role != LatestRowRole::Other)
            return QBrush(QColor(r.role == LatestRowRole::Focus ? 0xDDDDDD : 0xF2F2F2));
        return {};
    case Qt::ForegroundRole:
        return j != Judgement::Unknown ? QVariant(QBrush(chartstyle::judgementTextColour(j))) : QVariant();
    case Qt::FontRole:
        if (r.role == LatestRowRole::Focus || (p && !p->reviewed())) {
            QFont f;
            f.setBold(r.role == LatestRowRole::Focus);
            f.setItalic(p && !p->reviewed());
            return f;
        }
        return {};
    case ReportIdRole:
        return r.reportId;
    case JudgementIdRole: {
        // A grade cell opens its judgement; any other cell the first judgement of the report.
        if (p)
            return p->judgementId;
        for (const auto &c : r.cells)
            if (c)
                return c->judgementId;
        return qint64(0);
    }
    case JudgementRole:
        return int(j);
    case RowRoleRole:
        return int(r.role);
    default:
        return {};
    }
}

QVariant LatestJudgementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= mTable.columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return wrapped(mTable.header(section));
    if (role == Qt::ToolTipRole)
        return mTable.header(section);
    return {};
}

bool LatestJudgementsSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const LatestJudgementsModel *>(sourceModel());
    return model ? model->table().lessThan(left.row(), right.row(), left.column())
                 : QSortFilterProxyModel::lessThan(left, right);
}

} // namespace inspectdesk
