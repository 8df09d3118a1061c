#pragma once

#include "store/StoreTypes.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace inspectdesk {

class ReportStore;

// What `import DIR...` and a folder drop read: every PDF under the folders (recursively, by
// name), files given one by one as they are; other files under a folder are counted, not read.
struct ImportFileList
{
    QStringList files;
    int skipped = 0;          // files under a folder that are not PDFs
    QStringList emptyFolders; // folders given that hold no PDF at all
};
ImportFileList collectImportFiles(const QStringList &paths);

// Counts of one import and the closing line: "209 files: 204 imported, 3 already in the
// database, 2 failed".
struct ImportTally
{
    int imported = 0;
    int duplicates = 0;
    int failed = 0;
    int skipped = 0;
    void add(const ImportResult &result);
    int files() const { return imported + duplicates + failed + skipped; }
    QString summary() const;
};

// The import of many files, shared by the command line and the window: extraction runs on a
// pool of worker threads (each loads its own poppler document), while the calling thread is
// the one writer, storing each report in its own transaction in the order of the list. At
// most a few extracted reports wait to be stored, so memory stays bounded whatever the count.
class ImportPipeline
{
public:
    // index into files, the file, its result; called on the calling thread after each file.
    using ResultHandler = std::function<void(int index, const ImportResult &result)>;

    ImportPipeline(ReportStore &store, QString user) : mStore(store), mUser(std::move(user)) {}
    // Extraction threads; default: one per core.
    void setWorkers(int workers) { mWorkers = workers; }

    // Imports files; when *cancel turns true, no further file is stored (the reports stored so
    // far stay, each whole). Returns how many files have a result (the first n of files).
    int run(const QStringList &files, const ResultHandler &onResult, const std::atomic_bool *cancel = nullptr);

private:
    ReportStore &mStore;
    QString mUser;
    int mWorkers = 0;
};

} // namespace inspectdesk
