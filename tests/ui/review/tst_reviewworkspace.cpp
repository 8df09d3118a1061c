// The review workspace driven through its real widgets on the sample reports: a selected
// judgement shows its source highlighted, a click on a highlight selects the row, edits go to
// the database with history and undo, and the keyboard flow visits every unreviewed row.
#include "ReviewFixture.h"
#include "review/ReviewRules.h"

#include "review/DocumentView.h"
#include "review/HistoryView.h"
#include "review/JudgementTableModel.h"
#include "review/ReportForm.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QStandardItemModel>
#include <QTableView>
#include <QUndoStack>

using namespace inspectdesk;

namespace {
// Mean colour of an image area.
QColor meanColour(const QImage &image, const QRect &rect)
{
    qint64 r = 0, g = 0, b = 0, n = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y)
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            r += c.red(), g += c.green(), b += c.blue(), ++n;
        }
    return n ? QColor(int(r / n), int(g / n), int(b / n)) : QColor();
}
} // namespace

class TestReviewWorkspace : public QObject
{
    Q_OBJECT
    test::ReviewFixture mFixture;
    MainWindow *mWindow = nullptr;
    ReviewWorkspace *mReview = nullptr;

    // Opens the JAR sample (15 pages, judgements on several pages).
    qint64 openJar()
    {
        mWindow = mFixture.openWindow(QString::fromLatin1(QTest::currentTestFunction()));
        mReview = mWindow->reviewWorkspace();
        const qint64 id = mFixture.reportId(QStringLiteral("stockton-on-tees_jar_2008.pdf"));
        mReview->openReport(id);
        return id;
    }
    JudgementTableModel *model() const { return mReview->form()->model(); }
    // First row with a source on a page after the first one, to prove the view scrolls.
    int rowWithSourceAfterPage(int page) const
    {
        for (int row = 0; row < model()->rowCount(); ++row)
            if (model()->record(row).hasSource() && model()->record(row).page > page)
                return row;
        return -1;
    }
    void clickRow(int row)
    {
        QTableView *table = mReview->form()->table();
        const QModelIndex index = model()->index(row, JudgementTableModel::AreaColumn);
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    }

private slots:
    void initTestCase() { QVERIFY(mFixture.init()); }
    void cleanup() { mFixture.closeWindow(); }

    void selectingRowShowsItsPageWithHighlight()
    {
        QVERIFY(openJar() > 0);
        QVERIFY(model()->rowCount() > 3);
        const int row = rowWithSourceAfterPage(1);
        QVERIFY2(row >= 0, "the JAR sample has judgements with a box");
        const JudgementRecord j = model()->record(row);
        clickRow(row);
        QCOMPARE(mReview->form()->currentJudgementId(), j.id);

        DocumentView *view = mReview->documentView();
        QCOMPARE(view->currentPage(), j.page - 1);
        QCOMPARE(view->selectedMark(), j.id);
        QTRY_VERIFY_WITH_TIMEOUT(view->isPageReady(j.page - 1), 10000);
        const QRect box = view->viewportRect(j.page - 1, j.box);
        QVERIFY(view->viewport()->rect().contains(box));
        const QImage shot = view->viewport()->grab().toImage();
        // The selected judgement's box is painted orange over the page; another one is not.
        const QColor selected = meanColour(shot, box);
        QVERIFY2(selected.red() - selected.blue() > 40, qPrintable(selected.name()));
        for (int other = 0; other < model()->rowCount(); ++other) {
            const JudgementRecord &o = model()->record(other);
            const QRect otherBox = view->viewportRect(o.page - 1, o.box);
            if (o.id != j.id && o.hasSource() && view->viewport()->rect().contains(otherBox) &&
                !otherBox.intersects(box)) {
                const QColor c = meanColour(shot, otherBox);
                QVERIFY2(c.red() - c.blue() < 20, qPrintable(c.name()));
                break;
            }
        }
    }

    void sectionsShownByName()
    {
        // The JAR sample grades its youth service and corporate assessment annexes; the table
        // names them as a reader would, not by their stored ids.
        QVERIFY(openJar() > 0);
        QSet<QString> shown;
        QSet<QString> stored;
        for (int row = 0; row < model()->rowCount(); ++row) {
            shown << model()->index(row, JudgementTableModel::SectionColumn).data().toString();
            stored << model()->record(row).section;
        }
        QVERIFY(stored.contains(QStringLiteral("youth_service")));
        QVERIFY(stored.contains(QStringLiteral("corporate_assessment")));
        QCOMPARE(shown,
                 (QSet<QString>{QString(), QStringLiteral("Youth service"), QStringLiteral("Corporate assessment")}));
    }

    void recentReportsNameTheReportAndReopenIt()
    {
        const qint64 jar = openJar();
        const qint64 apa = mFixture.reportId(QStringLiteral("stockton-on-tees_apa_2008.pdf"));
        mReview->openReport(apa);
        auto *menu = mWindow->findChild<QMenu *>(QStringLiteral("recentReports"));
        QVERIFY(menu);
        QStringList labels;
        for (QAction *a : menu->actions())
            labels << a->text();
        // Newest first; a report without a year (the JAR) is named without one.
        QCOMPARE(labels.mid(0, 2),
                 (QStringList{QStringLiteral("Stockton-on-Tees Borough Council, Annual performance assessment 2008"),
                              QStringLiteral("Stockton-on-Tees, Joint area review")}));
        menu->actions().at(1)->trigger();
        QCOMPARE(mReview->currentReportId(), jar);
    }

    void clickingHighlightSelectsRow()
    {
        QVERIFY(openJar() > 0);
        const int target = rowWithSourceAfterPage(1);
        QVERIFY(target >= 0);
        clickRow(target == 0 ? 1 : 0);
        const JudgementRecord j = model()->record(target);
        QVERIFY(mReview->form()->currentJudgementId() != j.id);
        DocumentView *view = mReview->documentView();
        view->showBox(j.page - 1, j.box);
        const QRect box = view->viewportRect(j.page - 1, j.box);
        QVERIFY(view->viewport()->rect().contains(box.center()));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center());
        QCOMPARE(mReview->form()->currentJudgementId(), j.id);
        QCOMPARE(mReview->form()->currentRow(), target);
        QCOMPARE(view->selectedMark(), j.id);
    }

    void editingGradeWritesDatabaseHistoryAndUndoes()
    {
        const qint64 reportId = openJar();
        const int row = 0;
        const JudgementRecord before = model()->record(row);
        const Judgement changed = before.judgement == Judgement::Adequate ? Judgement::Good : Judgement::Adequate;
        clickRow(row);

        // Edit through the combo box the table opens for the judgement column.
        QTableView *table = mReview->form()->table();
        const QModelIndex index = model()->index(row, JudgementTableModel::JudgementColumn);
        table->setCurrentIndex(index);
        table->edit(index);
        auto *combo = table->findChild<QComboBox *>();
        QVERIFY(combo);
        const int item = combo->findData(int(changed));
        combo->setCurrentIndex(item);
        emit combo->activated(item);

        ReportStore &store = mWindow->session().store();
        QCOMPARE(store.judgement(before.id)->judgement, changed);
        QCOMPARE(store.judgement(before.id)->status, ReviewStatus::Corrected);
        QCOMPARE(model()->index(row, JudgementTableModel::JudgementColumn).data().toString(), judgementLabel(changed));
        QList<HistoryEntry> history = store.history(reportId, before.id);
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.last().field, QStringLiteral("status"));
        const auto judgementRow = std::find_if(history.cbegin(), history.cend(), [](const HistoryEntry &e) {
            return e.field == QLatin1String("judgement");
        });
        QVERIFY(judgementRow != history.cend());
        QCOMPARE(judgementRow->oldValue, judgementId(before.judgement));
        QCOMPARE(judgementRow->newValue, judgementId(changed));
        QCOMPARE(judgementRow->changedBy, QStringLiteral("Tess Reviewer"));
        // The history tab shows the change for the selected judgement, newest first.
        QStandardItemModel *shown = mReview->historyView()->historyModel();
        QCOMPARE(shown->rowCount(), int(history.size()));
        const int historyCount = int(history.size());

        // Ctrl+Z through the window's Edit menu shortcut.
        QVERIFY(QTest::qWaitForWindowActive(mWindow));
        QTest::keySequence(mWindow, QKeySequence::Undo);
        QCOMPARE(store.judgement(before.id)->judgement, before.judgement);
        QCOMPARE(store.judgement(before.id)->status, before.status);
        QCOMPARE(model()->index(row, JudgementTableModel::JudgementColumn).data().toString(),
                 judgementLabel(before.judgement));
        history = store.history(reportId, before.id);
        QCOMPARE(int(history.size()), historyCount * 2); // the undo is recorded, not erased
        QVERIFY(std::any_of(history.cbegin() + historyCount, history.cend(), [&](const HistoryEntry &e) {
            return e.field == QLatin1String("judgement") && e.newValue == judgementId(before.judgement);
        }));
        QCOMPARE(shown->rowCount(), int(history.size()));

        QTest::keySequence(mWindow, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        QCOMPARE(store.judgement(before.id)->judgement, changed);
    }

    void keyboardFlowVisitsEveryUnreviewedRowAndMarksReviewed()
    {
        mWindow = mFixture.openWindow(QStringLiteral("keyboard"));
        mReview = mWindow->reviewWorkspace();
        const qint64 reportId = mFixture.reportId(QStringLiteral("stockton-on-tees_safeguarding-lac_2010.pdf"));
        mReview->openReport(reportId);
        QSet<qint64> unreviewed;
        for (int row = 0; row < model()->rowCount(); ++row)
            if (review::needsReview(model()->record(row)))
                unreviewed.insert(model()->record(row).id);
        QVERIFY(unreviewed.size() > 10);
        QVERIFY(QTest::qWaitForWindowActive(mWindow));
        mReview->form()->table()->setFocus();

        // F8 (Review > Next Unreviewed) walks through them all.
        QSet<qint64> visited{mReview->form()->currentJudgementId()};
        for (int i = 0; i < unreviewed.size(); ++i) {
            QTest::keyClick(mWindow, Qt::Key_F8);
            visited.insert(mReview->form()->currentJudgementId());
        }
        QCOMPARE(visited, unreviewed);
        QCOMPARE(mReview->action(QStringLiteral("nextUnreviewed"))->shortcut(), QKeySequence(Qt::Key_F8));

        // Ctrl+Return confirms and moves on; after the last one the report is reviewed.
        for (int i = 0; i < unreviewed.size(); ++i)
            QTest::keyClick(mWindow, Qt::Key_Return, Qt::ControlModifier);
        ReportStore &store = mWindow->session().store();
        for (qint64 id : std::as_const(unreviewed))
            QCOMPARE(store.judgement(id)->status, ReviewStatus::Confirmed);
        bool reviewed = false;
        for (const ReportSummary &r : store.reports())
            if (r.id == reportId)
                reviewed = r.isReviewed();
        QVERIFY(reviewed);
        QVERIFY(mReview->form()->statusLabel()->text().contains(QStringLiteral("Reviewed")));
    }
};

QTEST_MAIN(TestReviewWorkspace)
#include "tst_reviewworkspace.moc"
