#include "ImportController.h"

#include "Session.h"
#include "import/ImportPipeline.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>

namespace inspectdesk {

ImportController::ImportController(Session &session, QWidget *dialogParent)
    : QObject(dialogParent), mSession(session), mDialogParent(dialogParent)
{
    qRegisterMetaType<inspectdesk::ImportResult>("inspectdesk::ImportResult");
}

ImportController::~ImportController()
{
    if (mThread) {
        mCancelled = true;
        mThread->wait();
    }
}

void ImportController::start(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (mThread) {
        mQueued += paths;
        return;
    }
    mCancelled = false;
    mResults.clear();
    // Folders (File > Import Folder, a dropped folder) stand for the PDFs under them.
    const QStringList files = collectImportFiles(paths).files;
    mPaths = files;
    mNotRead.clear();
    mProgress = new QProgressDialog(tr("Importing reports…"), tr("Cancel"), 0, int(files.size()), mDialogParent);
    mProgress->setWindowTitle(tr("Import"));
    mProgress->setWindowModality(Qt::WindowModal);
    mProgress->setMinimumDuration(0);
    mProgress->setAutoClose(false);
    mProgress->setAutoReset(false);
    mProgress->setValue(0);
    // QProgressDialog's own cancel() would hide and empty it at once; it stays up, saying what
    // it waits for, until the file being read is stored and the import ends. (Its connection
    // is made with SIGNAL/SLOT, which a pointer-to-member disconnect does not match.)
    disconnect(mProgress, &QProgressDialog::canceled, mProgress, nullptr);
    connect(mProgress, &QProgressDialog::canceled, this, [this] {
        mCancelled = true;
        if (!mProgress)
            return;
        mProgress->setLabelText(tr("Cancelling after the current file…"));
        if (auto *button = mProgress->findChild<QPushButton *>())
            button->setEnabled(false);
        mProgress->show();
    });

    const QString location = mSession.location();
    const QString user = mSession.reviewer();
    mThread = QThread::create([this, files, location, user] {
        // Qt SQL connections belong to one thread: the writer opens its own; extraction runs
        // on the pipeline's worker threads.
        Database database;
        if (!database.open(location)) {
            for (int i = 0; i < files.size(); ++i)
                QMetaObject::invokeMethod(this, [this, i, path = files[i], error = database.errorString()] {
                    onResult(i, {ImportOutcome::Failed, 0, QStringLiteral("%1: %2").arg(path, error)});
                });
            return;
        }
        ReportStore store(database);
        ImportPipeline pipeline(store, user);
        pipeline.run(
            files,
            [this](int i, const ImportResult &result) {
                QMetaObject::invokeMethod(this, [this, i, result] { onResult(i, result); });
            },
            &mCancelled);
    });
    connect(mThread, &QThread::finished, this, &ImportController::onThreadFinished, Qt::QueuedConnection);
    mThread->start();
    mProgress->show();
}

void ImportController::onResult(int index, const ImportResult &result)
{
    mResults.append(result);
    if (mProgress) {
        mProgress->setValue(index + 1);
        if (!mCancelled)
            mProgress->setLabelText(tr("Imported %1 of %2…").arg(index + 1).arg(mProgress->maximum()));
    }
    if (result.outcome == ImportOutcome::Imported)
        mSession.notifyReportsChanged(result.reportId);
    emit fileImported(result);
}

void ImportController::onThreadFinished()
{
    mThread->wait();
    delete mThread;
    mThread = nullptr;
    if (mProgress)
        mProgress->deleteLater();
    const bool cancelled = mCancelled;
    const QList<ImportResult> results = mResults;
    // Cancelled: the rest of the list was not read, nor were files dropped meanwhile.
    if (cancelled) {
        mNotRead = mPaths.mid(results.size()) + mQueued;
        mQueued.clear();
    }
    emit finished(results, cancelled);
    if (!mQueued.isEmpty() && !cancelled) {
        const QStringList next = mQueued;
        mQueued.clear();
        start(next);
    }
}

QString ImportController::summaryText(const QList<ImportResult> &results, bool cancelled, const QStringList &notRead)
{
    int imported = 0, duplicates = 0, failed = 0;
    QStringList details;
    for (const ImportResult &r : results) {
        switch (r.outcome) {
        case ImportOutcome::Imported:
            ++imported;
            break;
        case ImportOutcome::Duplicate:
            ++duplicates;
            details << r.message;
            break;
        case ImportOutcome::Failed:
            ++failed;
            details << r.message;
            break;
        }
    }
    QString text =
        tr("Imported: %1\nAlready in the database: %2\nFailed: %3").arg(imported).arg(duplicates).arg(failed);
    if (cancelled && !notRead.isEmpty()) {
        text += tr("\nThe import was cancelled; these files were not read:");
        for (const QString &path : notRead)
            text += QStringLiteral("\n") + QFileInfo(path).fileName();
    }
    if (!details.isEmpty())
        text += QStringLiteral("\n\n") + details.join(QLatin1Char('\n'));
    return text;
}

} // namespace inspectdesk
