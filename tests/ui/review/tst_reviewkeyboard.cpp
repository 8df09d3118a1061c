// A whole review of one sample report from the keyboard, through the real window: next
// unreviewed, confirm, correct with a reason, add a judgement from a keyboard selection
// (find, Enter, Shift+End), undo, redo, and the reason in History; the focus is asserted
// at each step, so no step leaves the reviewer stranded.
#include "ReviewFixture.h"

#include "review/DocumentView.h"
#include "review/GradeCombo.h"
#include "review/GradeDialog.h"
#include "review/HistoryView.h"
#include "review/JudgementTableModel.h"
#include "review/LibraryView.h"
#include "review/ReportForm.h"
#include "review/ReviewRules.h"

#include <QApplication>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QUndoStack>

using namespace inspectdesk;

class TestReviewKeyboard : public QObject
{
    Q_OBJECT
    test::ReviewFixture mFixture;

private slots:
    void initTestCase() { QVERIFY(mFixture.init()); }
    void cleanup() { mFixture.closeWindow(); }

    void wholeReviewWithoutTheMouse()
    {
        MainWindow *window = mFixture.openWindow(QStringLiteral("keyboard"));
        ReviewWorkspace *review = window->reviewWorkspace();
        const qint64 reportId = mFixture.reportId(QStringLiteral("stockton-on-tees_jar_2008.pdf"));
        review->openReport(reportId);
        QVERIFY(QTest::qWaitForWindowActive(window));
        ReportStore &store = window->session().store();
        JudgementTableModel *model = review->form()->model();
        QTableView *table = review->form()->table();
        DocumentView *view = review->documentView();
        QTRY_VERIFY_WITH_TIMEOUT(view->allTextRead(), 10000);

        // Ctrl+T: to the table; F8: the next judgement needing review.
        test::pressOnFocus(Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), table);
        test::pressOnFocus(Qt::Key_F8);
        const qint64 first = review->form()->currentJudgementId();
        QVERIFY(first > 0);
        QVERIFY(review::needsReview(*store.judgement(first)));

        // Ctrl+Return: confirmed, and on to the next.
        test::pressOnFocus(Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(store.judgement(first)->status, ReviewStatus::Confirmed);
        const qint64 second = review->form()->currentJudgementId();
        QVERIFY(second != first);
        QCOMPARE(QApplication::focusWidget(), table);

        // Ctrl+Shift+C: correct with a reason. Down is one grade worse; Enter saves.
        const JudgementRecord before = *store.judgement(second);
        test::pressOnFocus(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        GradeDialog *dialog = review->gradeDialog();
        QVERIFY(dialog);
        QTRY_COMPARE(QApplication::focusWidget(), dialog->gradeCombo());
        QCOMPARE(dialog->grade(), before.judgement);
        test::pressOnFocus(Qt::Key_Down);
        const Judgement worse = dialog->grade();
        QVERIFY(worse != before.judgement);
        QCOMPARE(store.judgement(second)->judgement, before.judgement); // nothing saved by an arrow
        test::pressOnFocus(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog->commentEdit());
        QTest::keyClicks(dialog->commentEdit(), QStringLiteral("summary table on p. 3 says otherwise"));
        test::pressOnFocus(Qt::Key_Return);
        QTRY_VERIFY(!review->gradeDialog());
        QCOMPARE(store.judgement(second)->judgement, worse);
        QCOMPARE(store.judgement(second)->status, ReviewStatus::Corrected);
        QTRY_COMPARE(QApplication::focusWidget(), table);

        // Find a line's first word, make the hit the selection (Enter in the document),
        // extend it to the line's end, add it as a judgement with the suggested grade.
        const TextWord word = view->pageText(0)->words().first();
        test::pressOnFocus(Qt::Key_F, Qt::ControlModifier);
        auto *findEdit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(findEdit);
        QTest::keyClicks(findEdit, word.text);
        test::pressOnFocus(Qt::Key_Return);
        QVERIFY(view->findHitCount() > 0);
        test::pressOnFocus(Qt::Key_D, Qt::ControlModifier); // Review > Jump to Document
        QCOMPARE(QApplication::focusWidget(), view);
        test::pressOnFocus(Qt::Key_Return);
        QVERIFY(view->selectionPage() >= 0);
        const QString oneWord = view->selectedText();
        test::pressOnFocus(Qt::Key_End, Qt::ShiftModifier);
        QVERIFY2(view->selectedText().size() > oneWord.size(), qPrintable(view->selectedText()));
        const int rows = model->rowCount();
        test::pressOnFocus(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        dialog = review->gradeDialog();
        QVERIFY(dialog);
        QTRY_COMPARE(QApplication::focusWidget(), dialog->areaEdit());
        QTest::keyClicks(dialog->areaEdit(), QStringLiteral("Added from the keyboard"));
        test::pressOnFocus(Qt::Key_Return);
        QTRY_VERIFY(!review->gradeDialog());
        QCOMPARE(model->rowCount(), rows + 1);
        const qint64 added = review->form()->currentJudgementId();
        const JudgementRecord addedRecord = *store.judgement(added);
        QCOMPARE(addedRecord.area, QStringLiteral("Added from the keyboard"));
        QCOMPARE(addedRecord.status, ReviewStatus::AddedByHand); // not reviewed until confirmed
        QTRY_COMPARE(QApplication::focusWidget(), table);

        // Ctrl+Z takes the add back, Ctrl+Shift+Z (registered once) redoes it.
        test::pressOnFocus(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(model->rowCount(), rows);
        test::pressOnFocus(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(model->rowCount(), rows + 1);
        QCOMPARE(QApplication::focusWidget(), table);

        // History of the corrected judgement shows the reason.
        review->form()->selectJudgement(second);
        test::pressOnFocus(Qt::Key_S, Qt::AltModifier); // the "Hi&story" tab
        QStandardItemModel *history = review->historyView()->historyModel();
        QStringList comments;
        for (int row = 0; row < history->rowCount(); ++row)
            comments << history->item(row, 5)->text();
        QVERIFY2(comments.contains(QStringLiteral("summary table on p. 3 says otherwise")),
                 qPrintable(comments.join(QLatin1Char('|'))));
    }

    // F2 opens the grade editor on the current grade; arrows only move the choice, best
    // first (Down = worse); Esc leaves the grade as it was, Enter saves.
    void gradeEditorSavesOnlyOnEnter()
    {
        MainWindow *window = mFixture.openWindow(QStringLiteral("gradeeditor"));
        ReviewWorkspace *review = window->reviewWorkspace();
        review->openReport(mFixture.reportId(QStringLiteral("stockton-on-tees_jar_2008.pdf")));
        QVERIFY(QTest::qWaitForWindowActive(window));
        ReportStore &store = window->session().store();
        QTableView *table = review->form()->table();
        test::pressOnFocus(Qt::Key_T, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), table);
        // A judgement graded Good, so Down has somewhere to go.
        JudgementTableModel *model = review->form()->model();
        int row = 0;
        while (row < model->rowCount() && model->record(row).judgement != Judgement::Good)
            ++row;
        QVERIFY(row < model->rowCount());
        review->form()->selectRow(row);
        const qint64 id = review->form()->currentJudgementId();

        test::pressOnFocus(Qt::Key_F2);
        auto *combo = qobject_cast<GradeCombo *>(QApplication::focusWidget());
        QVERIFY(combo);
        QCOMPARE(combo->grade(), Judgement::Good);
        QCOMPARE(combo->itemData(0).toInt(), int(Judgement::Outstanding));
        QCOMPARE(combo->itemData(3).toInt(), int(Judgement::Inadequate));
        test::pressOnFocus(Qt::Key_Down);
        QCOMPARE(combo->grade(), Judgement::Adequate);
        QCOMPARE(store.judgement(id)->judgement, Judgement::Good); // not saved by the arrow
        test::pressOnFocus(Qt::Key_Escape);
        QCOMPARE(store.judgement(id)->judgement, Judgement::Good);
        QCOMPARE(QApplication::focusWidget(), table);

        test::pressOnFocus(Qt::Key_F2);
        QVERIFY(qobject_cast<GradeCombo *>(QApplication::focusWidget()));
        test::pressOnFocus(Qt::Key_Down);
        test::pressOnFocus(Qt::Key_Down);
        QCOMPARE(qobject_cast<GradeCombo *>(QApplication::focusWidget())->grade(), Judgement::Inadequate);
        test::pressOnFocus(Qt::Key_Return); // the delegate commits on the next turn of the event loop
        QTRY_COMPARE(store.judgement(id)->judgement, Judgement::Inadequate);
        QCOMPARE(store.judgement(id)->status, ReviewStatus::Corrected);
        QCOMPARE(QApplication::focusWidget(), table);
    }

    // Only Enter saves: the focus leaving the editor (a click elsewhere), Tab, or a letter
    // typed to pick a grade leave the stored grade as it was.
    void gradeEditorCancelsWithoutEnter()
    {
        MainWindow *window = mFixture.openWindow(QStringLiteral("gradecancel"));
        ReviewWorkspace *review = window->reviewWorkspace();
        review->openReport(mFixture.reportId(QStringLiteral("stockton-on-tees_jar_2008.pdf")));
        QVERIFY(QTest::qWaitForWindowActive(window));
        ReportStore &store = window->session().store();
        QTableView *table = review->form()->table();
        JudgementTableModel *model = review->form()->model();
        int row = 0;
        while (row < model->rowCount() && model->record(row).judgement != Judgement::Good)
            ++row;
        QVERIFY(row < model->rowCount());
        test::pressOnFocus(Qt::Key_T, Qt::ControlModifier);
        review->form()->selectRow(row);
        const qint64 id = review->form()->currentJudgementId();
        const ReviewStatus statusBefore = store.judgement(id)->status;
        const auto editorOpen = [table] { return !table->findChildren<GradeCombo *>().isEmpty(); };

        // Focus loss: the reviewer clicks into the library with a changed choice.
        test::pressOnFocus(Qt::Key_F2);
        QVERIFY(qobject_cast<GradeCombo *>(QApplication::focusWidget()));
        test::pressOnFocus(Qt::Key_Down);
        review->library()->table()->setFocus(Qt::MouseFocusReason);
        QTRY_VERIFY(!editorOpen());
        QCOMPARE(store.judgement(id)->judgement, Judgement::Good);
        QCOMPARE(store.judgement(id)->status, statusBefore);
        QCOMPARE(model->record(row).judgement, Judgement::Good);

        // Tab leaves the editor without saving.
        table->setFocus();
        test::pressOnFocus(Qt::Key_F2);
        QVERIFY(qobject_cast<GradeCombo *>(QApplication::focusWidget()));
        test::pressOnFocus(Qt::Key_Down);
        test::pressOnFocus(Qt::Key_Tab);
        QTRY_VERIFY(!editorOpen());
        QCOMPARE(store.judgement(id)->judgement, Judgement::Good);

        // A letter opens the editor on the grade it starts (Inadequate) but does not save it;
        // Enter then does.
        table->setFocus();
        test::pressOnFocus(Qt::Key_I);
        auto *combo = qobject_cast<GradeCombo *>(QApplication::focusWidget());
        QVERIFY(combo);
        QCOMPARE(combo->grade(), Judgement::Inadequate);
        QTest::qWait(50); // a commit would be queued: give it the chance
        QCOMPARE(store.judgement(id)->judgement, Judgement::Good);
        test::pressOnFocus(Qt::Key_Return);
        QTRY_COMPARE(store.judgement(id)->judgement, Judgement::Inadequate);
        QCOMPARE(QApplication::focusWidget(), table);
    }

    // Tab walks out of the library table instead of moving to (and opening) the next report.
    void tabLeavesTheLibrary()
    {
        MainWindow *window = mFixture.openWindow(QStringLiteral("tabbing"));
        ReviewWorkspace *review = window->reviewWorkspace();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTableView *library = review->library()->table();
        library->setFocus();
        QCOMPARE(QApplication::focusWidget(), library);
        const qint64 open = review->currentReportId();
        QVERIFY(open > 0);
        test::pressOnFocus(Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != library);
        QCOMPARE(review->currentReportId(), open);
        test::pressOnFocus(Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), library);
        QCOMPARE(review->currentReportId(), open);
    }
};

QTEST_MAIN(TestReviewKeyboard)
#include "tst_reviewkeyboard.moc"
