#pragma once

#include "store/StoreTypes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <atomic>
#include <memory>

#include <QProgressDialog>
class QThread;
class QWidget;

namespace inspectdesk {

class Session;

// Imports files on a worker thread with its own database connection, behind a progress
// dialog whose Cancel stops after the file being read. The window stays responsive; at the
// end a summary lists what was imported, what was already there and what failed.
class ImportController : public QObject
{
    Q_OBJECT
public:
    ImportController(Session &session, QWidget *dialogParent);
    ~ImportController() override;

    bool isRunning() const { return mThread != nullptr; }
    void start(const QStringList &paths);
    void cancel() { mCancelled = true; }
    QProgressDialog *progressDialog() const { return mProgress; }
    // The files the last import did not read because it was cancelled (the rest of its
    // list and any dropped while it ran), as given to start().
    QStringList notRead() const { return mNotRead; }

    // Turns results into the summary text shown when an import ends; notRead are named.
    static QString summaryText(const QList<ImportResult> &results, bool cancelled, const QStringList &notRead = {});

signals:
    void fileImported(const inspectdesk::ImportResult &result);
    void finished(const QList<inspectdesk::ImportResult> &results, bool cancelled);

private:
    void onResult(int index, const ImportResult &result);
    void onThreadFinished();

    Session &mSession;
    QWidget *mDialogParent;
    QThread *mThread = nullptr;
    QPointer<QProgressDialog> mProgress;
    std::atomic_bool mCancelled{false};
    QList<ImportResult> mResults;
    QStringList mPaths;   // the files being imported
    QStringList mNotRead; // of the last import, when cancelled
    QStringList mQueued;  // files dropped while an import runs: imported next
};

} // namespace inspectdesk
