#include "OpenReport.h"

#include "Session.h"

namespace inspectdesk {

OpenReport::OpenReport(Session &session, QObject *parent) : QObject(parent), mSession(session)
{
    connect(&mSession, &Session::databaseOpened, this, [this] {
        mJudgementRevisions.clear();
        mReportRevisions.clear();
        close();
    });
}

bool OpenReport::load(qint64 reportId)
{
    const auto stored = mSession.isOpen() ? mSession.store().report(reportId) : std::nullopt;
    if (!stored)
        return false;
    mReport = *stored;
    mReportRevisions.insert(mReport.id, mReport.revision);
    for (const JudgementRecord &j : std::as_const(mReport.content.judgements))
        mJudgementRevisions.insert(j.id, j.revision);
    emit loaded();
    return true;
}

void OpenReport::close()
{
    mReport = StoredReport();
    emit loaded();
}

int OpenReport::rowOf(qint64 judgementId) const
{
    const auto &list = mReport.content.judgements;
    for (int i = 0; i < list.size(); ++i)
        if (list[i].id == judgementId)
            return i;
    return -1;
}

void OpenReport::failed(qint64 reportId)
{
    emit writeFailed(reportId, mSession.store().lastError(), mSession.store().lastWasConflict());
}

int OpenReport::writeJudgement(qint64 reportId, const JudgementRecord &before, const JudgementRecord &after)
{
    JudgementRecord from = before;
    from.revision = mJudgementRevisions.value(before.id, before.revision);
    const int revision = mSession.store().updateJudgement(from, after, mSession.reviewer());
    if (revision < 0) {
        failed(reportId);
        return -1;
    }
    mJudgementRevisions.insert(before.id, revision);
    if (reportId == mReport.id) {
        const int row = rowOf(before.id);
        if (row >= 0) {
            JudgementRecord &stored = mReport.content.judgements[row];
            stored = after;
            stored.id = before.id;
            stored.revision = revision;
            emit judgementChanged(row);
        }
    }
    mSession.notifyReportsChanged(reportId);
    return revision;
}

qint64 OpenReport::addJudgement(qint64 reportId, const JudgementRecord &judgement)
{
    const qint64 id = mSession.store().addJudgement(reportId, judgement, mSession.reviewer());
    if (!id) {
        failed(reportId);
        return 0;
    }
    if (reportId == mReport.id)
        reloadJudgements();
    mSession.notifyReportsChanged(reportId);
    return id;
}

bool OpenReport::setRemoved(qint64 reportId, qint64 judgementId, bool removed)
{
    int expected = mJudgementRevisions.value(judgementId, -1);
    if (expected < 0 && reportId == mReport.id && rowOf(judgementId) >= 0)
        expected = mReport.content.judgements[rowOf(judgementId)].revision;
    const int revision = mSession.store().setJudgementRemoved(judgementId, expected, removed, mSession.reviewer());
    if (revision < 0) {
        failed(reportId);
        return false;
    }
    // Kept even while the row is hidden, so undoing the removal is checked the same way.
    mJudgementRevisions.insert(judgementId, revision);
    if (reportId == mReport.id)
        reloadJudgements();
    mSession.notifyReportsChanged(reportId);
    return true;
}

int OpenReport::writeFields(qint64 reportId, const ReportFields &before, const ReportFields &after)
{
    const int expected = mReportRevisions.value(reportId, reportId == mReport.id ? mReport.revision : 0);
    const int revision = mSession.store().updateReportFields(reportId, expected, before, after, mSession.reviewer());
    if (revision < 0) {
        failed(reportId);
        return -1;
    }
    mReportRevisions.insert(reportId, revision);
    if (reportId == mReport.id) {
        mReport.revision = revision;
        mReport.content.council = after.council;
        mReport.content.kind = after.kind;
        mReport.content.assessmentYear = after.assessmentYear;
        mReport.content.published = after.published;
        emit fieldsChanged();
    }
    mSession.notifyReportsChanged(reportId);
    return revision;
}

// Added or removed rows: the stored list is the truth (ids, order, removed flags).
void OpenReport::reloadJudgements()
{
    const auto stored = mSession.store().report(mReport.id);
    if (!stored)
        return;
    mReport.content.judgements = stored->content.judgements;
    for (const JudgementRecord &j : std::as_const(mReport.content.judgements))
        mJudgementRevisions.insert(j.id, j.revision);
    emit judgementsReset();
}

} // namespace inspectdesk
