#pragma once

#include "model/ExtractedReport.h"

#include <QByteArray>
#include <QString>

namespace inspectdesk {

struct ExtractionResult
{
    bool ok = false;
    QString error; // one line, e.g. "no text layer on any page"
    ExtractedReport report;
};

// Entry points of the extraction pipeline: PDF (via poppler word boxes) or plain text
// both go through the same line rebuilding and report readers.
ExtractionResult extractReportFile(const QString &path);
ExtractionResult extractReportPdf(const QByteArray &pdfBytes);
ExtractionResult extractReportText(const QString &text);

} // namespace inspectdesk
