#include "pdf/PdfText.h"

#include "import/ReportFile.h"
#include "pdf/LineBuilder.h"
#include "pdf/Typography.h"

#include <poppler-qt6.h>

#include <atomic>
#include <cmath>

namespace inspectdesk {

namespace {

// Words set on their side: letters stepping down or up the page instead of across it. A word
// of one letter cannot show its direction; it takes that of the words poppler reads it with.
QList<bool> verticalWords(const std::vector<std::unique_ptr<Poppler::TextBox>> &boxes)
{
    QList<bool> vertical(qsizetype(boxes.size()), false);
    QList<int> known(qsizetype(boxes.size()), 0); // 1 vertical, -1 horizontal, 0 cannot tell
    for (size_t k = 0; k < boxes.size(); ++k) {
        const auto &b = boxes[k];
        const int n = int(b->text().size());
        if (n < 2)
            continue;
        const QPointF d = b->charBoundingBox(n - 1).center() - b->charBoundingBox(0).center();
        known[qsizetype(k)] = std::abs(d.y()) > 2 * std::abs(d.x()) ? 1 : -1;
    }
    // Runs of words poppler chains as one line share a direction: take the first decided one.
    size_t k = 0;
    while (k < boxes.size()) {
        size_t end = k + 1;
        while (end < boxes.size() && boxes[end - 1]->nextWord() == boxes[end].get())
            ++end;
        int dir = 0;
        for (size_t i = k; i < end && dir == 0; ++i)
            dir = known[qsizetype(i)];
        for (size_t i = k; i < end; ++i)
            vertical[qsizetype(i)] = known[qsizetype(i)] == 1 || (known[qsizetype(i)] == 0 && dir == 1);
        k = end;
    }
    return vertical;
}

// PDF's own limit on a page side (14,400 points, 200 inches). Beyond it no report page was
// ever printed; a crafted size must not reach the layout code (it would only waste time).
constexpr double kMaxPagePoints = 14400;

bool isReportPageSize(const QSizeF &size)
{
    return std::isfinite(size.width()) && std::isfinite(size.height()) && size.width() <= kMaxPagePoints &&
           size.height() <= kMaxPagePoints;
}

std::atomic<int> gLoads{0};

} // namespace

std::unique_ptr<Poppler::Document> loadPdfDocument(const QByteArray &bytes)
{
    ++gLoads;
    return Poppler::Document::loadFromData(bytes);
}

int pdfLoadCount()
{
    return gLoads.load();
}

TextPage readTextPage(const Poppler::Page &p, int number)
{
    TextPage page;
    page.number = number;
    page.size = p.pageSizeF();
    if (!isReportPageSize(page.size))
        return page;
    QList<TextWord> words;
    const auto boxes = p.textList();
    words.reserve(int(boxes.size()));
    const QList<bool> vertical = verticalWords(boxes);
    QList<TextLine> sideLines;
    for (size_t k = 0; k < boxes.size(); ++k) {
        const auto &b = boxes[k];
        // Typeset text is full of ligatures ("eﬀectiveness") and fixed spaces; readers match
        // plain letters. A word holding a non-breaking space becomes words joined by a space.
        const QString t = plainTypography(b->text()).trimmed();
        if (t.isEmpty())
            continue;
        if (!vertical[qsizetype(k)]) {
            words << TextWord{t, b->boundingBox()};
            continue;
        }
        // Text turned on its side (a caption up the margin, a rotated column heading) is
        // no part of the horizontal lines it crosses: it keeps its own line, after them.
        const bool sameLine = k > 0 && boxes[k - 1]->nextWord() == b.get() && !sideLines.isEmpty();
        if (!sameLine)
            sideLines << TextLine{{}, {0}, {}};
        TextLine &line = sideLines.last();
        line.words << TextWord{t, b->boundingBox()};
        line.box = line.box.isNull() ? b->boundingBox() : line.box.united(b->boundingBox());
    }
    page.lines = LineBuilder::buildLines(words, page.size) + sideLines;
    return page;
}

PdfTextResult loadPdfText(const QByteArray &bytes)
{
    PdfTextResult result;
    if (!ReportFile::isPdf(bytes)) {
        result.error = ReportFile::notPdfMessage();
        return result;
    }
    std::unique_ptr<Poppler::Document> doc = loadPdfDocument(bytes);
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
        std::unique_ptr<Poppler::Page> p = doc->page(i);
        if (!p) {
            TextPage blank;
            blank.number = i + 1;
            result.text.pages << blank;
            continue;
        }
        const QSizeF size = p->pageSizeF();
        if (!isReportPageSize(size)) {
            result.error = QStringLiteral("page %1 is %2 x %3 points, beyond PDF's limit of %4: not a report page")
                               .arg(i + 1)
                               .arg(size.width(), 0, 'g', 4)
                               .arg(size.height(), 0, 'g', 4)
                               .arg(kMaxPagePoints);
            return result;
        }
        result.text.pages << readTextPage(*p, i + 1);
    }
    if (!result.text.hasText()) {
        result.error = QStringLiteral("no text layer on any page");
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace inspectdesk
