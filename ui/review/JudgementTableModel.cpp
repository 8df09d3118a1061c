#include "JudgementTableModel.h"

#include "JudgementCommands.h"
#include "OpenReport.h"
#include "Session.h"
#include "model/ReportKind.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace inspectdesk {

JudgementTableModel::JudgementTableModel(OpenReport &report, QObject *parent)
    : QAbstractTableModel(parent), mReport(report)
{
    connect(&mReport, &OpenReport::loaded, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(&mReport, &OpenReport::judgementsReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(&mReport, &OpenReport::judgementChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

int JudgementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mReport.judgements().size());
}

int JudgementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const JudgementRecord &JudgementTableModel::record(int row) const
{
    return mReport.judgements().at(row);
}

int JudgementTableModel::rowOf(qint64 judgementId) const
{
    return mReport.rowOf(judgementId);
}

QVariant JudgementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SectionColumn:
        return tr("Section");
    case AreaColumn:
        return tr("Area");
    case PrintedColumn:
        return tr("Printed");
    case JudgementColumn:
        return tr("Judgement");
    case StatusColumn:
        return tr("Status");
    case ConfidenceColumn:
        return tr("Confidence");
    case SourceColumn:
        return tr("Source");
    }
    return QVariant();
}

QVariant JudgementTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    const JudgementRecord &j = record(index.row());
    const bool lowConfidence = j.confidence < kLowConfidence && j.status != ReviewStatus::AddedByHand;
    switch (role) {
    case JudgementIdRole:
        return j.id;
    case NeedsReviewRole:
        return needsReview(j);
    case Qt::EditRole:
        if (index.column() == JudgementColumn)
            return int(j.judgement);
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case SectionColumn:
            return reportSectionLabel(j.section);
        case AreaColumn:
            return j.area;
        case PrintedColumn:
            return j.printed;
        case JudgementColumn:
            return judgementLabel(j.judgement);
        case StatusColumn:
            return reviewStatusLabel(j.status);
        case ConfidenceColumn:
            return QStringLiteral("%1%").arg(qRound(j.confidence * 100));
        case SourceColumn:
            return j.hasSource() ? tr("p. %1").arg(j.page) : tr("no source found");
        }
        break;
    case Qt::BackgroundRole:
        // Unreviewed rows stand out; low confidence and unknown grades more so.
        if ((index.column() == ConfidenceColumn && lowConfidence) ||
            (index.column() == JudgementColumn && j.judgement == Judgement::Unknown) ||
            (index.column() == SourceColumn && !j.hasSource()))
            return QBrush(QColor(255, 205, 190));
        if (needsReview(j))
            return QBrush(QColor(255, 246, 200));
        break;
    case Qt::ForegroundRole:
        if (needsReview(j) || lowConfidence)
            return QBrush(QColor(30, 30, 30)); // readable on the tinted rows in dark themes too
        break;
    case Qt::FontRole:
        if (index.column() == StatusColumn && needsReview(j)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (!j.hasSource())
            return tr("No source found: the place this grade was read is unknown");
        if (lowConfidence)
            return tr("Low confidence (%1%): check against the page").arg(qRound(j.confidence * 100));
        break;
    }
    return QVariant();
}

Qt::ItemFlags JudgementTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == AreaColumn || index.column() == PrintedColumn || index.column() == JudgementColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool JudgementTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    JudgementRecord after = record(index.row());
    switch (index.column()) {
    case JudgementColumn: {
        const int v = value.toInt();
        if (v < int(Judgement::Unknown) || v > int(Judgement::Outstanding) || v == int(after.judgement))
            return false;
        setJudgement(index.row(), Judgement(v));
        return true;
    }
    case AreaColumn:
        after.area = value.toString().trimmed();
        break;
    case PrintedColumn:
        after.printed = value.toString().trimmed();
        break;
    default:
        return false;
    }
    if (after.area == record(index.row()).area && after.printed == record(index.row()).printed)
        return false;
    if (after.status != ReviewStatus::AddedByHand)
        after.status = ReviewStatus::Corrected;
    pushEdit(index.row(), after, tr("Edit %1").arg(after.area));
    return true;
}

void JudgementTableModel::pushEdit(int row, const JudgementRecord &after, const QString &text)
{
    mReport.session().undoStack()->push(new EditJudgementCommand(&mReport, mReport.id(), record(row), after, text));
}

void JudgementTableModel::confirm(int row)
{
    if (row < 0 || row >= rowCount() || !needsReview(record(row)))
        return;
    JudgementRecord after = record(row);
    after.status = ReviewStatus::Confirmed;
    pushEdit(row, after, tr("Confirm %1").arg(after.area));
}

void JudgementTableModel::setJudgement(int row, Judgement judgement)
{
    JudgementRecord after = record(row);
    after.judgement = judgement;
    if (after.status != ReviewStatus::AddedByHand)
        after.status = ReviewStatus::Corrected;
    pushEdit(row, after, tr("Set %1 to %2").arg(after.area, judgementLabel(judgement)));
}

void JudgementTableModel::repoint(int row, int page, const QRectF &box, const QString &printed)
{
    JudgementRecord after = record(row);
    after.page = page;
    after.box = box;
    if (!printed.isEmpty())
        after.printed = printed;
    if (after.status != ReviewStatus::AddedByHand)
        after.status = ReviewStatus::Corrected;
    pushEdit(row, after, tr("Re-point %1 to page %2").arg(after.area).arg(page));
}

} // namespace inspectdesk
