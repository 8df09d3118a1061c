#include "pdf/DocumentText.h"

#include "pdf/Typography.h"

#include <QRegularExpression>

namespace inspectdesk {

int DocumentText::wordCount() const
{
    int n = 0;
    for (const auto &page : pages)
        for (const auto &line : page.lines)
            n += int(line.words.size());
    return n;
}

DocumentText DocumentText::fromPlainText(const QString &text)
{
    // A notional A4 page in a 6pt x 12pt monospace grid: enough for boxes to be ordered and
    // highlighted consistently, which is all provenance needs for text input.
    constexpr double kCharW = 6.0, kLineH = 12.0, kMargin = 36.0;
    static const QRegularExpression cellGap(QStringLiteral("\\t+| {3,}"));

    DocumentText doc;
    const QStringList pageTexts = plainTypography(text).split(QLatin1Char('\f'));
    for (int p = 0; p < pageTexts.size(); ++p) {
        TextPage page;
        page.number = p + 1;
        const QStringList rawLines = pageTexts[p].split(QLatin1Char('\n'));
        int row = 0;
        for (QString raw : rawLines) {
            raw.remove(QLatin1Char('\r'));
            const double y = kMargin + row * kLineH;
            ++row;
            TextLine line;
            // Walk the raw line keeping character columns so synthetic x follows the text.
            int col = 0;
            const auto pieces = raw.split(cellGap);
            int searchFrom = 0;
            for (const QString &piece : pieces) {
                const int pieceAt = raw.indexOf(piece, searchFrom);
                searchFrom = pieceAt + int(piece.size());
                bool firstInCell = true;
                int offset = 0;
                const QStringList tokens = piece.split(QLatin1Char(' '));
                for (const QString &tok : tokens) {
                    const int at = pieceAt + offset;
                    offset += int(tok.size()) + 1;
                    const QString t = tok.trimmed();
                    if (t.isEmpty())
                        continue;
                    col = at;
                    if (firstInCell)
                        line.cellStarts << int(line.words.size());
                    firstInCell = false;
                    line.words << TextWord{t, QRectF(kMargin + col * kCharW, y, t.size() * kCharW, kLineH)};
                }
            }
            if (line.words.isEmpty())
                continue;
            for (const auto &w : std::as_const(line.words))
                line.box = line.box.isNull() ? w.box : line.box.united(w.box);
            page.lines << line;
        }
        page.size = QSizeF(595.0, std::max(842.0, kMargin * 2 + row * kLineH));
        doc.pages << page;
    }
    return doc;
}

} // namespace inspectdesk
