#pragma once

#include "GradeDialog.h"
#include "MainMenus.h"
#include "store/StoreTypes.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QListView;
class QMenu;
class QMimeData;
#include <QMessageBox>
class QTabWidget;

namespace inspectdesk {

class Session;
class ReviewDocument;
struct ReviewResult;
class LibraryView;
class DocumentPane;
class DocumentView;
class ReportForm;
class WarningsModel;
class HistoryView;
class ImportController;
class FirstStartHint;

// The review workspace: report library, the document, and the form with the judgement table,
// warnings and history. It links them: a judgement shows its source in the document, a click
// on a source selects its judgement, and text selected in the document can become one.
class ReviewWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewWorkspace(Session &session, QWidget *parent = nullptr);
    ~ReviewWorkspace() override;
    void setupMenus(MainMenus &menus);

    qint64 currentReportId() const;
    LibraryView *library() const { return mLibrary; }
    DocumentPane *documentPane() const { return mDocument; }
    DocumentView *documentView() const;
    ReportForm *form() const { return mForm; }
    QListView *warningsView() const { return mWarningsView; }
    WarningsModel *warningsModel() const { return mWarnings; }
    HistoryView *historyView() const { return mHistory; }
    ImportController *importController() const { return mImport; }
    FirstStartHint *firstStartHint() const { return mHint; }
    QAction *action(const QString &objectName) const; // for tests and the dashboard
    // The last import's summary and the dialog showing it or a conflict (null once closed).
    QString lastImportSummary() const { return mLastImportSummary; }
    QMessageBox *messageBox() const { return mMessage; }
    // The dialog asking for a grade (add from selection, correct with comment), null once closed.
    GradeDialog *gradeDialog() const { return mGradeDialog; }

public slots:
    // Opens a report, selecting a judgement when judgementId > 0.
    void openReport(qint64 reportId, qint64 judgementId = 0);
    // Imports files off the UI thread with a cancellable progress dialog.
    void importFiles(const QStringList &paths);

    void confirmCurrent();
    void nextUnreviewed();
    void previousUnreviewed();
    void jumpToDocument();
    void addJudgementFromSelection();
    void correctCurrentWithComment();
    void repointToSelection();
    void removeCurrent();
    void reloadReport();

signals:
    void importFinished(const QList<inspectdesk::ImportResult> &results);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onCurrentJudgementChanged(qint64 judgementId);
    void onMarkClicked(qint64 judgementId);
    void onWarningActivated(int row);
    void onWriteFailed(const ReviewResult &result);
    void onImportFinished(const QList<ImportResult> &results, bool cancelled);
    void openDefaultReport();
    void updateMarks();
    void updateActions();
    void updateRecentReports();
    void stepUnreviewed(int direction);
    void showMessage(QMessageBox *box);
    void openDialog(GradeDialog *dialog);
    void status(const QString &text);
    static QStringList pdfPaths(const QMimeData *mime);

    Session &mSession;
    ReviewDocument &mReviewDoc;
    LibraryView *mLibrary;
    DocumentPane *mDocument;
    ReportForm *mForm;
    WarningsModel *mWarnings;
    QListView *mWarningsView;
    HistoryView *mHistory;
    QTabWidget *mSideTabs;
    ImportController *mImport;
    FirstStartHint *mHint;
    QList<QAction *> mActions; // review actions: enabled only while this tab is shown
    QMenu *mRecentReports = nullptr;
    QPointer<QMessageBox> mMessage;
    QPointer<GradeDialog> mGradeDialog;
    QString mLastImportSummary;
    bool mSelectingFromDocument = false;
};

} // namespace inspectdesk
