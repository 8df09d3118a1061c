#include "ReviewDocument.h"

#include "ReviewCommands.h"
#include "ReviewRules.h"
#include "store/ReportStore.h"

#include <QCoreApplication>
#include <algorithm>

namespace inspectdesk {

namespace {
// Texts keep the translation contexts of the widgets they were first written in.
QString commandText(const char *text)
{
    return QCoreApplication::translate("inspectdesk::JudgementTableModel", text);
}
QString issueText(const char *text)
{
    return QCoreApplication::translate("inspectdesk::WarningsModel", text);
}

ReviewDocument::Changes changesBetween(const JudgementRecord &a, const JudgementRecord &b)
{
    ReviewDocument::Changes c;
    if (a.judgement != b.judgement || a.scale != b.scale)
        c |= ReviewDocument::GradeChanged;
    if (a.status != b.status)
        c |= ReviewDocument::StatusChanged;
    if (a.page != b.page || a.box != b.box)
        c |= ReviewDocument::SourceChanged;
    if (a.area != b.area || a.printed != b.printed || a.section != b.section || a.key != b.key)
        c |= ReviewDocument::TextChanged;
    return c;
}
} // namespace

ReviewDocument::ReviewDocument(QObject *parent) : QObject(parent) {}

ReviewDocument::~ReviewDocument()
{
    mUndoStack.clear(); // commands write through this document
}

void ReviewDocument::setStore(ReportStore *store)
{
    mUndoStack.clear(); // commands refer to the previous store's rows
    mJudgementRevisions.clear();
    mReportRevisions.clear();
    mStore = store;
    close();
}

QString ReviewDocument::reviewer() const
{
    return mReviewer.isEmpty() ? currentReviewer() : mReviewer;
}

bool ReviewDocument::load(qint64 reportId)
{
    const auto stored = mStore ? mStore->report(reportId) : std::nullopt;
    if (!stored)
        return false;
    mReport = *stored;
    mReportRevisions.insert(mReport.id, mReport.revision);
    for (const JudgementRecord &j : std::as_const(mReport.content.judgements))
        mJudgementRevisions.insert(j.id, j.revision);
    rebuildIssues();
    emit loaded();
    return true;
}

void ReviewDocument::close()
{
    mReport = StoredReport();
    mIssues.clear();
    emit loaded();
}

int ReviewDocument::rowOf(qint64 judgementId) const
{
    const auto &list = mReport.content.judgements;
    for (int i = 0; i < list.size(); ++i)
        if (list[i].id == judgementId)
            return i;
    return -1;
}

const JudgementRecord *ReviewDocument::judgement(qint64 judgementId) const
{
    const int row = rowOf(judgementId);
    return row < 0 ? nullptr : &mReport.content.judgements[row];
}

int ReviewDocument::reviewedCount() const
{
    const auto &list = judgements();
    return int(
        std::count_if(list.cbegin(), list.cend(), [](const JudgementRecord &j) { return !review::needsReview(j); }));
}

Scale ReviewDocument::scaleBeside(qint64 judgementId) const
{
    if (const JudgementRecord *beside = judgement(judgementId); beside && beside->scale != Scale::Unknown)
        return beside->scale;
    // Else the scale most of the report's grades were read on.
    QHash<Scale, int> counts;
    for (const JudgementRecord &j : judgements())
        if (j.scale != Scale::Unknown)
            ++counts[j.scale];
    Scale best = Scale::Words;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > counts.value(best))
            best = it.key();
    return best;
}

// --- operations ----------------------------------------------------------------------------------

ReviewResult ReviewDocument::push(QUndoCommand *command, qint64 judgementId)
{
    mLastResult = {ReviewResult::Done, QString(), mReport.id, judgementId};
    // A command whose write failed made itself obsolete: the stack drops it, and mLastResult
    // (set by the write) says why.
    mUndoStack.push(command);
    return mLastResult;
}

ReviewResult ReviewDocument::pushEdit(const JudgementRecord &before, const JudgementRecord &after, const QString &text,
                                      const QString &comment)
{
    if (!changesBetween(before, after))
        return {ReviewResult::Unchanged, QString(), mReport.id, before.id};
    return push(new JudgementEditCommand(this, mReport.id, before, after, text, comment), before.id);
}

ReviewResult ReviewDocument::confirm(qint64 judgementId)
{
    const JudgementRecord *j = judgement(judgementId);
    if (!j)
        return {ReviewResult::NotOpen, QString(), mReport.id, judgementId};
    if (!review::needsReview(*j))
        return {ReviewResult::Unchanged, QString(), mReport.id, judgementId};
    return pushEdit(*j, review::confirmed(*j),
                    commandText(QT_TRANSLATE_NOOP("inspectdesk::JudgementTableModel", "Confirm %1")).arg(j->area));
}

ReviewResult ReviewDocument::correct(qint64 judgementId, Judgement value, const QString &comment)
{
    const JudgementRecord *j = judgement(judgementId);
    if (!j)
        return {ReviewResult::NotOpen, QString(), mReport.id, judgementId};
    if (j->judgement == value)
        return {ReviewResult::Unchanged, QString(), mReport.id, judgementId};
    JudgementRecord after = *j;
    after.judgement = value;
    return pushEdit(*j, review::corrected(after),
                    commandText(QT_TRANSLATE_NOOP("inspectdesk::JudgementTableModel", "Set %1 to %2"))
                        .arg(j->area, judgementLabel(value)),
                    comment);
}

ReviewResult ReviewDocument::editText(qint64 judgementId, const QString &area, const QString &printed)
{
    const JudgementRecord *j = judgement(judgementId);
    if (!j)
        return {ReviewResult::NotOpen, QString(), mReport.id, judgementId};
    JudgementRecord after = *j;
    after.area = area.trimmed();
    after.printed = printed.trimmed();
    if (after.area == j->area && after.printed == j->printed)
        return {ReviewResult::Unchanged, QString(), mReport.id, judgementId};
    return pushEdit(*j, review::corrected(after),
                    commandText(QT_TRANSLATE_NOOP("inspectdesk::JudgementTableModel", "Edit %1")).arg(after.area));
}

ReviewResult ReviewDocument::repoint(qint64 judgementId, const DocumentSelection &source)
{
    const JudgementRecord *j = judgement(judgementId);
    if (!j || source.page <= 0)
        return {ReviewResult::NotOpen, QString(), mReport.id, judgementId};
    JudgementRecord after = *j;
    after.page = source.page;
    after.box = source.box;
    if (!source.text.isEmpty())
        after.printed = source.text.simplified().left(80);
    return pushEdit(*j, review::corrected(after),
                    commandText(QT_TRANSLATE_NOOP("inspectdesk::JudgementTableModel", "Re-point %1 to page %2"))
                        .arg(j->area)
                        .arg(source.page));
}

ReviewResult ReviewDocument::addFromSelection(const DocumentSelection &source, Judgement value,
                                              qint64 besideJudgementId, const QString &area)
{
    if (!isOpen() || source.page <= 0)
        return {ReviewResult::NotOpen, QString(), mReport.id, 0};
    JudgementRecord j;
    if (const JudgementRecord *beside = judgement(besideJudgementId))
        j.section = beside->section; // a missed grade is usually in its neighbour's section
    j.scale = scaleBeside(besideJudgementId);
    j.printed = source.text.simplified().left(80);
    j.area = area.trimmed();
    j.judgement = value;
    j.page = source.page;
    j.box = source.box;
    j.confidence = 1.0;
    j.status = ReviewStatus::AddedByHand;
    auto *command = new AddJudgementCommand(this, mReport.id, j);
    ReviewResult result = push(command, 0);
    if (result.ok())
        result.judgementId = command->judgementId();
    return result;
}

ReviewResult ReviewDocument::remove(qint64 judgementId)
{
    const JudgementRecord *j = judgement(judgementId);
    if (!j)
        return {ReviewResult::NotOpen, QString(), mReport.id, judgementId};
    return push(new RemoveJudgementCommand(this, mReport.id, *j), judgementId);
}

ReviewResult ReviewDocument::editFields(const ReportFields &after)
{
    if (!isOpen())
        return {ReviewResult::NotOpen, QString(), 0, 0};
    const ReportFields before = mReport.fields();
    if (after == before)
        return {ReviewResult::Unchanged, QString(), mReport.id, 0};
    return push(new ReportFieldsCommand(this, mReport.id, before, after), 0);
}

// --- writes (from the commands) ------------------------------------------------------------------

bool ReviewDocument::failed(qint64 reportId, qint64 judgementId)
{
    mLastResult = {mStore->lastWasConflict() ? ReviewResult::Conflict : ReviewResult::DatabaseError,
                   mStore->lastError(), reportId, judgementId};
    emit writeFailed(mLastResult);
    return false;
}

bool ReviewDocument::writeJudgement(qint64 reportId, const JudgementRecord &before, const JudgementRecord &after,
                                    const QString &comment)
{
    JudgementRecord from = before;
    from.revision = mJudgementRevisions.value(before.id, before.revision);
    const int revision = mStore->updateJudgement(from, after, reviewer(), comment);
    if (revision < 0)
        return failed(reportId, before.id);
    mJudgementRevisions.insert(before.id, revision);
    if (reportId == mReport.id) {
        const int row = rowOf(before.id);
        if (row >= 0) {
            JudgementRecord &stored = mReport.content.judgements[row];
            const Changes changes = changesBetween(stored, after);
            stored = after;
            stored.id = before.id;
            stored.revision = revision;
            rebuildIssues();
            emit judgementChanged(before.id, changes);
        }
    }
    emit reportChanged(reportId);
    return true;
}

qint64 ReviewDocument::insertJudgement(qint64 reportId, const JudgementRecord &judgement)
{
    const qint64 id = mStore->addJudgement(reportId, judgement, reviewer());
    if (!id)
        return failed(reportId, 0), 0;
    if (reportId == mReport.id)
        reloadJudgements(id, true);
    emit reportChanged(reportId);
    return id;
}

bool ReviewDocument::writeRemoved(qint64 reportId, qint64 judgementId, bool removed)
{
    int expected = mJudgementRevisions.value(judgementId, -1);
    if (expected < 0 && reportId == mReport.id && judgement(judgementId))
        expected = judgement(judgementId)->revision;
    const int revision = mStore->setJudgementRemoved(judgementId, expected, removed, reviewer());
    if (revision < 0)
        return failed(reportId, judgementId);
    // Kept even while the row is hidden, so undoing the removal is checked the same way.
    mJudgementRevisions.insert(judgementId, revision);
    if (reportId == mReport.id)
        reloadJudgements(judgementId, !removed);
    emit reportChanged(reportId);
    return true;
}

bool ReviewDocument::writeFields(qint64 reportId, const ReportFields &before, const ReportFields &after)
{
    const int expected = mReportRevisions.value(reportId, reportId == mReport.id ? mReport.revision : 0);
    const int revision = mStore->updateReportFields(reportId, expected, before, after, reviewer());
    if (revision < 0)
        return failed(reportId, 0);
    mReportRevisions.insert(reportId, revision);
    if (reportId == mReport.id) {
        mReport.revision = revision;
        mReport.content.council = after.council;
        mReport.content.kind = after.kind;
        mReport.content.assessmentYear = after.assessmentYear;
        mReport.content.published = after.published;
        emit fieldsChanged();
    }
    emit reportChanged(reportId);
    return true;
}

// Added or removed rows: the stored list is the truth (ids, order, removed flags).
void ReviewDocument::reloadJudgements(qint64 addedOrRemoved, bool added)
{
    const auto stored = mStore->report(mReport.id);
    if (!stored)
        return;
    mReport.content.judgements = stored->content.judgements;
    for (const JudgementRecord &j : std::as_const(mReport.content.judgements))
        mJudgementRevisions.insert(j.id, j.revision);
    rebuildIssues();
    if (added)
        emit judgementAdded(addedOrRemoved);
    else
        emit judgementRemoved(addedOrRemoved);
}

// Stored warnings and the ones derived from unreviewed judgements, merged into one list.
void ReviewDocument::rebuildIssues()
{
    QList<ReviewIssue> issues;
    const auto &list = judgements();
    for (const ExtractionWarning &w : mReport.content.warnings) {
        ReviewIssue issue{w.message, 0, w.page, w.box};
        for (const JudgementRecord &j : list)
            if (!w.key.isEmpty() && j.key == w.key)
                issue.judgementId = j.id;
        issues.append(issue);
    }
    for (const JudgementRecord &j : list) {
        if (!review::needsReview(j))
            continue; // a reviewer has looked at it
        const QString area = j.area.isEmpty() ? j.key : j.area;
        if (!j.hasSource())
            issues.append(
                {issueText(QT_TRANSLATE_NOOP("inspectdesk::WarningsModel", "%1: no source found in the document"))
                     .arg(area),
                 j.id,
                 j.page,
                 {}});
        if (j.judgement == Judgement::Unknown)
            issues.append({issueText(QT_TRANSLATE_NOOP("inspectdesk::WarningsModel",
                                                       "%1: printed grade \"%2\" does not fit the scale"))
                               .arg(area, j.printed),
                           j.id, j.page, j.box});
        else if (review::hasLowConfidence(j))
            issues.append({issueText(QT_TRANSLATE_NOOP("inspectdesk::WarningsModel", "%1: low confidence (%2%)"))
                               .arg(area)
                               .arg(qRound(j.confidence * 100)),
                           j.id, j.page, j.box});
    }
    if (issues.size() == mIssues.size() &&
        std::equal(issues.cbegin(), issues.cend(), mIssues.cbegin(), [](const ReviewIssue &a, const ReviewIssue &b) {
            return a.message == b.message && a.judgementId == b.judgementId && a.page == b.page && a.box == b.box;
        }))
        return;
    mIssues = issues;
    emit issuesChanged();
}

} // namespace inspectdesk
