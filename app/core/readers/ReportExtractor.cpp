#include "ReportExtractor.h"

#include "import/ReportFile.h"
#include "pdf/PdfText.h"
#include "pdf/PopplerMessages.h"
#include "readers/ReportReader.h"
#include "readers/SeveralReports.h"

#include <QFileInfo>

namespace inspectdesk {

namespace {

ExtractionResult extractDocument(DocumentText doc)
{
    ExtractionResult result;
    if (!doc.hasText()) {
        result.error = QStringLiteral("no text layer on any page");
        return result;
    }
    // Refused before recognition: which reader wins would depend on which report came first.
    if (QString several = severalReportsReason(doc); !several.isEmpty()) {
        result.error = std::move(several);
        return result;
    }
    const ReportSource source(std::move(doc));
    double score = 0;
    const ReportReader *reader = ReaderRegistry::best(source, 0.4, &score);
    if (!reader) {
        result.error = QStringLiteral("not recognised as an Ofsted children's services report");
        return result;
    }
    result.report = reader->read(source);
    if (score < 0.6)
        result.report.warnings << ExtractionWarning{
            QStringLiteral("kind of report recognised with low certainty (%1)").arg(score, 0, 'f', 2), {}, 0, {}};
    result.ok = true;
    return result;
}

} // namespace

ExtractionResult extractReportFile(const QString &path)
{
    const ReportFile::Contents file = ReportFile::read(path);
    if (!file.ok)
        return {false, file.error, {}};
    const QByteArray &bytes = file.bytes;
    // Content decides, not the name: a PDF is a PDF whatever it is called.
    if (ReportFile::isPdf(bytes))
        return extractReportPdf(bytes);
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return {false, ReportFile::notPdfMessage(), {}};
    if (bytes.contains('\0'))
        return {false, QStringLiteral("not a text or PDF file"), {}};
    return extractReportText(QString::fromUtf8(bytes));
}

ExtractionResult extractReportPdf(const QByteArray &pdfBytes)
{
    // Poppler's own complaints become one line in the error or the report's warnings.
    PopplerMessages popplerMessages;
    PdfTextResult pdf = loadPdfText(pdfBytes);
    if (!pdf.ok) {
        if (popplerMessages.count() > 0)
            pdf.error += QStringLiteral("; ") + popplerMessages.summary();
        return {false, pdf.error, {}};
    }
    const int pages = pdf.text.pageCount();
    ExtractionResult r = extractDocument(std::move(pdf.text));
    r.report.pageCount = pages;
    if (popplerMessages.count() > 0) {
        if (r.ok)
            r.report.warnings << ExtractionWarning{popplerMessages.summary(), {}, 0, {}};
        else
            r.error += QStringLiteral("; ") + popplerMessages.summary();
    }
    return r;
}

ExtractionResult extractReportText(const QString &text)
{
    return extractDocument(DocumentText::fromPlainText(text));
}

} // namespace inspectdesk
