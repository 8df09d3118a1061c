#include "ReviewCommands.h"

#include "ReviewDocument.h"

#include <QCoreApplication>

namespace inspectdesk {

JudgementEditCommand::JudgementEditCommand(ReviewDocument *document, qint64 reportId, const JudgementRecord &before,
                                           const JudgementRecord &after, const QString &text, const QString &comment)
    : QUndoCommand(text), mDocument(document), mReportId(reportId), mBefore(before), mAfter(after), mComment(comment)
{
}

void JudgementEditCommand::redo()
{
    if (!mDocument->writeJudgement(mReportId, mBefore, mAfter, mComment))
        setObsolete(true);
}

void JudgementEditCommand::undo()
{
    JudgementRecord from = mAfter;
    from.id = mBefore.id;
    if (!mDocument->writeJudgement(mReportId, from, mBefore, QString()))
        setObsolete(true);
}

// The commands are not QObjects: their texts are translated under one named context.
AddJudgementCommand::AddJudgementCommand(ReviewDocument *document, qint64 reportId, const JudgementRecord &judgement)
    : QUndoCommand(QCoreApplication::translate("JudgementCommands", "Add judgement %1").arg(judgement.area)),
      mDocument(document), mReportId(reportId), mJudgement(judgement)
{
}

void AddJudgementCommand::redo()
{
    // The first redo inserts; later ones restore the same row, so its history stays one thread.
    const bool ok = mId ? mDocument->writeRemoved(mReportId, mId, false)
                        : (mId = mDocument->insertJudgement(mReportId, mJudgement)) != 0;
    if (!ok)
        setObsolete(true);
}

void AddJudgementCommand::undo()
{
    if (!mDocument->writeRemoved(mReportId, mId, true))
        setObsolete(true);
}

RemoveJudgementCommand::RemoveJudgementCommand(ReviewDocument *document, qint64 reportId,
                                               const JudgementRecord &judgement)
    : QUndoCommand(QCoreApplication::translate("JudgementCommands", "Remove judgement %1").arg(judgement.area)),
      mDocument(document), mReportId(reportId), mId(judgement.id)
{
}

void RemoveJudgementCommand::redo()
{
    if (!mDocument->writeRemoved(mReportId, mId, true))
        setObsolete(true);
}

void RemoveJudgementCommand::undo()
{
    if (!mDocument->writeRemoved(mReportId, mId, false))
        setObsolete(true);
}

ReportFieldsCommand::ReportFieldsCommand(ReviewDocument *document, qint64 reportId, const ReportFields &before,
                                         const ReportFields &after)
    : QUndoCommand(QCoreApplication::translate("JudgementCommands", "Edit report fields")), mDocument(document),
      mReportId(reportId), mBefore(before), mAfter(after)
{
}

void ReportFieldsCommand::redo()
{
    if (!mDocument->writeFields(mReportId, mBefore, mAfter))
        setObsolete(true);
}

void ReportFieldsCommand::undo()
{
    if (!mDocument->writeFields(mReportId, mAfter, mBefore))
        setObsolete(true);
}

} // namespace inspectdesk
