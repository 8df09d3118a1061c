#include "pdf/PdfText.h"

#include "pdf/LineBuilder.h"
#include "pdf/Typography.h"

#include <poppler-qt6.h>

namespace inspectdesk {

PdfTextResult loadPdfText(const QByteArray &bytes)
{
    PdfTextResult result;
    // The header may follow a little junk, but a file without it is not a PDF at all.
    if (!bytes.left(1024).contains("%PDF-")) {
        result.error = QStringLiteral("not a PDF file");
        return result;
    }
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes);
    if (!doc) {
        result.error = QStringLiteral("cannot be read as PDF: damaged or truncated file");
        return result;
    }
    if (doc->isLocked()) {
        result.error = QStringLiteral(
            "PDF is encrypted (password protected): open it with its password and save an unprotected copy");
        return result;
    }
    const int n = doc->numPages();
    if (n <= 0) {
        result.error = QStringLiteral("cannot be read as PDF: no pages");
        return result;
    }
    for (int i = 0; i < n; ++i) {
        TextPage page;
        page.number = i + 1;
        std::unique_ptr<Poppler::Page> p = doc->page(i);
        if (!p) {
            result.text.pages << page;
            continue;
        }
        page.size = p->pageSizeF();
        QList<TextWord> words;
        const auto boxes = p->textList();
        words.reserve(int(boxes.size()));
        for (const auto &b : boxes) {
            // Typeset text is full of ligatures ("eﬀectiveness") and fixed spaces; readers match
            // plain letters. A word holding a non-breaking space becomes words joined by a space.
            const QString t = plainTypography(b->text()).trimmed();
            if (!t.isEmpty())
                words << TextWord{t, b->boundingBox()};
        }
        page.lines = LineBuilder::buildLines(words, page.size);
        result.text.pages << page;
    }
    if (!result.text.hasText()) {
        result.error = QStringLiteral("no text layer on any page");
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace inspectdesk
