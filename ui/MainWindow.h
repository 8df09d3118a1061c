#pragma once

#include "MainMenus.h"

#include <QMainWindow>

class QTabWidget;
class QMenu;

namespace inspectdesk {

class Session;
class ReviewWorkspace;
class DashboardView;
class BackgroundRead;

// The application window: the review workspace and the dashboard as tabs, the shared
// menus, the open database, settings and window state.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    // Shows the window: maximised the first time, else where it was left.
    void showAtStart();

    // Opens the database from settings (or the default one), seeding a new one with the
    // bundled sample reports. Shows a dialog on failure.
    void openStartupDatabase(const QString &overrideLocation = QString());
    // Opens a SQLite file or a "postgresql://" location; a PostgreSQL one that cannot be
    // opened (often a missing password) brings up the connect dialog with the reason.
    bool openDatabase(const QString &location);
    // Asks for a shared PostgreSQL database and opens it (prefilled from location).
    bool connectTeamDatabase(const QString &location = QString(), const QString &problem = QString());
    // Every judgement of the open database, with its report (like `inspectdesk export`), XLSX
    // or CSV by the suffix: read and written on a worker thread with its own connection (a
    // national database's workbook takes a moment), the action off meanwhile; ends with
    // judgementsExported.
    void exportJudgements(const QString &path);
    bool isExportingJudgements() const;
    // Report PDFs given on the command line ("Open with InspectDesk"): one already in the
    // open database is opened; new ones are imported only after the reviewer agrees. The
    // files are read and hashed on a worker thread (filesChecked when done).
    void openFiles(const QStringList &paths);

    Session &session() { return *mSession; }
    ReviewWorkspace *reviewWorkspace() const { return mReview; }
    DashboardView *dashboard() const { return mDashboard; }
    QTabWidget *tabs() const { return mTabs; }

signals:
    // The files given to openFiles were looked up: the known one opened, the new ones asked about.
    void filesChecked();
    // An export of judgements ended: written whole, or not at all and why.
    void judgementsExported(const QString &path, bool ok, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void chooseDatabase();
    void newDatabase();
    void chooseJudgementsExport();
    bool openWithoutDialog(const QString &location, QString *error);
    void updateRecentDatabases();
    void showSettings();
    void showAbout();
    void updateTitle();
    void askToImport(const QStringList &paths);
    void checkOpenedFiles();

    Session *mSession;
    QTabWidget *mTabs;
    ReviewWorkspace *mReview;
    DashboardView *mDashboard;
    MainMenus mMenus;
    QMenu *mRecentMenu = nullptr;
    BackgroundRead *mFileCheck;
    BackgroundRead *mJudgementsExport;
    QAction *mExportJudgementsAction = nullptr;
    QStringList mFilesToCheck; // given to openFiles, not yet looked up
};

} // namespace inspectdesk
