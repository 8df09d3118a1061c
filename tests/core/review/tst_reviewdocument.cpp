// The review document without widgets: every operation writes its value and history rows,
// undoes and redoes through its stack, sends the change events that name what changed, and
// refuses (writing nothing) what another reviewer on a second connection changed first.
#include "SampleReport.h"
#include "review/ReviewDocument.h"
#include "review/ReviewRules.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk;

namespace {
const QByteArray kPdf = QByteArrayLiteral("%PDF-1.4 fake bytes for the review document only\n%%EOF\n");

using Changes = ReviewDocument::Changes;
} // namespace

class TestReviewDocument : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    std::unique_ptr<Database> mDb;
    std::unique_ptr<ReportStore> mStore;
    std::unique_ptr<ReviewDocument> mDoc;
    qint64 mReportId = 0;
    qint64 mA = 0; // overall effectiveness: has a source
    qint64 mB = 0; // being healthy: no source, low confidence

    QString path() const { return mDir.filePath(QStringLiteral("review.sqlite")); }
    JudgementRecord stored(qint64 id) const { return *mStore->judgement(id); }
    QList<HistoryEntry> historyOf(qint64 judgementId, const QString &field) const
    {
        QList<HistoryEntry> rows;
        for (const HistoryEntry &e : mStore->history(mReportId, judgementId))
            if (e.field == field)
                rows << e;
        return rows;
    }
    // Another reviewer's connection to the same file changes a judgement's grade.
    void changeElsewhere(qint64 judgementId, Judgement value)
    {
        Database other;
        QVERIFY2(other.open(path()), qPrintable(other.errorString()));
        ReportStore theirs(other);
        JudgementRecord before = *theirs.judgement(judgementId);
        JudgementRecord after = before;
        after.judgement = value;
        after.status = ReviewStatus::Corrected;
        QVERIFY(theirs.updateJudgement(before, after, QStringLiteral("other reviewer")) > 0);
    }

private slots:
    void init()
    {
        QVERIFY(mDir.isValid());
        QFile::remove(path());
        mDoc.reset();
        mStore.reset();
        mDb = std::make_unique<Database>();
        QVERIFY2(mDb->open(path()), qPrintable(mDb->errorString()));
        mStore = std::make_unique<ReportStore>(*mDb);
        const ImportResult imported = mStore->importReport(kPdf, QStringLiteral("t.pdf"),
                                                           test::sampleReport(Scale::OneIsOutstanding), "importer");
        QCOMPARE(imported.outcome, ImportOutcome::Imported);
        mReportId = imported.reportId;
        mDoc = std::make_unique<ReviewDocument>();
        mDoc->setStore(mStore.get());
        mDoc->setReviewer(QStringLiteral("reviewer one"));
        QSignalSpy loaded(mDoc.get(), &ReviewDocument::loaded);
        QVERIFY(mDoc->load(mReportId));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(mDoc->judgements().size(), 2);
        mA = mDoc->judgements().at(0).id;
        mB = mDoc->judgements().at(1).id;
    }
    void cleanup()
    {
        mDoc.reset();
        mStore.reset();
        mDb.reset();
    }

    void issuesMergeStoredAndDerived()
    {
        const QList<ReviewIssue> &issues = mDoc->issues();
        QStringList messages;
        for (const ReviewIssue &i : issues)
            messages << i.message;
        QCOMPARE(messages, (QStringList{"grade printed twice with different values",
                                        "Being healthy: no source found in the document",
                                        "Being healthy: low confidence (40%)"}));
        QCOMPARE(issues.at(0).judgementId, mA); // the stored warning names its judgement's key
        QCOMPARE(issues.at(0).page, 4);
        QCOMPARE(issues.at(1).judgementId, mB);
    }

    void confirmMarksReviewedWritesHistoryAndUndoes()
    {
        QSignalSpy changed(mDoc.get(), &ReviewDocument::judgementChanged);
        QSignalSpy reportChanged(mDoc.get(), &ReviewDocument::reportChanged);
        QSignalSpy issues(mDoc.get(), &ReviewDocument::issuesChanged);
        QCOMPARE(mDoc->reviewedCount(), 0);
        const ReviewResult result = mDoc->confirm(mB);
        QVERIFY(result.ok());
        QCOMPARE(result.judgementId, mB);
        QCOMPARE(stored(mB).status, ReviewStatus::Confirmed);
        QCOMPARE(mDoc->judgement(mB)->status, ReviewStatus::Confirmed);
        QCOMPARE(mDoc->reviewedCount(), 1);
        QCOMPARE(mStore->reportSummary(mReportId)->reviewedCount, 1);
        const QList<HistoryEntry> rows = historyOf(mB, QStringLiteral("status"));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).oldValue, QStringLiteral("extracted"));
        QCOMPARE(rows.at(0).newValue, QStringLiteral("confirmed"));
        QCOMPARE(rows.at(0).changedBy, QStringLiteral("reviewer one"));
        // One event naming the judgement and that only its status changed.
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toLongLong(), mB);
        QCOMPARE(changed.at(0).at(1).value<Changes>(), Changes(ReviewDocument::StatusChanged));
        QCOMPARE(reportChanged.count(), 1);
        QCOMPARE(reportChanged.at(0).at(0).toLongLong(), mReportId);
        QCOMPARE(issues.count(), 1); // a reviewed judgement raises no derived issue
        QCOMPARE(mDoc->issues().size(), 1);
        // Confirming twice does nothing.
        QCOMPARE(mDoc->confirm(mB).outcome, ReviewResult::Unchanged);
        QCOMPARE(mDoc->undoStack()->count(), 1);

        mDoc->undoStack()->undo();
        QCOMPARE(stored(mB).status, ReviewStatus::Extracted);
        QCOMPARE(mDoc->reviewedCount(), 0);
        QCOMPARE(historyOf(mB, QStringLiteral("status")).size(), 2); // the undo has its row too
        QCOMPARE(mDoc->issues().size(), 3);
        mDoc->undoStack()->redo();
        QCOMPARE(stored(mB).status, ReviewStatus::Confirmed);
        QCOMPARE(historyOf(mB, QStringLiteral("status")).size(), 3);
    }

    void correctSetsCorrectedKeepsCommentAndUndoes()
    {
        QSignalSpy changed(mDoc.get(), &ReviewDocument::judgementChanged);
        const QString why = QStringLiteral("grade 2 printed in the table, 3 in the summary");
        QVERIFY(mDoc->correct(mA, Judgement::Good, why).ok());
        QCOMPARE(stored(mA).judgement, Judgement::Good);
        QCOMPARE(stored(mA).status, ReviewStatus::Corrected);
        const QList<HistoryEntry> grade = historyOf(mA, QStringLiteral("judgement"));
        QCOMPARE(grade.size(), 1);
        QCOMPARE(grade.at(0).oldValue, QStringLiteral("adequate"));
        QCOMPARE(grade.at(0).newValue, QStringLiteral("good"));
        QCOMPARE(grade.at(0).comment, why);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(1).value<Changes>(), ReviewDocument::GradeChanged | ReviewDocument::StatusChanged);
        QCOMPARE(mDoc->correct(mA, Judgement::Good).outcome, ReviewResult::Unchanged);

        mDoc->undoStack()->undo();
        QCOMPARE(stored(mA).judgement, Judgement::Adequate);
        QCOMPARE(stored(mA).status, ReviewStatus::Extracted);
        const QList<HistoryEntry> after = historyOf(mA, QStringLiteral("judgement"));
        QCOMPARE(after.size(), 2);
        QVERIFY(after.at(1).comment.isEmpty()); // the reason was the correction's, not the undo's
        mDoc->undoStack()->redo();
        QCOMPARE(stored(mA).judgement, Judgement::Good);
    }

    void editTextIsACorrection()
    {
        QSignalSpy changed(mDoc.get(), &ReviewDocument::judgementChanged);
        QVERIFY(mDoc->editText(mA, QStringLiteral("  Overall effectiveness of services "), "Grade 3 (adequate)").ok());
        QCOMPARE(stored(mA).area, QStringLiteral("Overall effectiveness of services"));
        QCOMPARE(stored(mA).status, ReviewStatus::Corrected);
        QCOMPARE(changed.at(0).at(1).value<Changes>(), ReviewDocument::TextChanged | ReviewDocument::StatusChanged);
        mDoc->undoStack()->undo();
        QCOMPARE(stored(mA).area, QStringLiteral("Overall effectiveness"));
    }

    void repointMovesTheSourceAndUndoes()
    {
        QSignalSpy changed(mDoc.get(), &ReviewDocument::judgementChanged);
        const QRectF box(100, 200, 50, 10);
        QVERIFY(mDoc->repoint(mB, {7, box, QStringLiteral("Grade 2")}).ok());
        QCOMPARE(stored(mB).page, 7);
        QCOMPARE(stored(mB).box, box);
        QCOMPARE(stored(mB).printed, QStringLiteral("Grade 2"));
        QCOMPARE(stored(mB).status, ReviewStatus::Corrected);
        QVERIFY(changed.at(0).at(1).value<Changes>().testFlag(ReviewDocument::SourceChanged));
        QCOMPARE(historyOf(mB, QStringLiteral("page")).at(0).newValue, QStringLiteral("7"));
        mDoc->undoStack()->undo();
        QCOMPARE(stored(mB).page, 0);
        QVERIFY(stored(mB).box.isNull());
    }

    void addFromSelectionIsUnreviewedUntilConfirmed()
    {
        QSignalSpy added(mDoc.get(), &ReviewDocument::judgementAdded);
        QSignalSpy removed(mDoc.get(), &ReviewDocument::judgementRemoved);
        const DocumentSelection selection{5, QRectF(60, 300, 400, 14),
                                          QStringLiteral("1 Standards of young people's achievement 3")};
        // The grade at the end, on the scale of the judgement beside it (1 = outstanding).
        const Judgement suggested = review::gradeAtEnd(mDoc->scaleBeside(mA), selection.text);
        QCOMPARE(suggested, Judgement::Adequate);
        const ReviewResult result = mDoc->addFromSelection(selection, suggested, mA, QStringLiteral("Standards"));
        QVERIFY(result.ok());
        QVERIFY(result.judgementId > 0);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).toLongLong(), result.judgementId);
        const JudgementRecord j = stored(result.judgementId);
        QCOMPARE(j.section, QStringLiteral("safeguarding"));
        QCOMPARE(j.scale, Scale::OneIsOutstanding);
        QCOMPARE(j.judgement, Judgement::Adequate);
        QCOMPARE(j.page, 5);
        QCOMPARE(j.status, ReviewStatus::AddedByHand);
        QVERIFY(review::needsReview(j));
        QCOMPARE(mDoc->judgements().size(), 3);
        QCOMPARE(mDoc->reviewedCount(), 0);
        QCOMPARE(mStore->reportSummary(mReportId)->reviewedCount, 0);
        // Correcting its grade keeps it "added"; confirming reviews it.
        QVERIFY(mDoc->correct(result.judgementId, Judgement::Good).ok());
        QCOMPARE(stored(result.judgementId).status, ReviewStatus::AddedByHand);
        QVERIFY(mDoc->confirm(result.judgementId).ok());
        QCOMPARE(stored(result.judgementId).status, ReviewStatus::Confirmed);
        QCOMPARE(mDoc->reviewedCount(), 1);

        mDoc->undoStack()->undo(); // confirm
        mDoc->undoStack()->undo(); // correction
        mDoc->undoStack()->undo(); // the add
        QCOMPARE(removed.count(), 1);
        QCOMPARE(mDoc->judgements().size(), 2);
        QCOMPARE(mDoc->rowOf(result.judgementId), -1);
        mDoc->undoStack()->redo(); // the same row comes back
        QCOMPARE(mDoc->rowOf(result.judgementId), 2);
        QCOMPARE(added.count(), 2);
    }

    void removeHidesAndUndoRestores()
    {
        QSignalSpy removed(mDoc.get(), &ReviewDocument::judgementRemoved);
        QVERIFY(mDoc->remove(mB).ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toLongLong(), mB);
        QCOMPARE(mDoc->judgements().size(), 1);
        QCOMPARE(mStore->report(mReportId)->content.judgements.size(), 1);
        QCOMPARE(historyOf(mB, QStringLiteral("removed")).at(0).newValue, QStringLiteral("removed"));
        mDoc->undoStack()->undo();
        QCOMPARE(mDoc->rowOf(mB), 1);
    }

    void editFieldsWritesHistoryAndUndoes()
    {
        QSignalSpy fields(mDoc.get(), &ReviewDocument::fieldsChanged);
        ReportFields after = mDoc->report().fields();
        after.assessmentYear = 2011;
        QVERIFY(mDoc->editFields(after).ok());
        QCOMPARE(fields.count(), 1);
        QCOMPARE(mStore->report(mReportId)->content.assessmentYear, 2011);
        QCOMPARE(mDoc->editFields(after).outcome, ReviewResult::Unchanged);
        mDoc->undoStack()->undo();
        QCOMPARE(mStore->report(mReportId)->content.assessmentYear, 2010);
        QCOMPARE(mDoc->report().content.assessmentYear, 2010);
    }

    void conflictWithAnotherConnectionWritesNothing()
    {
        changeElsewhere(mA, Judgement::Inadequate);
        const int historyRows = int(mStore->history(mReportId, mA).size());
        QSignalSpy failed(mDoc.get(), &ReviewDocument::writeFailed);
        QSignalSpy changed(mDoc.get(), &ReviewDocument::judgementChanged);
        const ReviewResult result = mDoc->correct(mA, Judgement::Outstanding, QStringLiteral("mine"));
        QCOMPARE(result.outcome, ReviewResult::Conflict);
        QVERIFY2(result.message.contains(QLatin1String("changed elsewhere")), qPrintable(result.message));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(stored(mA).judgement, Judgement::Inadequate); // theirs kept
        QCOMPARE(int(mStore->history(mReportId, mA).size()), historyRows);
        QCOMPARE(mDoc->undoStack()->count(), 0); // the failed command is not kept
        QCOMPARE(mDoc->confirm(mA).outcome, ReviewResult::Conflict);
        QCOMPARE(mDoc->remove(mA).outcome, ReviewResult::Conflict);
        // After reloading, the reviewer works on what the other one stored.
        QVERIFY(mDoc->load(mReportId));
        QCOMPARE(mDoc->judgement(mA)->judgement, Judgement::Inadequate);
        QVERIFY(mDoc->correct(mA, Judgement::Outstanding).ok());
        QCOMPARE(stored(mA).judgement, Judgement::Outstanding);
    }

    void undoAfterAnotherConnectionChangedItIsDropped()
    {
        QVERIFY(mDoc->correct(mA, Judgement::Good).ok());
        changeElsewhere(mA, Judgement::Inadequate);
        QSignalSpy failed(mDoc.get(), &ReviewDocument::writeFailed);
        mDoc->undoStack()->undo();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<ReviewResult>().outcome, ReviewResult::Conflict);
        QCOMPARE(stored(mA).judgement, Judgement::Inadequate);
        QCOMPARE(mDoc->undoStack()->count(), 0);
    }

    void databaseErrorIsReported()
    {
        {
            QSqlQuery q(mDb->connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON judgements "
                                          "BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
        }
        const ReviewResult result = mDoc->addFromSelection({1, QRectF(1, 1, 10, 10), QStringLiteral("Good")},
                                                           Judgement::Good, mA, QStringLiteral("x"));
        QCOMPARE(result.outcome, ReviewResult::DatabaseError);
        QVERIFY2(result.message.contains(QLatin1String("refused by test")), qPrintable(result.message));
        QCOMPARE(mDoc->judgements().size(), 2);
        QCOMPARE(mDoc->undoStack()->count(), 0);
    }

    void gradeAtEndReadsTheLastGradeNotTheRowNumber()
    {
        using review::gradeAtEnd;
        const QString line = QStringLiteral("1 Standards of young people's achievement 3");
        QCOMPARE(gradeAtEnd(Scale::FourIsOutstanding, line), Judgement::Good);
        QCOMPARE(gradeAtEnd(Scale::OneIsOutstanding, line), Judgement::Adequate);
        QCOMPARE(gradeAtEnd(Scale::OneIsOutstanding, QStringLiteral("Overall effectiveness Grade 2 (good)")),
                 Judgement::Good);
        QCOMPARE(gradeAtEnd(Scale::OneIsOutstanding, QStringLiteral("Overall effectiveness Grade 2 (adequate)")),
                 Judgement::Unknown); // a number and a word that disagree: no suggestion
        QCOMPARE(gradeAtEnd(Scale::Words, QStringLiteral("Being healthy Requires improvement to be good")),
                 Judgement::Adequate);
        QCOMPARE(gradeAtEnd(Scale::Words, QStringLiteral("Staying safe: outstanding.")), Judgement::Outstanding);
        QCOMPARE(gradeAtEnd(Scale::Words, QStringLiteral("Economic well-being of young people")), Judgement::Unknown);
        QCOMPARE(gradeAtEnd(Scale::FourIsOutstanding, QStringLiteral("Published March 2011")), Judgement::Unknown);
        QCOMPARE(gradeAtEnd(Scale::Unknown, line), Judgement::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestReviewDocument)
#include "tst_reviewdocument.moc"
