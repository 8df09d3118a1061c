#pragma once

#include "store/StoreTypes.h"

#include <QUndoCommand>

namespace inspectdesk {

class ReviewDocument;

// The review document's undo commands. redo() and undo() write through the document, so
// each step (each undo too) stores its history rows. A write that fails (changed elsewhere,
// database error) marks the command obsolete so the stack drops it.

class JudgementEditCommand : public QUndoCommand
{
public:
    JudgementEditCommand(ReviewDocument *document, qint64 reportId, const JudgementRecord &before,
                         const JudgementRecord &after, const QString &text, const QString &comment);
    void redo() override;
    void undo() override;

private:
    ReviewDocument *mDocument;
    qint64 mReportId;
    JudgementRecord mBefore;
    JudgementRecord mAfter;
    QString mComment;
};

class AddJudgementCommand : public QUndoCommand
{
public:
    AddJudgementCommand(ReviewDocument *document, qint64 reportId, const JudgementRecord &judgement);
    void redo() override;
    void undo() override;
    qint64 judgementId() const { return mId; }

private:
    ReviewDocument *mDocument;
    qint64 mReportId;
    JudgementRecord mJudgement;
    qint64 mId = 0;
};

class RemoveJudgementCommand : public QUndoCommand
{
public:
    RemoveJudgementCommand(ReviewDocument *document, qint64 reportId, const JudgementRecord &judgement);
    void redo() override;
    void undo() override;

private:
    ReviewDocument *mDocument;
    qint64 mReportId;
    qint64 mId;
};

class ReportFieldsCommand : public QUndoCommand
{
public:
    ReportFieldsCommand(ReviewDocument *document, qint64 reportId, const ReportFields &before,
                        const ReportFields &after);
    void redo() override;
    void undo() override;

private:
    ReviewDocument *mDocument;
    qint64 mReportId;
    ReportFields mBefore;
    ReportFields mAfter;
};

} // namespace inspectdesk
