#include "ReportExtractor.h"

// Placeholder until the extraction pipeline lands: every input is refused clearly.
namespace inspectdesk {

ExtractionResult extractReportFile(const QString &) { return {false, QStringLiteral("extraction not available"), {}}; }
ExtractionResult extractReportPdf(const QByteArray &) { return {false, QStringLiteral("extraction not available"), {}}; }
ExtractionResult extractReportText(const QString &) { return {false, QStringLiteral("extraction not available"), {}}; }

} // namespace inspectdesk
