#pragma once

#include "model/ExtractedReport.h"

#include <QAbstractTableModel>

namespace inspectdesk {

class OpenReport;

// The open report's judgements as a table. Edits (area, printed grade, judgement) become
// undo commands on the session's stack rather than writes here.
class JudgementTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SectionColumn,
        AreaColumn,
        PrintedColumn,
        JudgementColumn,
        StatusColumn,
        ConfidenceColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role { JudgementIdRole = Qt::UserRole + 1, NeedsReviewRole };
    static constexpr double kLowConfidence = 0.6;

    explicit JudgementTableModel(OpenReport &report, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const JudgementRecord &record(int row) const;
    int rowOf(qint64 judgementId) const;
    static bool needsReview(const JudgementRecord &j) { return j.status == ReviewStatus::Extracted; }

    // Review actions, each one undo command.
    void confirm(int row);
    void setJudgement(int row, Judgement judgement);
    void repoint(int row, int page, const QRectF &box, const QString &printed);

private:
    void pushEdit(int row, const JudgementRecord &after, const QString &text);
    OpenReport &mReport;
};

} // namespace inspectdesk
