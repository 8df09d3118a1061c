#pragma once

#include "pdf/DocumentText.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Poppler {
class Document;
class Page;
} // namespace Poppler

namespace inspectdesk {

struct PdfTextResult
{
    bool ok = false;
    QString error; // one line: "PDF is encrypted", "not a PDF file", ...
    DocumentText text;
};

// Loads a PDF once with poppler-qt6 and turns every page's word boxes into DocumentText.
// Never renders; the text layer is all the readers need.
PdfTextResult loadPdfText(const QByteArray &bytes);

// Every poppler load of a report goes through here (extraction, the document view): null
// when poppler cannot read it. A loaded document belongs to one thread at a time.
std::unique_ptr<Poppler::Document> loadPdfDocument(const QByteArray &bytes);
// How many times loadPdfDocument ran in this process: a report is loaded once per thread
// that needs it, and tests hold the code to that.
int pdfLoadCount();

// One page's words as the readers and the document view both see them: normalised
// (plainTypography), in reading-order lines (LineBuilder), text set on its side in lines of
// its own after the others. A page beyond PDF's size limit gets no lines.
TextPage readTextPage(const Poppler::Page &page, int number);

} // namespace inspectdesk
