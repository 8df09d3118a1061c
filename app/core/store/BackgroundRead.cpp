#include "store/BackgroundRead.h"

#include "store/Database.h"
#include "store/ReportStore.h"

#include <QThread>

namespace inspectdesk {

BackgroundRead::~BackgroundRead()
{
    mCurrent.reset();
    for (const std::shared_ptr<Job> &job : std::as_const(mJobs)) {
        job->stop = true;
        job->thread->wait(); // it posts to this object only; those events die with it
        delete job->thread;
    }
}

void BackgroundRead::cancel()
{
    if (mCurrent)
        mCurrent->stop = true;
    mCurrent.reset();
}

void BackgroundRead::start(const QString &location, Work work, std::function<void(const QString &error)> onOpenError)
{
    cancel();
    auto job = std::make_shared<Job>();
    mCurrent = job;
    mJobs << job;
    job->thread = QThread::create([this, job, location, work = std::move(work), onOpenError = std::move(onOpenError)] {
        std::function<void()> result;
        {
            Database database;
            if (database.open(location, Database::Mode::ReadOnly)) {
                ReportStore store(database);
                result = work(store, job->stop);
            } else {
                result = [onOpenError, error = database.errorString()] { onOpenError(error); };
            }
        } // the connection is closed on the thread that opened it
        QMetaObject::invokeMethod(
            this, [this, job, result] { deliver(job, result); }, Qt::QueuedConnection);
    });
    job->thread->start(QThread::LowPriority);
}

void BackgroundRead::deliver(const std::shared_ptr<Job> &job, const std::function<void()> &result)
{
    job->thread->wait(); // it has posted its last event: only its return is left
    delete job->thread;
    mJobs.removeOne(job);
    if (job != mCurrent || job->stop)
        return; // superseded or cancelled: its result is not wanted
    mCurrent.reset();
    if (result)
        result();
    emit finished();
}

} // namespace inspectdesk
