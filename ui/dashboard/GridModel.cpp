#include "GridModel.h"

#include "charts/ChartStyle.h"

#include <QBrush>
#include <QFont>
#include <QFontMetrics>
#include <QSet>

namespace inspectdesk {

void GridModel::setSnapshot(const YearSnapshot &snapshot)
{
    beginResetModel();
    mSnapshot = snapshot;
    endResetModel();
}

int GridModel::widestWord(const QFontMetrics &metrics) const
{
    QSet<QString> words;
    auto add = [&](const QString &text) {
        for (const QString &w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            words.insert(w);
    };
    for (const QString &label : mSnapshot.outcomeLabels)
        add(label);
    for (int r = 0; r < mSnapshot.councils.size(); ++r)
        for (int c = 0; c < mSnapshot.outcomeKeys.size(); ++c)
            add(mSnapshot.cellText(r, c));
    int widest = 0;
    for (const QString &w : std::as_const(words))
        widest = qMax(widest, metrics.horizontalAdvance(w));
    return widest;
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
    const int row = index.row(), column = index.column();
    const ChartPoint *p = mSnapshot.cell(row, column);
    // The words and marks are the description's (YearSnapshot), as on paper.
    if (!p)
        return role == Qt::DisplayRole ? QVariant(mSnapshot.cellText(row, column)) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return mSnapshot.cellText(row, column);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return chartstyle::describePoint(*p, mSnapshot.councils[index.row()], mSnapshot.outcomeKeys[index.column()],
                                         mSnapshot.cellYear(index.row(), index.column()));
    case Qt::BackgroundRole:
        return QBrush(chartstyle::judgementColour(p->judgement));
    case Qt::ForegroundRole:
        return QBrush(chartstyle::judgementTextColour(p->judgement));
    case Qt::FontRole:
        if (mSnapshot.hollow(row, column)) {
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
