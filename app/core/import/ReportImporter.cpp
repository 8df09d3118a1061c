#include "ReportImporter.h"

#include "import/ReportFile.h"
#include "readers/ReportExtractor.h"
#include "register/ReportCouncil.h"
#include "store/ReportStore.h"

#include <QDir>
#include <QFileInfo>

namespace inspectdesk {

PreparedReport ReportImporter::prepare(const QString &path, const QSet<QString> *storedFiles)
{
    ReportFile::Contents file = ReportFile::read(path);
    if (!file.ok) {
        PreparedReport failed;
        failed.path = path;
        failed.fileName = QFileInfo(path).fileName();
        failed.error = QStringLiteral("%1: %2").arg(path, file.error);
        return failed;
    }
    return prepareBytes(std::move(file.bytes), path, storedFiles);
}

PreparedReport ReportImporter::prepareBytes(const QByteArray &bytes, const QString &path,
                                            const QSet<QString> *storedFiles)
{
    PreparedReport p;
    p.path = path;
    p.fileName = QFileInfo(path).fileName();
    if (!ReportFile::isPdf(bytes)) {
        p.error = QStringLiteral("%1: %2").arg(p.fileName, ReportFile::notPdfMessage());
        return p;
    }
    p.bytes = bytes;
    p.sha256 = ReportStore::sha256(bytes);
    // Known files skip the (slow) extraction; the store's own check decides in the end.
    if (storedFiles && storedFiles->contains(p.sha256)) {
        p.stored = true;
        return p;
    }
    ExtractionResult extracted = extractReportPdf(bytes);
    if (!extracted.ok)
        p.error = QStringLiteral("%1: %2").arg(p.fileName, extracted.error);
    else {
        p.report = std::move(extracted.report);
        resolveReportCouncil(p.report); // unresolved: imported with a warning, chosen in review
    }
    return p;
}

ImportResult ReportImporter::store(const PreparedReport &prepared, const QString &user)
{
    if (!prepared.error.isEmpty())
        return {ImportOutcome::Failed, 0, prepared.error};
    if (prepared.stored)
        if (const auto existing = mStore.reportIdForFile(prepared.bytes))
            return {ImportOutcome::Duplicate, *existing,
                    QStringLiteral("%1: already in the database as report %2").arg(prepared.fileName).arg(*existing)};
    if (prepared.stored) // listed as stored, but gone since: read it now
        return store(prepareBytes(prepared.bytes, prepared.path), user);
    return mStore.importReport(prepared.bytes, prepared.fileName, prepared.report, user);
}

int seedSampleReports(ReportStore &store, const QString &folder, const QString &user)
{
    if (!store.reports().isEmpty())
        return 0;
    ReportImporter importer(store);
    int imported = 0;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name))
        if (importer.importFile(dir.filePath(name), user).outcome == ImportOutcome::Imported)
            ++imported;
    return imported;
}

} // namespace inspectdesk
