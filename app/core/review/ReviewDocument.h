#pragma once

#include "store/StoreTypes.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

namespace inspectdesk {

class ReportStore;

// What a review operation did, or why it could not.
struct ReviewResult
{
    enum Outcome {
        Done,
        Unchanged,     // nothing to do (already confirmed, same value)
        Conflict,      // another reviewer changed it since it was read: nothing was written
        DatabaseError, // the write failed: nothing was written
        NotOpen        // no report, or no such judgement
    };
    Outcome outcome = NotOpen;
    QString message;
    qint64 reportId = 0;
    qint64 judgementId = 0; // the judgement concerned (the new one after an add)
    bool ok() const { return outcome == Done; }
};

// One problem of the open report, like an IDE's problems panel: a stored extraction warning
// or one derived from a judgement (no source, unknown grade, low confidence). Each knows
// where it points, so activating it can jump there.
struct ReviewIssue
{
    QString message;
    qint64 judgementId = 0;
    int page = 0; // 1-based, 0 = none
    QRectF box;
};

// Text selected in the document, to become a judgement or a judgement's new source.
struct DocumentSelection
{
    int page = 0; // 1-based
    QRectF box;
    QString text;
};

// The report under review: its judgements, its issues and the undo stack every edit goes
// through. Each operation is one undo command whose redo and undo write the value and its
// history rows in one store transaction; the review rules (review::) are applied here and
// nowhere else. Views listen to the typed change signals and update what they name.
class ReviewDocument : public QObject
{
    Q_OBJECT
public:
    // Which parts of a judgement a change touched.
    enum Change { GradeChanged = 1, StatusChanged = 2, SourceChanged = 4, TextChanged = 8 };
    Q_DECLARE_FLAGS(Changes, Change)

    explicit ReviewDocument(QObject *parent = nullptr);
    ~ReviewDocument() override;

    // The store to read and write (null = none); clears the undo stack and closes the report.
    void setStore(ReportStore *store);
    void setReviewer(const QString &name) { mReviewer = name; }
    QString reviewer() const;
    QUndoStack *undoStack() { return &mUndoStack; }

    bool load(qint64 reportId); // false when the report does not exist
    void close();
    bool isOpen() const { return mReport.id > 0; }
    qint64 id() const { return mReport.id; }
    const StoredReport &report() const { return mReport; }
    const QList<JudgementRecord> &judgements() const { return mReport.content.judgements; }
    int rowOf(qint64 judgementId) const;
    const JudgementRecord *judgement(qint64 judgementId) const;
    const QList<ReviewIssue> &issues() const { return mIssues; }
    int reviewedCount() const;
    // The scale a grade added beside this judgement (0 = none) is read on.
    Scale scaleBeside(qint64 judgementId) const;

    // Review operations on the open report; each is one undo command.
    ReviewResult confirm(qint64 judgementId);
    ReviewResult correct(qint64 judgementId, Judgement judgement, const QString &comment = QString());
    ReviewResult editText(qint64 judgementId, const QString &area, const QString &printed);
    ReviewResult repoint(qint64 judgementId, const DocumentSelection &source);
    // A judgement the reader missed, in the section and scale of the one beside it; not
    // reviewed until confirmed.
    ReviewResult addFromSelection(const DocumentSelection &source, Judgement judgement, qint64 besideJudgementId,
                                  const QString &area);
    ReviewResult remove(qint64 judgementId);
    ReviewResult editFields(const ReportFields &after);

signals:
    void loaded(); // another report (or none) is open
    void judgementChanged(qint64 judgementId, inspectdesk::ReviewDocument::Changes changes);
    void judgementAdded(qint64 judgementId);   // now in judgements()
    void judgementRemoved(qint64 judgementId); // no longer in judgements()
    void fieldsChanged();
    void issuesChanged();
    // Something of this report was stored (also for reports no longer open, by undo).
    void reportChanged(qint64 reportId);
    // An operation, undo or redo failed; nothing was written.
    void writeFailed(const inspectdesk::ReviewResult &result);

private:
    friend class JudgementEditCommand;
    friend class AddJudgementCommand;
    friend class RemoveJudgementCommand;
    friend class ReportFieldsCommand;

    // The writes the commands make; each sets mLastResult.
    bool writeJudgement(qint64 reportId, const JudgementRecord &before, const JudgementRecord &after,
                        const QString &comment);
    qint64 insertJudgement(qint64 reportId, const JudgementRecord &judgement);
    bool writeRemoved(qint64 reportId, qint64 judgementId, bool removed);
    bool writeFields(qint64 reportId, const ReportFields &before, const ReportFields &after);

    ReviewResult pushEdit(const JudgementRecord &before, const JudgementRecord &after, const QString &text,
                          const QString &comment = QString());
    ReviewResult push(class QUndoCommand *command, qint64 judgementId);
    bool failed(qint64 reportId, qint64 judgementId);
    void reloadJudgements(qint64 addedOrRemoved, bool added);
    void rebuildIssues();

    ReportStore *mStore = nullptr;
    QString mReviewer;
    QUndoStack mUndoStack;
    StoredReport mReport;
    QList<ReviewIssue> mIssues;
    ReviewResult mLastResult;
    // Latest revision this document read or wrote, per judgement and report, so undo after
    // switching reports is still checked against changes made elsewhere.
    QHash<qint64, int> mJudgementRevisions;
    QHash<qint64, int> mReportRevisions;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ReviewDocument::Changes)

} // namespace inspectdesk
