#pragma once

#include "model/ExtractedReport.h"

#include <QAbstractTableModel>

namespace inspectdesk {

class ReviewDocument;

// The review document's judgements as a table: a thin adapter. Edits (area, printed grade,
// judgement) are the document's operations; rows update when the document says they changed.
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
    enum Role { JudgementIdRole = Qt::UserRole + 1, NeedsReviewRole, ReportKindRole };

    explicit JudgementTableModel(ReviewDocument &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const JudgementRecord &record(int row) const;
    int rowOf(qint64 judgementId) const;
    // The grade of a row, as the document's correction (with the reviewer's reason, if any).
    void setJudgement(int row, Judgement judgement, const QString &comment = QString());

private:
    ReviewDocument &mDocument;
};

} // namespace inspectdesk
