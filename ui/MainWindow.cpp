#include "MainWindow.h"

#include "AppSettings.h"
#include "ConnectDatabaseDialog.h"
#include "Session.h"
#include "SettingsDialog.h"
#include "TableExportDialog.h"
#include "dashboard/DashboardView.h"
#include "export/JudgementsTable.h"
#include "export/TableWriter.h"
#include "import/ReportFile.h"
#include "import/ReportImporter.h"
#include "review/ReviewWorkspace.h"
#include "store/BackgroundRead.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace inspectdesk {

namespace {
// Where a file dialog starts: the open database file's folder, else home.
QString startFolder(const QString &location)
{
    if (location.isEmpty() || Database::isPostgresLocation(location))
        return QDir::homePath();
    return QFileInfo(location).absolutePath();
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), mSession(new Session(this)), mTabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/inspectdesk.svg")));
    mReview = new ReviewWorkspace(*mSession, mTabs);
    mDashboard = new DashboardView(*mSession, mTabs);
    mTabs->setDocumentMode(true);
    mTabs->addTab(mReview, tr("&Review"));
    mTabs->addTab(mDashboard, tr("&Dashboard"));
    mTabs->setAccessibleName(tr("Workspaces"));
    setCentralWidget(mTabs);
    createMenus();
    connect(mDashboard, &DashboardView::openJudgementRequested, this, [this](qint64 reportId, qint64 judgementId) {
        mTabs->setCurrentWidget(mReview);
        mReview->openReport(reportId, judgementId);
    });
    connect(mSession, &Session::databaseOpened, this, &MainWindow::updateTitle);
    mFileCheck = new BackgroundRead(this);
    mJudgementsExport = new BackgroundRead(this);
    connect(this, &MainWindow::judgementsExported, this, [this](const QString &path, bool ok, const QString &error) {
        mExportJudgementsAction->setEnabled(true);
        if (ok)
            statusBar()->showMessage(tr("Judgements exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
        else if (isVisible())
            QMessageBox::critical(this, tr("Export Judgements"), error);
    });
    // Files being looked up in the previous database are looked up in the new one.
    connect(mSession, &Session::databaseOpened, this, [this] {
        if (mFileCheck->isRunning())
            checkOpenedFiles();
    });
    statusBar();
    resize(1280, 800);
    AppSettings settings;
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    mMenus.toolBar->setVisible(!mMenus.toolBar->actions().isEmpty()); // no empty bar
}

MainWindow::~MainWindow() = default;

void MainWindow::showAtStart()
{
    // First start: the whole screen, for the document; later, as the reviewer left it.
    if (AppSettings().windowGeometry().isEmpty()) {
        if (QScreen *screen = QGuiApplication::primaryScreen())
            setGeometry(screen->availableGeometry()); // also where no window manager maximises
        showMaximized();
    } else
        show();
}

void MainWindow::createMenus()
{
    mMenus.bar = menuBar();
    mMenus.file = menuBar()->addMenu(tr("&File"));
    mMenus.edit = menuBar()->addMenu(tr("&Edit"));
    mMenus.view = menuBar()->addMenu(tr("&View"));
    mMenus.toolBar = addToolBar(tr("Main toolbar"));
    mMenus.toolBar->setObjectName(QStringLiteral("MainToolBar"));

    QAction *open = mMenus.file->addAction(tr("&Open Database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    mMenus.file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    mMenus.file->addAction(tr("Connect to &Team Database…"), this, [this] { connectTeamDatabase(); });
    mExportJudgementsAction =
        mMenus.file->addAction(tr("Export &Judgements (XLSX, CSV)…"), this, &MainWindow::chooseJudgementsExport);
    mRecentMenu = mMenus.file->addMenu(tr("Recent &Databases"));
    updateRecentDatabases();
    mMenus.file->addSeparator();

    QAction *undo = mSession->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = mSession->undoStack()->createRedoAction(this, tr("&Redo"));
    // The platform's Redo keys plus Ctrl+Shift+Z, each once: a key registered twice is
    // "ambiguous" and does nothing.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys.prepend(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    redo->setShortcuts(redoKeys);
    mMenus.edit->addAction(undo);
    mMenus.edit->addAction(redo);
    mMenus.edit->addSeparator();

    QAction *showReview =
        mMenus.view->addAction(tr("&Review Workspace"), this, [this] { mTabs->setCurrentWidget(mReview); });
    showReview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *showDashboard =
        mMenus.view->addAction(tr("&Dashboard"), this, [this] { mTabs->setCurrentWidget(mDashboard); });
    showDashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    mMenus.view->addSeparator();

    mReview->setupMenus(mMenus);
    mDashboard->setupMenus(mMenus);

    mMenus.file->addSeparator();
    QAction *settings = mMenus.file->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setShortcut(QKeySequence::Preferences);
    QAction *quit = mMenus.file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    mMenus.help = menuBar()->addMenu(tr("&Help"));
    mMenus.help->addAction(tr("&About InspectDesk"), this, &MainWindow::showAbout);
    mMenus.help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::openStartupDatabase(const QString &overrideLocation)
{
    AppSettings settings;
    const QString location = overrideLocation.isEmpty() ? settings.defaultDatabase() : overrideLocation;
    openDatabase(location);
}

bool MainWindow::openDatabase(const QString &location)
{
    QString error;
    if (openWithoutDialog(location, &error))
        return true;
    if (Database::isPostgresLocation(location))
        return connectTeamDatabase(location, error);
    QMessageBox::critical(this, tr("Cannot open database"), error);
    return false;
}

bool MainWindow::openWithoutDialog(const QString &location, QString *error)
{
    if (!mSession->openDatabase(location, error))
        return false;
    // A brand-new database file gets the bundled sample reports, so there is data at once;
    // a team's shared database is left as the team made it.
    if (mSession->database().wasCreated() && !Database::isPostgresLocation(location)) {
        const int seeded = seedSampleReports(mSession->store(), QStringLiteral(":/samples"), mSession->reviewer());
        statusBar()->showMessage(tr("New database: %n sample report(s) imported", nullptr, seeded), 8000);
        mSession->notifyReportsChanged();
    }
    AppSettings settings;
    settings.addRecentDatabase(mSession->database().displayLocation()); // never a password
    updateRecentDatabases();
    return true;
}

bool MainWindow::connectTeamDatabase(const QString &location, const QString &problem)
{
    ConnectDatabaseDialog dialog(this);
    dialog.setLocation(location, problem);
    while (dialog.exec() == QDialog::Accepted) {
        QString error;
        if (openWithoutDialog(dialog.location(), &error))
            return true;
        dialog.setLocation(dialog.location(), error);
    }
    return false;
}

void MainWindow::openFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    mTabs->setCurrentWidget(mReview);
    if (!mSession->isOpen())
        return mReview->importFiles(paths); // which says a database must be opened first
    // Opening a file is not asking to change the database: a known file (same SHA-256) is
    // shown, a new one only imported after asking. Reading and hashing large files is done
    // on a worker; files given meanwhile join the ones being looked up.
    mFilesToCheck += paths;
    checkOpenedFiles();
}

void MainWindow::checkOpenedFiles()
{
    const QStringList paths = mFilesToCheck;
    mFileCheck->start(
        mSession->location(),
        [this, paths](ReportStore &store, const std::atomic_bool &stop) -> std::function<void()> {
            QStringList newFiles;
            qint64 known = 0;
            for (const QString &path : paths) {
                if (stop)
                    return {};
                const ReportFile::Contents file = ReportFile::read(path);
                const std::optional<qint64> id = file.ok ? store.reportIdForFile(file.bytes) : std::nullopt;
                if (id)
                    known = *id;
                else
                    newFiles << path; // unreadable ones too: the import names the reason
            }
            return [this, known, newFiles] {
                mFilesToCheck.clear();
                if (known)
                    mReview->openReport(known);
                if (!newFiles.isEmpty())
                    askToImport(newFiles);
                emit filesChecked();
            };
        },
        [this, paths](const QString &) {
            // The database could not be read here: the import, if agreed, says what it finds.
            mFilesToCheck.clear();
            askToImport(paths);
            emit filesChecked();
        });
}

void MainWindow::askToImport(const QStringList &paths)
{
    const QString database = QFileInfo(mSession->displayLocation()).fileName();
    const QString question = paths.size() == 1
                                 ? tr("Import %1 into %2?").arg(QFileInfo(paths.first()).fileName(), database)
                                 : tr("Import %1 report files into %2?").arg(QString::number(paths.size()), database);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import Reports"), question, QMessageBox::Cancel, this);
    QPushButton *import = box->addButton(tr("&Import"), QMessageBox::AcceptRole);
    box->setDefaultButton(import);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // Opened, not exec()'d: the window keeps painting while the question waits.
    connect(box, &QMessageBox::finished, this, [this, box, import, paths] {
        if (box->clickedButton() == import)
            mReview->importFiles(paths); // opens the report when one is imported
    });
    box->open();
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), startFolder(mSession->location()),
                                                      tr("InspectDesk databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::exportJudgements(const QString &path)
{
    mExportJudgementsAction->setEnabled(false);
    statusBar()->showMessage(tr("Exporting judgements to %1…").arg(QDir::toNativeSeparators(path)));
    mJudgementsExport->start(
        mSession->location(),
        [this, path](ReportStore &store, const std::atomic_bool &stop) -> std::function<void()> {
            const QList<JudgementFact> facts = store.judgementFacts(&stop);
            QString error = store.lastError();
            if (stop)
                return {}; // the window is closing: nothing written, nobody to tell
            // XLSX or CSV by the suffix; complete or not there at all.
            const bool ok = error.isEmpty() &&
                            TableWriter::write(path, {judgementsTable(facts, QDateTime::currentDateTime())}, &error);
            return [this, path, ok, error] { emit judgementsExported(path, ok, error); };
        },
        [this, path](const QString &error) { emit judgementsExported(path, false, error); });
}

bool MainWindow::isExportingJudgements() const
{
    return mJudgementsExport->isRunning();
}

void MainWindow::chooseJudgementsExport()
{
    if (!mSession->isOpen())
        return;
    const QString caption = tr("Export Judgements");
    const QString path = TableExportDialog::choosePath(this, caption, QStringLiteral("judgements"));
    if (path.isEmpty())
        return;
    exportJudgements(path);
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Database"), startFolder(mSession->location()),
                                                      tr("InspectDesk databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Database"),
                             tr("%1 already exists; use Open Database to open it.").arg(path));
        return;
    }
    openDatabase(path);
}

void MainWindow::updateRecentDatabases()
{
    mRecentMenu->clear();
    const QStringList recent = AppSettings().recentDatabases();
    for (const QString &path : recent)
        mRecentMenu->addAction(path, this, [this, path] { openDatabase(path); });
    mRecentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About InspectDesk"),
                       tr("<h3>InspectDesk %1</h3>"
                          "<p>Reads Ofsted children's services inspection reports, extracts every grade with "
                          "the place it was read, and lets inspectors check them and directors chart them.</p>"
                          "<p>Licence: GNU General Public License, version 3 or later.</p>"
                          "<p>Report data: Ofsted reports are Crown copyright; Ofsted allows reproduction for "
                          "non-commercial purposes with the source and date of publication stated.</p>"
                          "<p>Built with Qt %2 and poppler.</p>")
                           .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1 — InspectDesk").arg(QFileInfo(mSession->displayLocation()).fileName()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    event->accept();
}

} // namespace inspectdesk
