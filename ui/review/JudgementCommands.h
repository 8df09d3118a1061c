#pragma once

#include "store/StoreTypes.h"

#include <QUndoCommand>

namespace inspectdesk {

class OpenReport;

// Every review edit is one of these on the session's undo stack. redo()/undo() write through
// OpenReport, so each step (including each undo) stores its history row. A write that fails
// (e.g. the row was changed elsewhere) marks the command obsolete so the stack drops it.

class EditJudgementCommand : public QUndoCommand
{
public:
    EditJudgementCommand(OpenReport *report, qint64 reportId, const JudgementRecord &before,
                         const JudgementRecord &after, const QString &text);
    void redo() override;
    void undo() override;

private:
    OpenReport *mReport;
    qint64 mReportId;
    JudgementRecord mBefore;
    JudgementRecord mAfter;
};

class AddJudgementCommand : public QUndoCommand
{
public:
    AddJudgementCommand(OpenReport *report, qint64 reportId, const JudgementRecord &judgement);
    void redo() override;
    void undo() override;
    qint64 judgementId() const { return mId; }

private:
    OpenReport *mReport;
    qint64 mReportId;
    JudgementRecord mJudgement;
    qint64 mId = 0;
};

class RemoveJudgementCommand : public QUndoCommand
{
public:
    RemoveJudgementCommand(OpenReport *report, qint64 reportId, const JudgementRecord &judgement);
    void redo() override;
    void undo() override;

private:
    OpenReport *mReport;
    qint64 mReportId;
    qint64 mId;
};

class EditReportFieldsCommand : public QUndoCommand
{
public:
    EditReportFieldsCommand(OpenReport *report, qint64 reportId, const ReportFields &before, const ReportFields &after);
    void redo() override;
    void undo() override;

private:
    OpenReport *mReport;
    qint64 mReportId;
    ReportFields mBefore;
    ReportFields mAfter;
};

} // namespace inspectdesk
