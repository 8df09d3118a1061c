// The review workspace's edits from the document, driven through the real widgets: words
// selected with the mouse on a rendered page become a new judgement or the new source of an
// existing one, a judgement is removed, each with history rows and undone through the
// session's stack; and edits that meet a change made by another connection (an edit in the
// table, an undo, a re-point) or a refused insert show it and overwrite nothing.
#include "ReviewFixture.h"

#include "review/DocumentView.h"
#include "review/GradeDialog.h"
#include "review/JudgementTableModel.h"
#include "review/ReportForm.h"

#include <QAction>
#include <QComboBox>
#include <QMouseEvent>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QUndoStack>

using namespace inspectdesk;

class TestReviewEdits : public QObject
{
    Q_OBJECT
    test::ReviewFixture mFixture;
    MainWindow *mWindow = nullptr;
    ReviewWorkspace *mReview = nullptr;

    qint64 openJar()
    {
        mWindow = mFixture.openWindow(QString::fromLatin1(QTest::currentTestFunction()));
        mReview = mWindow->reviewWorkspace();
        const qint64 id = mFixture.reportId(QStringLiteral("stockton-on-tees_jar_2008.pdf"));
        mReview->openReport(id);
        return id;
    }
    JudgementTableModel *model() const { return mReview->form()->model(); }
    DocumentView *view() const { return mReview->documentView(); }
    ReportStore &store() const { return mWindow->session().store(); }
    QUndoStack *stack() const { return mWindow->session().undoStack(); }
    int rowWithSourceAfterPage(int page) const
    {
        for (int row = 0; row < model()->rowCount(); ++row)
            if (model()->record(row).hasSource() && model()->record(row).page > page)
                return row;
        return -1;
    }
    QSet<qint64> storedIds(qint64 reportId) const
    {
        QSet<qint64> ids;
        const std::optional<StoredReport> report = store().report(reportId);
        for (const JudgementRecord &j : report->content.judgements)
            ids.insert(j.id);
        return ids;
    }
    // A word of at least five letters on a page, outside every judgement's box.
    TextWord wordOutsideMarks(int page) const
    {
        for (const TextWord &w : view()->pageText(page)->words()) {
            bool inMark = false;
            for (int row = 0; row < model()->rowCount(); ++row) {
                const JudgementRecord &j = model()->record(row);
                inMark |= j.page - 1 == page && j.box.intersects(w.box);
            }
            if (!inMark && w.text.size() >= 5 && w.text.front().isLetter())
                return w;
        }
        return {};
    }
    // Drags the mouse over a box on a page as a reviewer would: press beside its top left,
    // move across, release beside its bottom right.
    void dragOver(int page, const QRectF &box)
    {
        view()->showBox(page, box);
        QTRY_VERIFY_WITH_TIMEOUT(view()->isPageReady(page), 10000);
        const QRect r = view()->viewportRect(page, box).adjusted(-3, -3, 3, 3);
        QVERIFY(view()->viewport()->rect().contains(r));
        QWidget *port = view()->viewport();
        QTest::mousePress(port, Qt::LeftButton, {}, r.topLeft());
        for (const QPoint &at : {r.center(), r.bottomRight()}) {
            QMouseEvent move(QEvent::MouseMove, QPointF(at), port->mapToGlobal(QPointF(at)), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(port, &move);
        }
        QTest::mouseRelease(port, Qt::LeftButton, {}, r.bottomRight());
    }
    bool hasHistory(qint64 reportId, qint64 judgementId, const QString &field, const QString &newValue) const
    {
        for (const HistoryEntry &e : store().history(reportId, judgementId))
            if (e.field == field && e.newValue == newValue && e.changedBy == QLatin1String("Tess Reviewer"))
                return true;
        return false;
    }
    // Another program's change to one judgement, through its own connection.
    void changeElsewhere(const JudgementRecord &seen, Judgement judgement)
    {
        Database other;
        QVERIFY(other.open(mWindow->session().location()));
        ReportStore theirStore(other);
        JudgementRecord before = *theirStore.judgement(seen.id);
        JudgementRecord theirs = before;
        theirs.judgement = judgement;
        theirs.status = ReviewStatus::Corrected;
        QVERIFY(theirStore.updateJudgement(before, theirs, QStringLiteral("someone else")) > 0);
    }
    void expectConflictShown()
    {
        QMessageBox *box = mReview->messageBox();
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("changed in another window")), qPrintable(box->text()));
        box->close();
    }

    // The add asks for the grade; accepting takes what it suggests.
    void acceptGradeDialog()
    {
        GradeDialog *dialog = mReview->gradeDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->accept();
    }

private slots:
    void initTestCase() { QVERIFY(mFixture.init()); }
    void cleanup() { mFixture.closeWindow(); }

    void addFromMouseSelectionWritesHistoryAndUndoes()
    {
        const qint64 reportId = openJar();
        const int neighbour = rowWithSourceAfterPage(1);
        QVERIFY(neighbour >= 0);
        mReview->form()->selectRow(neighbour);
        const int page = model()->record(neighbour).page - 1;
        QTRY_VERIFY_WITH_TIMEOUT(view()->allTextRead(), 10000);
        const TextWord word = wordOutsideMarks(page);
        QVERIFY2(!word.text.isEmpty(), "a word outside the judgement boxes");
        QAction *add = mReview->action(QStringLiteral("addFromSelection"));
        QVERIFY(!add->isEnabled()); // nothing selected yet

        dragOver(page, word.box);
        QCOMPARE(view()->selectionPage(), page);
        QCOMPARE(view()->selectedText(), word.text);
        const QRectF selected = view()->selectionBox();
        QCOMPARE(selected, word.box); // snapped to the word, not the dragged rectangle
        QVERIFY(add->isEnabled());

        const QSet<qint64> before = storedIds(reportId);
        const int rows = model()->rowCount();
        const int undoCount = stack()->count();
        add->trigger();
        QVERIFY(storedIds(reportId) == before); // nothing stored until the grade is given
        acceptGradeDialog();
        const QSet<qint64> after = storedIds(reportId);
        QCOMPARE(after.size(), before.size() + 1);
        const qint64 newId = *(after - before).cbegin();
        const JudgementRecord added = *store().judgement(newId);
        QCOMPARE(added.page, page + 1);
        QCOMPARE(added.box, selected);
        QCOMPARE(added.printed, word.text);
        QCOMPARE(added.status, ReviewStatus::AddedByHand);
        QCOMPARE(added.section, model()->record(neighbour).section);
        QVERIFY(hasHistory(reportId, newId, QStringLiteral("added"), QStringLiteral("New judgement: ") + word.text));
        QCOMPARE(model()->rowCount(), rows + 1);
        QCOMPARE(mReview->form()->currentJudgementId(), newId);
        QCOMPARE(view()->selectionPage(), -1);
        QCOMPARE(stack()->count(), undoCount + 1);

        stack()->undo();
        QCOMPARE(storedIds(reportId), before);
        QCOMPARE(model()->rowCount(), rows);
        QCOMPARE(model()->rowOf(newId), -1);
        QVERIFY(hasHistory(reportId, newId, QStringLiteral("removed"), QStringLiteral("removed")));
        stack()->redo(); // the same row comes back, its history one thread
        QCOMPARE(storedIds(reportId), after);
        QVERIFY(model()->rowOf(newId) >= 0);
        QVERIFY(hasHistory(reportId, newId, QStringLiteral("removed"), QStringLiteral("present")));
    }

    void repointToMouseSelectionWritesHistoryAndUndoes()
    {
        const qint64 reportId = openJar();
        const int row = rowWithSourceAfterPage(1);
        QVERIFY(row >= 0);
        const JudgementRecord original = model()->record(row);
        mReview->form()->selectRow(row);
        QTRY_VERIFY_WITH_TIMEOUT(view()->allTextRead(), 10000);
        const TextWord word = wordOutsideMarks(0); // on the first page, the judgement is later
        QVERIFY(!word.text.isEmpty());
        dragOver(0, word.box);
        QCOMPARE(view()->selectionPage(), 0);
        QVERIFY(mReview->action(QStringLiteral("repoint"))->isEnabled());
        const int historyCount = int(store().history(reportId, original.id).size());

        mReview->action(QStringLiteral("repoint"))->trigger();
        JudgementRecord stored = *store().judgement(original.id);
        QCOMPARE(stored.page, 1);
        QCOMPARE(stored.box, word.box);
        QCOMPARE(stored.status, ReviewStatus::Corrected);
        QCOMPARE(stored.judgement, original.judgement);
        QVERIFY(hasHistory(reportId, original.id, QStringLiteral("page"), QStringLiteral("1")));
        QCOMPARE(model()->record(row).page, 1);
        QCOMPARE(mReview->form()->currentJudgementId(), original.id);
        QCOMPARE(view()->selectedMark(), original.id);
        QCOMPARE(view()->currentPage(), 0); // the view follows the judgement to its new place
        const int afterRepoint = int(store().history(reportId, original.id).size());
        QVERIFY(afterRepoint > historyCount);

        stack()->undo();
        stored = *store().judgement(original.id);
        QCOMPARE(stored.page, original.page);
        QCOMPARE(stored.box, original.box);
        QCOMPARE(stored.status, original.status);
        QCOMPARE(model()->record(row).page, original.page);
        QCOMPARE(model()->record(row).box, original.box);
        QVERIFY(hasHistory(reportId, original.id, QStringLiteral("page"), QString::number(original.page)));
        QCOMPARE(int(store().history(reportId, original.id).size()), 2 * afterRepoint - historyCount);
    }

    void removeWritesHistoryAndUndoes()
    {
        const qint64 reportId = openJar();
        const int row = 2;
        const JudgementRecord gone = model()->record(row);
        const int rows = model()->rowCount();
        mReview->form()->selectRow(row);
        QVERIFY(QTest::qWaitForWindowActive(mWindow));
        QTest::keySequence(mWindow, QKeySequence(Qt::CTRL | Qt::Key_Delete)); // Review > Remove

        QVERIFY(!storedIds(reportId).contains(gone.id));
        QVERIFY(store().judgement(gone.id)); // flagged, not deleted
        QVERIFY(hasHistory(reportId, gone.id, QStringLiteral("removed"), QStringLiteral("removed")));
        QCOMPARE(model()->rowCount(), rows - 1);
        QCOMPARE(model()->rowOf(gone.id), -1);
        QCOMPARE(mReview->form()->currentRow(), row); // the next one is selected
        QVERIFY(!view()->selectedMark() || view()->selectedMark() != gone.id);

        QTest::keySequence(mWindow, QKeySequence::Undo);
        QVERIFY(storedIds(reportId).contains(gone.id));
        QVERIFY(hasHistory(reportId, gone.id, QStringLiteral("removed"), QStringLiteral("present")));
        QCOMPARE(model()->rowCount(), rows);
        QCOMPARE(model()->rowOf(gone.id), row);
        QCOMPARE(model()->record(row).judgement, gone.judgement);
    }

    void editInTableAfterChangeElsewhereOverwritesNothing()
    {
        openJar();
        const int row = 0;
        const JudgementRecord seen = model()->record(row);
        changeElsewhere(seen, Judgement::Inadequate);
        const int undoCount = stack()->count();

        // The reviewer picks a grade in the table's combo box.
        mReview->form()->selectRow(row);
        QTableView *table = mReview->form()->table();
        const QModelIndex index = model()->index(row, JudgementTableModel::JudgementColumn);
        table->setCurrentIndex(index);
        table->edit(index);
        auto *combo = table->findChild<QComboBox *>();
        QVERIFY(combo);
        const int item = combo->findData(int(Judgement::Outstanding));
        combo->setCurrentIndex(item);
        emit combo->activated(item);

        QCOMPARE(store().judgement(seen.id)->judgement, Judgement::Inadequate);
        QCOMPARE(stack()->count(), undoCount);
        expectConflictShown();
    }

    void undoAfterChangeElsewhereOverwritesNothing()
    {
        const qint64 reportId = openJar();
        const JudgementRecord seen = model()->record(0);
        const Judgement mine = seen.judgement == Judgement::Good ? Judgement::Adequate : Judgement::Good;
        model()->setJudgement(0, mine);
        QCOMPARE(store().judgement(seen.id)->judgement, mine);
        const int undoCount = stack()->count();
        changeElsewhere(seen, Judgement::Inadequate);
        const int historyCount = int(store().history(reportId, seen.id).size());

        QVERIFY(QTest::qWaitForWindowActive(mWindow));
        QTest::keySequence(mWindow, QKeySequence::Undo);
        QCOMPARE(store().judgement(seen.id)->judgement, Judgement::Inadequate); // theirs kept
        QCOMPARE(int(store().history(reportId, seen.id).size()), historyCount);
        QCOMPARE(stack()->count(), undoCount - 1); // the undo that cannot apply is dropped
        expectConflictShown();
    }

    void repointAfterChangeElsewhereOverwritesNothing()
    {
        const qint64 reportId = openJar();
        const int row = rowWithSourceAfterPage(1);
        QVERIFY(row >= 0);
        const JudgementRecord seen = model()->record(row);
        mReview->form()->selectRow(row);
        QTRY_VERIFY_WITH_TIMEOUT(view()->allTextRead(), 10000);
        dragOver(0, wordOutsideMarks(0).box);
        QCOMPARE(view()->selectionPage(), 0);
        changeElsewhere(seen, Judgement::Inadequate);
        const int historyCount = int(store().history(reportId, seen.id).size());

        QVERIFY(QTest::qWaitForWindowActive(mWindow));
        QTest::keySequence(mWindow, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)); // Review > Re-point
        const JudgementRecord stored = *store().judgement(seen.id);
        QCOMPARE(stored.page, seen.page);
        QCOMPARE(stored.box, seen.box);
        QCOMPARE(stored.judgement, Judgement::Inadequate);
        QCOMPARE(int(store().history(reportId, seen.id).size()), historyCount);
        expectConflictShown();
    }

    void removeAfterChangeElsewhereOverwritesNothing()
    {
        const qint64 reportId = openJar();
        const JudgementRecord seen = model()->record(0);
        mReview->form()->selectRow(0);
        changeElsewhere(seen, Judgement::Inadequate);
        const int historyCount = int(store().history(reportId, seen.id).size());
        const int rows = model()->rowCount();
        const int undoCount = stack()->count();

        mReview->action(QStringLiteral("remove"))->trigger();
        const JudgementRecord stored = *store().judgement(seen.id);
        QCOMPARE(stored.judgement, Judgement::Inadequate); // theirs kept, and not removed
        QVERIFY(storedIds(reportId).contains(seen.id));
        QCOMPARE(int(store().history(reportId, seen.id).size()), historyCount);
        QCOMPARE(model()->rowCount(), rows);
        QCOMPARE(stack()->count(), undoCount);
        expectConflictShown();
    }

    void refusedAddIsShownAndKeepsSelection()
    {
        const qint64 reportId = openJar();
        QTRY_VERIFY_WITH_TIMEOUT(view()->allTextRead(), 10000);
        const TextWord word = wordOutsideMarks(0);
        dragOver(0, word.box);
        QCOMPARE(view()->selectionPage(), 0);
        {
            // Another program makes the database refuse new judgements.
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("refuser"));
            other.setDatabaseName(mWindow->session().location());
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON judgements "
                                          "BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("refuser"));
        const QSet<qint64> before = storedIds(reportId);
        const int rows = model()->rowCount();
        const int undoCount = stack()->count();

        mReview->action(QStringLiteral("addFromSelection"))->trigger();
        acceptGradeDialog();
        QCOMPARE(storedIds(reportId), before);
        QCOMPARE(model()->rowCount(), rows);
        QCOMPARE(stack()->count(), undoCount);
        QCOMPARE(view()->selectionPage(), 0); // kept for another try
        QMessageBox *box = mReview->messageBox();
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("refused by test")), qPrintable(box->text()));
    }
};

QTEST_MAIN(TestReviewEdits)
#include "tst_reviewedits.moc"
