// ReviewWorkspace's menus, import and drops (split from ReviewWorkspace.cpp; same class).
#include "ReviewWorkspace.h"

#include "AppSettings.h"
#include "DocumentPane.h"
#include "DocumentView.h"
#include "ImportController.h"
#include "LibraryView.h"
#include "ReportForm.h"
#include "Session.h"
#include "model/ReportKind.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QTableView>

namespace inspectdesk {

void ReviewWorkspace::setupMenus(MainMenus &menus)
{
    auto add = [this](QMenu *menu, const QString &name, const QString &text, const QKeySequence &key, auto slot) {
        QAction *a = menu->addAction(text, this, slot);
        a->setObjectName(name);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        mActions.append(a);
        return a;
    };
    QMenu *file = menus.file;
    QAction *import = file->addAction(tr("&Import Reports…"), this, [this] {
        const QStringList paths =
            QFileDialog::getOpenFileNames(this, tr("Import Reports"), QString(), tr("PDF reports (*.pdf)"));
        importFiles(paths);
    });
    import->setObjectName(QStringLiteral("importReports"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *importFolder = file->addAction(tr("Import &Folder…"), this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"));
        if (!folder.isEmpty())
            importFiles({folder}); // every PDF under it, recursively
    });
    importFolder->setObjectName(QStringLiteral("importFolder"));
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    mRecentReports = file->addMenu(tr("Recent &Reports"));
    mRecentReports->setObjectName(QStringLiteral("recentReports"));
    updateRecentReports();

    QMenu *edit = menus.edit;
    QAction *copy = add(edit, QStringLiteral("copyText"), tr("&Copy Document Text"), QKeySequence::Copy,
                        [this] { documentView()->copySelection(); });
    copy->setShortcutContext(Qt::WidgetShortcut); // the view handles Ctrl+C itself when focused
    add(edit, QStringLiteral("find"), tr("&Find in Document…"), QKeySequence::Find, [this] { mDocument->focusFind(); });
    add(edit, QStringLiteral("findNext"), tr("Find &Next"), QKeySequence(Qt::Key_F3),
        [this] { documentView()->findNext(); });
    add(edit, QStringLiteral("findPrevious"), tr("Find &Previous"), QKeySequence(Qt::SHIFT | Qt::Key_F3),
        [this] { documentView()->findPrevious(); });

    QMenu *view = menus.view;
    add(view, QStringLiteral("zoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn, [this] { documentView()->zoomIn(); });
    add(view, QStringLiteral("zoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut, [this] { documentView()->zoomOut(); });
    add(view, QStringLiteral("fitWidth"), tr("Fit &Width"), QKeySequence(Qt::CTRL | Qt::Key_0),
        [this] { documentView()->fitWidth(); });
    add(view, QStringLiteral("fitPage"), tr("Fit &Page"), QKeySequence(Qt::CTRL | Qt::Key_9),
        [this] { documentView()->fitPage(); });
    add(view, QStringLiteral("filterLibrary"), tr("Filter &Library"), QKeySequence(Qt::CTRL | Qt::Key_L),
        [this] { library()->filterEdit()->setFocus(); });

    QMenu *review = new QMenu(tr("Rev&iew"), menus.bar);
    menus.bar->insertMenu(menus.help ? menus.help->menuAction() : nullptr, review);
    add(review, QStringLiteral("confirm"), tr("&Confirm and Next"), QKeySequence(Qt::CTRL | Qt::Key_Return),
        [this] { confirmCurrent(); });
    add(review, QStringLiteral("nextUnreviewed"), tr("&Next Unreviewed"), QKeySequence(Qt::Key_F8),
        [this] { nextUnreviewed(); });
    add(review, QStringLiteral("previousUnreviewed"), tr("&Previous Unreviewed"), QKeySequence(Qt::SHIFT | Qt::Key_F8),
        [this] { previousUnreviewed(); });
    add(review, QStringLiteral("jumpToDocument"), tr("&Jump to Document"), QKeySequence(Qt::CTRL | Qt::Key_D),
        [this] { jumpToDocument(); });
    add(review, QStringLiteral("backToTable"), tr("Back to &Table"), QKeySequence(Qt::CTRL | Qt::Key_T),
        [this] { mForm->table()->setFocus(); });
    add(review, QStringLiteral("correctWithComment"), tr("C&orrect with Reason…"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { correctCurrentWithComment(); });
    review->addSeparator();
    add(review, QStringLiteral("addFromSelection"), tr("&Add Judgement from Selection"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), [this] { addJudgementFromSelection(); });
    add(review, QStringLiteral("repoint"), tr("&Re-point Judgement to Selection"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] { repointToSelection(); });
    add(review, QStringLiteral("remove"), tr("Re&move Judgement"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
        [this] { removeCurrent(); });
    review->addSeparator();
    add(review, QStringLiteral("reload"), tr("Re&load Report"), QKeySequence(Qt::Key_F5), [this] { reloadReport(); });
    updateActions();
}

QAction *ReviewWorkspace::action(const QString &objectName) const
{
    for (QAction *a : mActions)
        if (a->objectName() == objectName)
            return a;
    return nullptr;
}

void ReviewWorkspace::updateActions()
{
    const bool shown = isVisible();
    const bool row = mForm->currentRow() >= 0;
    const bool selection = documentView()->selectionPage() >= 0;
    for (QAction *a : std::as_const(mActions)) {
        const QString name = a->objectName();
        bool enabled = shown;
        if (name == QLatin1String("confirm") || name == QLatin1String("remove") ||
            name == QLatin1String("jumpToDocument") || name == QLatin1String("correctWithComment"))
            enabled = shown && row;
        else if (name == QLatin1String("addFromSelection"))
            enabled = shown && selection && currentReportId() > 0;
        else if (name == QLatin1String("repoint"))
            enabled = shown && selection && row;
        a->setEnabled(enabled);
    }
}

void ReviewWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateActions();
}

void ReviewWorkspace::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActions();
}

void ReviewWorkspace::updateRecentReports()
{
    if (!mRecentReports)
        return;
    mRecentReports->clear();
    // Only this database's reports can be opened here.
    for (const RecentReport &recent : AppSettings().recentReports(mSession.displayLocation())) {
        const QString kind = reportKindLabel(recent.kind);
        const QString label = recent.year > 0 ? tr("%1, %2 %3").arg(recent.council, kind).arg(recent.year)
                                              : tr("%1, %2").arg(recent.council, kind);
        const qint64 id = recent.id;
        mRecentReports->addAction(label, this, [this, id] { openReport(id); });
    }
    mRecentReports->setEnabled(!mRecentReports->isEmpty());
}

// --- import and drops ------------------------------------------------------------------------------

void ReviewWorkspace::importFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (!mSession.isOpen()) {
        status(tr("Open a database before importing reports"));
        return;
    }
    mImport->start(paths);
}

void ReviewWorkspace::onImportFinished(const QList<ImportResult> &results, bool cancelled)
{
    mLastImportSummary = ImportController::summaryText(results, cancelled, mImport->notRead());
    mSession.notifyReportsChanged();
    // One new report: open it, it is what the reviewer wants to look at next.
    qint64 opened = 0;
    for (const ImportResult &r : results)
        if (r.outcome == ImportOutcome::Imported)
            opened = opened ? -1 : r.reportId;
    if (opened > 0)
        openReport(opened);
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("Import finished"), mLastImportSummary, QMessageBox::Ok, this);
    showMessage(box);
    emit importFinished(results);
}

QStringList ReviewWorkspace::pdfPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile() && (url.toLocalFile().endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ||
                                  QFileInfo(url.toLocalFile()).isDir())) // a folder: the PDFs under it
            paths << url.toLocalFile();
    return paths;
}

void ReviewWorkspace::dragEnterEvent(QDragEnterEvent *event)
{
    if (!pdfPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ReviewWorkspace::dropEvent(QDropEvent *event)
{
    const QStringList paths = pdfPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}

} // namespace inspectdesk
