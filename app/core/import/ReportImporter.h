#pragma once

#include "store/StoreTypes.h"

#include <QString>

namespace inspectdesk {

class ReportStore;

// Reads a report file, extracts its judgements and stores both, or explains in one line
// why not. Shared by the command line, the window's import and first-start seeding.
class ReportImporter
{
public:
    explicit ReportImporter(ReportStore &store) : mStore(store) {}
    ImportResult importFile(const QString &path, const QString &user);
    ImportResult importBytes(const QByteArray &bytes, const QString &fileName, const QString &user);

private:
    ReportStore &mStore;
};

// Imports every *.pdf of folder (e.g. ":/samples") into an empty database; returns how many.
int seedSampleReports(ReportStore &store, const QString &folder, const QString &user);

} // namespace inspectdesk
