#include "JudgementCommands.h"

#include "OpenReport.h"

#include <QCoreApplication>

namespace inspectdesk {

// The commands are not QObjects: their texts are translated under one named context
// (spelled out at each call so lupdate files them under the same context).
EditJudgementCommand::EditJudgementCommand(OpenReport *report, qint64 reportId, const JudgementRecord &before,
                                           const JudgementRecord &after, const QString &text)
    : QUndoCommand(text), mReport(report), mReportId(reportId), mBefore(before), mAfter(after)
{
}

void EditJudgementCommand::redo()
{
    if (mReport->writeJudgement(mReportId, mBefore, mAfter) < 0)
        setObsolete(true);
}

void EditJudgementCommand::undo()
{
    JudgementRecord from = mAfter;
    from.id = mBefore.id;
    if (mReport->writeJudgement(mReportId, from, mBefore) < 0)
        setObsolete(true);
}

AddJudgementCommand::AddJudgementCommand(OpenReport *report, qint64 reportId, const JudgementRecord &judgement)
    : QUndoCommand(QCoreApplication::translate("JudgementCommands", "Add judgement %1").arg(judgement.area)),
      mReport(report), mReportId(reportId), mJudgement(judgement)
{
}

void AddJudgementCommand::redo()
{
    // The first redo inserts; later ones restore the same row, so its history stays one thread.
    const bool ok =
        mId ? mReport->setRemoved(mReportId, mId, false) : (mId = mReport->addJudgement(mReportId, mJudgement)) != 0;
    if (!ok)
        setObsolete(true);
}

void AddJudgementCommand::undo()
{
    if (!mReport->setRemoved(mReportId, mId, true))
        setObsolete(true);
}

RemoveJudgementCommand::RemoveJudgementCommand(OpenReport *report, qint64 reportId, const JudgementRecord &judgement)
    : QUndoCommand(QCoreApplication::translate("JudgementCommands", "Remove judgement %1").arg(judgement.area)),
      mReport(report), mReportId(reportId), mId(judgement.id)
{
}

void RemoveJudgementCommand::redo()
{
    if (!mReport->setRemoved(mReportId, mId, true))
        setObsolete(true);
}

void RemoveJudgementCommand::undo()
{
    if (!mReport->setRemoved(mReportId, mId, false))
        setObsolete(true);
}

EditReportFieldsCommand::EditReportFieldsCommand(OpenReport *report, qint64 reportId, const ReportFields &before,
                                                 const ReportFields &after)
    : QUndoCommand(QCoreApplication::translate("JudgementCommands", "Edit report fields")), mReport(report),
      mReportId(reportId), mBefore(before), mAfter(after)
{
}

void EditReportFieldsCommand::redo()
{
    if (mReport->writeFields(mReportId, mBefore, mAfter) < 0)
        setObsolete(true);
}

void EditReportFieldsCommand::undo()
{
    if (mReport->writeFields(mReportId, mAfter, mBefore) < 0)
        setObsolete(true);
}

} // namespace inspectdesk
