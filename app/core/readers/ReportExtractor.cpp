#include "ReportExtractor.h"

#include "pdf/PdfText.h"
#include "pdf/PopplerMessages.h"
#include "readers/ReportReader.h"

#include <QFile>
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
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {false, QStringLiteral("cannot open file: %1").arg(file.errorString()), {}};
    const QByteArray bytes = file.readAll();
    // Content decides, not the name: a PDF is a PDF whatever it is called.
    if (bytes.left(1024).contains("%PDF-"))
        return extractReportPdf(bytes);
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return {false, QStringLiteral("not a PDF file"), {}};
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
