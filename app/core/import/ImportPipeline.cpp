#include "import/ImportPipeline.h"

#include "import/ReportImporter.h"
#include "store/ReportStore.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>

#include <condition_variable>
#include <map>
#include <mutex>

namespace inspectdesk {

ImportFileList collectImportFiles(const QStringList &paths)
{
    ImportFileList list;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            list.files << path; // named by the user: read (or refused with its reason)
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (QFileInfo(file).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
                found << file;
            else
                ++list.skipped;
        }
        found.sort(); // the same order on every run and file system
        if (found.isEmpty())
            list.emptyFolders << path;
        list.files += found;
    }
    return list;
}

void ImportTally::add(const ImportResult &result)
{
    switch (result.outcome) {
    case ImportOutcome::Imported:
        ++imported;
        break;
    case ImportOutcome::Duplicate:
        ++duplicates;
        break;
    case ImportOutcome::Failed:
        ++failed;
        break;
    }
}

QString ImportTally::summary() const
{
    QString text = QStringLiteral("%1 %2: %3 imported, %4 already in the database, %5 failed")
                       .arg(files())
                       .arg(files() == 1 ? QStringLiteral("file") : QStringLiteral("files"))
                       .arg(imported)
                       .arg(duplicates)
                       .arg(failed);
    if (skipped)
        text += QStringLiteral(", %1 skipped (not PDF)").arg(skipped);
    return text;
}

int ImportPipeline::run(const QStringList &files, const ResultHandler &onResult, const std::atomic_bool *cancel)
{
    const int count = int(files.size());
    const int workers = mWorkers > 0 ? mWorkers : std::max(1, QThread::idealThreadCount());
    // Files read ahead of the writer: enough to keep every worker busy while one is stored.
    const int window = 2 * workers + 2;
    auto cancelled = [&] { return cancel && cancel->load(); };

    // Stored files are known before extraction so a re-import of a folder costs little; the
    // store checks again, inside the transaction, as other clients may write meanwhile.
    const QSet<QString> storedFiles = mStore.storedFileHashes();
    std::mutex mutex;
    std::condition_variable ready;
    std::map<int, PreparedReport> done;
    QThreadPool pool;
    pool.setMaxThreadCount(workers);
    int dispatched = 0;
    auto dispatch = [&](int next) {
        for (; dispatched < count && dispatched < next + window && !cancelled(); ++dispatched)
            pool.start([&, index = dispatched] {
                PreparedReport prepared = ReportImporter::prepare(files[index], &storedFiles);
                const std::lock_guard<std::mutex> lock(mutex);
                done.emplace(index, std::move(prepared));
                ready.notify_all();
            });
    };

    ReportImporter importer(mStore);
    int next = 0;
    dispatch(next);
    while (next < dispatched && !cancelled()) {
        PreparedReport prepared;
        {
            std::unique_lock<std::mutex> lock(mutex);
            ready.wait(lock, [&] { return done.count(next) > 0; });
            prepared = std::move(done.at(next));
            done.erase(next);
        }
        const ImportResult result = importer.store(prepared, mUser);
        onResult(next, result);
        ++next;
        dispatch(next);
    }
    pool.waitForDone(); // files read after a cancel are dropped, nothing of them stored
    return next;
}

} // namespace inspectdesk
