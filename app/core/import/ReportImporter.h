#pragma once

#include "model/ExtractedReport.h"
#include "store/StoreTypes.h"

#include <QByteArray>
#include <QSet>
#include <QString>

namespace inspectdesk {

class ReportStore;

// A file read, checked and extracted, ready to store. Made on any thread without a database,
// so extraction can run on several threads while one writer stores.
struct PreparedReport
{
    QString path;
    QString fileName;
    QByteArray bytes;
    QString sha256;
    QString error;       // one line with the file named; empty when report holds the extraction
    bool stored = false; // found among the stored files: not extracted, the store says which report
    ExtractedReport report;
};

// Reads a report file, extracts its judgements and stores both, or explains in one line
// why not. Shared by the command line, the window's import and first-start seeding.
class ReportImporter
{
public:
    explicit ReportImporter(ReportStore &store) : mStore(store) {}

    // Reading and extraction: thread-safe, no database. A file whose SHA-256 is in storedFiles
    // is not extracted (the writer will report it as already in the database).
    static PreparedReport prepare(const QString &path, const QSet<QString> *storedFiles = nullptr);
    static PreparedReport prepareBytes(const QByteArray &bytes, const QString &path,
                                       const QSet<QString> *storedFiles = nullptr);
    // The one step that writes a report: the duplicate check and every row in one transaction.
    ImportResult store(const PreparedReport &prepared, const QString &user);

    ImportResult importFile(const QString &path, const QString &user) { return store(prepare(path), user); }
    ImportResult importBytes(const QByteArray &bytes, const QString &fileName, const QString &user)
    {
        return store(prepareBytes(bytes, fileName), user);
    }

private:
    ReportStore &mStore;
};

// Imports every *.pdf of folder (e.g. ":/samples") into an empty database; returns how many.
int seedSampleReports(ReportStore &store, const QString &folder, const QString &user);

} // namespace inspectdesk
