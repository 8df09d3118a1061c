#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace inspectdesk {

class ReportStore;

// Reads a database on a worker thread with its own read-only connection (Qt SQL connections
// belong to one thread, as in ImportController) and hands the result back on this object's
// thread, so that a window stays responsive while a large database is read.
//
// One read is current at a time: start() supersedes the read in progress, which is told to
// stop and whose result is dropped; so is the result of a read after cancel() or once this
// object is destroyed (which waits for the workers, each stopping at its next row).
class BackgroundRead : public QObject
{
    Q_OBJECT
public:
    // Runs on the worker with a store on its own connection; *stop turns true when the read
    // is no longer wanted. Returns what to do with the result on this object's thread.
    using Work = std::function<std::function<void()>(ReportStore &store, const std::atomic_bool &stop)>;

    explicit BackgroundRead(QObject *parent = nullptr) : QObject(parent) {}
    ~BackgroundRead() override;

    // onOpenError runs (on this thread) when the worker cannot open the database.
    void start(const QString &location, Work work, std::function<void(const QString &error)> onOpenError);
    void cancel();
    // A current read is in progress (superseded ones may still be stopping).
    bool isRunning() const { return mCurrent != nullptr; }

signals:
    // The current read handed its result over, or its open failed.
    void finished();

private:
    struct Job
    {
        std::atomic_bool stop{false};
        QThread *thread = nullptr;
    };
    void deliver(const std::shared_ptr<Job> &job, const std::function<void()> &result);

    std::shared_ptr<Job> mCurrent;
    QList<std::shared_ptr<Job>> mJobs; // every worker not yet finished, current or superseded
};

} // namespace inspectdesk
