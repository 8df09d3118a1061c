#include "ReportImporter.h"

#include "readers/ReportExtractor.h"
#include "register/ReportCouncil.h"
#include "store/ReportStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace inspectdesk {

ImportResult ReportImporter::importFile(const QString &path, const QString &user)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {ImportOutcome::Failed, 0, QStringLiteral("%1: no such file").arg(path)};
    if (info.isDir())
        return {ImportOutcome::Failed, 0, QStringLiteral("%1: is a folder, not a PDF file").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {ImportOutcome::Failed, 0, QStringLiteral("%1: %2").arg(path, file.errorString())};
    return importBytes(file.readAll(), info.fileName(), user);
}

ImportResult ReportImporter::importBytes(const QByteArray &bytes, const QString &fileName, const QString &user)
{
    if (!bytes.startsWith("%PDF-"))
        return {ImportOutcome::Failed, 0, QStringLiteral("%1: not a PDF file").arg(fileName)};
    // Duplicates are found by content before the (slower) extraction.
    if (const auto existing = mStore.reportIdForFile(bytes))
        return {ImportOutcome::Duplicate, *existing,
                QStringLiteral("%1: already in the database as report %2").arg(fileName).arg(*existing)};
    ExtractionResult extracted = extractReportPdf(bytes);
    if (!extracted.ok)
        return {ImportOutcome::Failed, 0, QStringLiteral("%1: %2").arg(fileName, extracted.error)};
    resolveReportCouncil(extracted.report); // unresolved: imported with a warning, chosen in review
    return mStore.importReport(bytes, fileName, extracted.report, user);
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
