#include "ReviewWorkspace.h"

#include "AppSettings.h"
#include "DocumentPane.h"
#include "DocumentView.h"
#include "FirstStartHint.h"
#include "GradeDialog.h"
#include "HistoryView.h"
#include "ImportController.h"
#include "JudgementTableModel.h"
#include "LibraryView.h"
#include "ReportForm.h"
#include "ReportLibraryModel.h"
#include "Session.h"
#include "WarningsModel.h"
#include "review/ReviewDocument.h"
#include "review/ReviewRules.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QListView>
#include <QMainWindow>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace inspectdesk {

ReviewWorkspace::ReviewWorkspace(Session &session, QWidget *parent)
    : QWidget(parent), mSession(session), mReviewDoc(session.review()), mLibrary(new LibraryView(session, this)),
      mDocument(new DocumentPane(this)), mForm(new ReportForm(session, this)),
      mWarnings(new WarningsModel(session.review(), this)), mWarningsView(new QListView(this)),
      mHistory(new HistoryView(session, this)), mSideTabs(new QTabWidget(this)),
      mImport(new ImportController(session, this)), mHint(new FirstStartHint(this))
{
    setObjectName(QStringLiteral("ReviewWorkspace"));
    setAcceptDrops(true);
    mWarningsView->setObjectName(QStringLiteral("WarningsView"));
    mWarningsView->setAccessibleName(tr("Warnings"));
    mWarningsView->setModel(mWarnings);
    mWarningsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mWarningsView->setWordWrap(true);
    mSideTabs->setAccessibleName(tr("Warnings and history"));
    mSideTabs->addTab(mWarningsView, tr("&Warnings"));
    mSideTabs->addTab(mHistory, tr("Hi&story"));

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(mForm);
    right->addWidget(mSideTabs);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(mLibrary);
    splitter->addWidget(mDocument);
    splitter->addWidget(right);
    // The document gets most of the width, the form the rest and the library what its
    // council, year and progress need; a wider screen goes 3:2 to document and form.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({250, 560, 470});
    // Where the reviewer last dragged them, kept as soon as they are dragged.
    splitter->setObjectName(QStringLiteral("ReviewSplitter"));
    right->setObjectName(QStringLiteral("FormSplitter"));
    const AppSettings settings;
    splitter->restoreState(settings.reviewSplitter());
    right->restoreState(settings.reviewFormSplitter());
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { AppSettings().setReviewSplitter(splitter->saveState()); });
    connect(right, &QSplitter::splitterMoved, this,
            [right] { AppSettings().setReviewFormSplitter(right->saveState()); });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(mHint);
    layout->addWidget(splitter, 1); // the hint keeps its own height

    connect(&mSession, &Session::databaseOpened, this, [this] {
        mDocument->view()->clear();
        mDocument->documentChanged();
        mLibrary->refresh();
        updateRecentReports();
        openDefaultReport();
    });
    connect(&mSession, &Session::reportsChanged, this, [this](qint64 reportId) {
        if (reportId > 0 && mLibrary->updateReport(reportId))
            return; // one report's review changed: its row only
        mLibrary->refresh();
        openDefaultReport(); // e.g. a new database just seeded with the samples
    });
    connect(mLibrary, &LibraryView::reportActivated, this, [this](qint64 id) { openReport(id); });
    connect(mForm, &ReportForm::currentJudgementChanged, this, &ReviewWorkspace::onCurrentJudgementChanged);
    connect(mDocument->view(), &DocumentView::markClicked, this, &ReviewWorkspace::onMarkClicked);
    connect(mDocument->view(), &DocumentView::selectionChanged, this, &ReviewWorkspace::updateActions);
    connect(mDocument->view(), &DocumentView::textScanFinished, this, [this] {
        QList<int> pages;
        for (int p : mDocument->view()->pagesWithoutText())
            pages << p + 1;
        mForm->setPagesWithoutText(pages, mDocument->view()->pageCount());
    });
    connect(mWarningsView, &QListView::activated, this, [this](const QModelIndex &i) { onWarningActivated(i.row()); });
    connect(mWarningsView, &QListView::clicked, this, [this](const QModelIndex &i) { onWarningActivated(i.row()); });
    connect(&mReviewDoc, &ReviewDocument::judgementChanged, this, [this](qint64, ReviewDocument::Changes changes) {
        if (changes & ReviewDocument::SourceChanged)
            updateMarks();
        mHistory->refresh();
    });
    const auto rowsChanged = [this] {
        updateMarks();
        mHistory->refresh();
    };
    connect(&mReviewDoc, &ReviewDocument::judgementAdded, this, rowsChanged);
    connect(&mReviewDoc, &ReviewDocument::judgementRemoved, this, rowsChanged);
    connect(&mReviewDoc, &ReviewDocument::fieldsChanged, mHistory, &HistoryView::refresh);
    connect(&mReviewDoc, &ReviewDocument::writeFailed, this, &ReviewWorkspace::onWriteFailed);
    connect(mImport, &ImportController::finished, this, &ReviewWorkspace::onImportFinished);
}

ReviewWorkspace::~ReviewWorkspace() = default;

qint64 ReviewWorkspace::currentReportId() const
{
    return mReviewDoc.id();
}
DocumentView *ReviewWorkspace::documentView() const
{
    return mDocument->view();
}

void ReviewWorkspace::status(const QString &text)
{
    if (auto *main = qobject_cast<QMainWindow *>(window()))
        main->statusBar()->showMessage(text, 6000);
}

// --- opening -------------------------------------------------------------------------------------

void ReviewWorkspace::openReport(qint64 reportId, qint64 judgementId)
{
    if (reportId != mReviewDoc.id() || !mReviewDoc.isOpen()) {
        if (!mReviewDoc.load(reportId)) {
            status(tr("Report %1 is not in this database").arg(reportId));
            return;
        }
        DocumentView *view = mDocument->view();
        if (!view->setDocument(mSession.store().documentBytes(reportId)))
            mForm->setDocumentUnreadable();
        mDocument->documentChanged();
        updateMarks();
        mLibrary->selectReport(reportId);
        const StoredReport &r = mReviewDoc.report();
        AppSettings().addRecentReport(
            {mSession.displayLocation(), reportId, r.content.council, r.content.kind, r.content.assessmentYear});
        updateRecentReports();
    }
    if (judgementId > 0)
        mForm->selectJudgement(judgementId);
    else if (mForm->model()->rowCount() > 0)
        stepUnreviewed(+1); // start where the work is
    if (mForm->currentRow() < 0)
        mForm->selectRow(0);
    mHistory->showHistory(reportId, mForm->currentJudgementId());
    updateActions();
}

// With nothing open, open the last report reviewed in this database, else the first listed.
void ReviewWorkspace::openDefaultReport()
{
    if (mReviewDoc.isOpen() || mLibrary->model()->rowCount() == 0)
        return;
    for (const RecentReport &recent : AppSettings().recentReports(mSession.displayLocation()))
        if (mLibrary->model()->rowOf(recent.id) >= 0)
            return openReport(recent.id);
    const QModelIndex first = mLibrary->proxy()->index(0, 0);
    openReport(first.data(ReportLibraryModel::ReportIdRole).toLongLong());
}

void ReviewWorkspace::reloadReport()
{
    const qint64 id = mReviewDoc.id();
    const qint64 judgement = mForm->currentJudgementId();
    if (!id)
        return;
    mReviewDoc.close();
    openReport(id, judgement);
    status(tr("Report reloaded from the database"));
}

void ReviewWorkspace::updateMarks()
{
    QList<DocumentView::Mark> marks;
    for (const JudgementRecord &j : mReviewDoc.judgements())
        if (j.hasSource())
            marks.append({j.id, j.page - 1, j.box});
    mDocument->view()->setMarks(marks);
    mDocument->view()->setSelectedMark(mForm->currentJudgementId());
}

// --- linking ---------------------------------------------------------------------------------------

void ReviewWorkspace::onCurrentJudgementChanged(qint64 judgementId)
{
    DocumentView *view = mDocument->view();
    const int row = mForm->model()->rowOf(judgementId);
    view->setSelectedMark(judgementId);
    mHistory->showHistory(mReviewDoc.id(), judgementId);
    updateActions();
    if (row < 0 || mSelectingFromDocument)
        return;
    const JudgementRecord &j = mForm->model()->record(row);
    if (j.hasSource())
        view->showBox(j.page - 1, j.box);
    else
        status(tr("%1: no source found in the document").arg(j.area));
}

void ReviewWorkspace::onMarkClicked(qint64 judgementId)
{
    mSelectingFromDocument = true; // the document is already showing it: don't scroll
    mForm->selectJudgement(judgementId);
    mSelectingFromDocument = false;
}

void ReviewWorkspace::onWarningActivated(int row)
{
    if (row < 0 || row >= mWarnings->rowCount())
        return;
    const WarningsModel::Issue &issue = mWarnings->issue(row);
    if (issue.judgementId) {
        mForm->selectJudgement(issue.judgementId);
        mForm->table()->setFocus();
    } else if (issue.page > 0) {
        if (issue.box.isNull())
            mDocument->view()->goToPage(issue.page - 1);
        else
            mDocument->view()->showBox(issue.page - 1, issue.box);
    }
}

// --- keyboard flow and edits ---------------------------------------------------------------------

void ReviewWorkspace::stepUnreviewed(int direction)
{
    const JudgementTableModel *model = mForm->model();
    const int count = model->rowCount();
    const int start = mForm->currentRow();
    for (int step = 1; step <= count; ++step) {
        const int row = ((start < 0 ? (direction > 0 ? -1 : 0) : start) + direction * step + count * step) % count;
        if (review::needsReview(model->record(row))) {
            mForm->selectRow(row);
            return;
        }
    }
    if (count > 0)
        status(tr("Every judgement in this report is reviewed"));
}

void ReviewWorkspace::nextUnreviewed()
{
    mHint->noteUsed(QStringLiteral("next"));
    stepUnreviewed(+1);
}
void ReviewWorkspace::previousUnreviewed()
{
    stepUnreviewed(-1);
}

void ReviewWorkspace::confirmCurrent()
{
    if (mForm->currentRow() < 0)
        return;
    mReviewDoc.confirm(mForm->currentJudgementId());
    mHint->noteUsed(QStringLiteral("confirm"));
    stepUnreviewed(+1);
}

void ReviewWorkspace::jumpToDocument()
{
    const int row = mForm->currentRow();
    if (row >= 0 && mForm->model()->record(row).hasSource()) {
        const JudgementRecord &j = mForm->model()->record(row);
        mDocument->view()->showBox(j.page - 1, j.box);
    }
    mDocument->view()->setFocus();
}

// Asks for the grade first, suggesting the one printed at the end of the selection.
void ReviewWorkspace::addJudgementFromSelection()
{
    DocumentView *view = mDocument->view();
    if (!mReviewDoc.isOpen() || view->selectionPage() < 0)
        return;
    const DocumentSelection selection{view->selectionPage() + 1, view->selectionBox(), view->selectedText()};
    const qint64 beside = mForm->currentJudgementId();
    const Judgement suggested = review::gradeAtEnd(mReviewDoc.scaleBeside(beside), selection.text);
    auto *dialog = new GradeDialog(
        GradeDialog::AddJudgement,
        tr("Selected on page %1: \"%2\"").arg(selection.page).arg(selection.text.simplified().left(120)), suggested,
        this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, selection, beside] {
        const ReviewResult result = mReviewDoc.addFromSelection(selection, dialog->grade(), beside, dialog->area());
        if (!result.ok())
            return; // shown by onWriteFailed; the selection stays for another try
        mDocument->view()->setSelection(-1, QRectF());
        mForm->selectJudgement(result.judgementId);
        mForm->table()->setFocus();
    });
    openDialog(dialog);
}

void ReviewWorkspace::correctCurrentWithComment()
{
    const qint64 id = mForm->currentJudgementId();
    const JudgementRecord *j = mReviewDoc.judgement(id);
    if (!j)
        return;
    auto *dialog =
        new GradeDialog(GradeDialog::Correction, tr("%1, printed \"%2\"").arg(j->area, j->printed), j->judgement, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id] {
        mReviewDoc.correct(id, dialog->grade(), dialog->comment());
        mForm->table()->setFocus();
    });
    openDialog(dialog);
}

// Opened, not exec()'d, like the message boxes: tests drive them through their widgets.
void ReviewWorkspace::openDialog(GradeDialog *dialog)
{
    if (mGradeDialog)
        mGradeDialog->close();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Back to the window, where the handlers put the focus (the table).
    connect(dialog, &QDialog::finished, this, [this] { window()->activateWindow(); });
    mGradeDialog = dialog;
    dialog->open();
}

void ReviewWorkspace::repointToSelection()
{
    DocumentView *view = mDocument->view();
    const qint64 id = mForm->currentJudgementId();
    if (!id || view->selectionPage() < 0)
        return;
    if (mReviewDoc.repoint(id, {view->selectionPage() + 1, view->selectionBox(), QString()}).ok())
        view->setSelection(-1, QRectF());
    mForm->selectJudgement(id);
}

void ReviewWorkspace::removeCurrent()
{
    const int row = mForm->currentRow();
    if (row < 0)
        return;
    mReviewDoc.remove(mForm->currentJudgementId());
    mForm->selectRow(std::min(row, mForm->model()->rowCount() - 1));
}

void ReviewWorkspace::onWriteFailed(const ReviewResult &result)
{
    const bool conflict = result.outcome == ReviewResult::Conflict;
    auto *box = new QMessageBox(conflict ? QMessageBox::Warning : QMessageBox::Critical,
                                conflict ? tr("Changed elsewhere") : tr("Could not save"),
                                conflict ? tr("This report was changed in another window or program since "
                                              "you opened it, so your change was not saved.\n\n%1")
                                               .arg(result.message)
                                         : tr("Your change was not saved.\n\n%1").arg(result.message),
                                QMessageBox::Close, this);
    if (conflict && result.reportId == mReviewDoc.id()) {
        QPushButton *reload = box->addButton(tr("&Reload Report"), QMessageBox::AcceptRole);
        box->setDefaultButton(reload);
        connect(reload, &QPushButton::clicked, this, &ReviewWorkspace::reloadReport);
    }
    showMessage(box);
}

// Dialogs are opened, not exec()'d: the window keeps working and tests are not blocked.
void ReviewWorkspace::showMessage(QMessageBox *box)
{
    if (mMessage)
        mMessage->close();
    box->setAttribute(Qt::WA_DeleteOnClose);
    mMessage = box;
    box->open();
}

} // namespace inspectdesk
