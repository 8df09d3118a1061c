#include "JudgementTableModel.h"

#include "charts/Wording.h"
#include "model/ReportKind.h"
#include "review/ReviewDocument.h"
#include "review/ReviewRules.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace inspectdesk {

JudgementTableModel::JudgementTableModel(ReviewDocument &document, QObject *parent)
    : QAbstractTableModel(parent), mDocument(document)
{
    const auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(&mDocument, &ReviewDocument::loaded, this, reset);
    connect(&mDocument, &ReviewDocument::judgementAdded, this, reset);
    connect(&mDocument, &ReviewDocument::judgementRemoved, this, reset);
    connect(&mDocument, &ReviewDocument::judgementChanged, this, [this](qint64 id) {
        const int row = rowOf(id);
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
}

int JudgementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mDocument.judgements().size());
}

int JudgementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const JudgementRecord &JudgementTableModel::record(int row) const
{
    return mDocument.judgements().at(row);
}

int JudgementTableModel::rowOf(qint64 judgementId) const
{
    return mDocument.rowOf(judgementId);
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
    const bool lowConfidence = review::hasLowConfidence(j);
    const bool unreviewed = review::needsReview(j);
    switch (role) {
    case JudgementIdRole:
        return j.id;
    case NeedsReviewRole:
        return unreviewed;
    case ReportKindRole: // whose words the grades are shown in
        return int(mDocument.report().content.kind);
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
            // Ofsted's words in this report's framework ("Requires improvement" in a SIF); the
            // stored value stays the normalised step.
            return j.judgement == Judgement::Unknown ? judgementLabel(j.judgement)
                                                     : judgementWording(mDocument.report().content.kind, j.judgement);
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
        if (unreviewed)
            return QBrush(QColor(255, 246, 200));
        break;
    case Qt::ForegroundRole:
        if (unreviewed || lowConfidence)
            return QBrush(QColor(30, 30, 30)); // readable on the tinted rows in dark themes too
        break;
    case Qt::FontRole:
        if (index.column() == StatusColumn && unreviewed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        // The whole text, for a label still cut in a narrow column.
        if (index.column() == AreaColumn || index.column() == PrintedColumn || index.column() == SectionColumn)
            return data(index, Qt::DisplayRole);
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
    const JudgementRecord &j = record(index.row());
    switch (index.column()) {
    case JudgementColumn: {
        const int v = value.toInt();
        if (v < int(Judgement::Unknown) || v > int(Judgement::Outstanding))
            return false;
        return mDocument.correct(j.id, Judgement(v)).ok();
    }
    case AreaColumn:
        return mDocument.editText(j.id, value.toString(), j.printed).ok();
    case PrintedColumn:
        return mDocument.editText(j.id, j.area, value.toString()).ok();
    }
    return false;
}

void JudgementTableModel::setJudgement(int row, Judgement judgement, const QString &comment)
{
    if (row >= 0 && row < rowCount())
        mDocument.correct(record(row).id, judgement, comment);
}

} // namespace inspectdesk
