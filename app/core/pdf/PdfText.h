#pragma once

#include "pdf/DocumentText.h"

#include <QByteArray>
#include <QString>

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

} // namespace inspectdesk
