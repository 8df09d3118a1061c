#pragma once

// Test helper: lays out text at exact positions in a real PDF (QPdfWriter + QPainter, 72 dpi
// so painter units are PDF points), to prove readers work on layouts the corpus lacks:
// real tables, wrapped labels, two-column pages, moved columns.
#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

#include <memory>

namespace inspectdesk::test {

class PdfBuilder
{
public:
    explicit PdfBuilder(bool landscape = false) : mBuffer(&mBytes)
    {
        mBuffer.open(QIODevice::WriteOnly);
        mWriter = std::make_unique<QPdfWriter>(&mBuffer);
        mWriter->setResolution(72);
        mWriter->setPageSize(QPageSize(QPageSize::A4));
        if (landscape)
            mWriter->setPageOrientation(QPageLayout::Landscape);
        mWriter->setPageMargins(QMarginsF(0, 0, 0, 0));
        mPainter = std::make_unique<QPainter>(mWriter.get());
        setFont(10);
    }
    void setFont(double pt, bool bold = false)
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(pt);
        f.setBold(bold);
        mPainter->setFont(f);
    }
    // Text with its baseline at y.
    void text(double x, double y, const QString &s) { mPainter->drawText(QPointF(x, y), s); }
    // Pieces of one line each drawn at its own position, `gap` points apart, as PDFs that place
    // syllables or glyphs one by one (kerning, justification, letter-spaced headings) do.
    void pieces(double x, double y, const QStringList &parts, double gap)
    {
        for (const QString &p : parts) {
            text(x, y, p);
            x += textWidth(p) + gap;
        }
    }
    void letterSpaced(double x, double y, const QString &s, double tracking)
    {
        QStringList chars;
        for (const QChar c : s)
            chars << QString(c);
        pieces(x, y, chars, tracking);
    }
    // Text turned about its start point (90 = reading downwards, -90 = upwards).
    void rotated(double x, double y, double degrees, const QString &s)
    {
        mPainter->save();
        mPainter->translate(x, y);
        mPainter->rotate(degrees);
        mPainter->drawText(QPointF(0, 0), s);
        mPainter->restore();
    }
    // A shaded cell background.
    void shade(const QRectF &r, const QColor &c) { mPainter->fillRect(r, c); }
    // Flowed paragraph in [x, x + width]; returns the baseline after it.
    double paragraph(double x, double y, double width, const QString &s, double leading = 13)
    {
        const QFontMetricsF fm(mPainter->font());
        QString line;
        const QStringList words = s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &w : words) {
            const QString candidate = line.isEmpty() ? w : line + QLatin1Char(' ') + w;
            if (!line.isEmpty() && fm.horizontalAdvance(candidate) > width) {
                text(x, y, line);
                y += leading;
                line = w;
            } else {
                line = candidate;
            }
        }
        if (!line.isEmpty()) {
            text(x, y, line);
            y += leading;
        }
        return y;
    }
    // A ruling line (table borders), as real reports draw them between cells.
    void line(double x1, double y1, double x2, double y2) { mPainter->drawLine(QLineF(x1, y1, x2, y2)); }
    double textWidth(const QString &s) const { return QFontMetricsF(mPainter->font()).horizontalAdvance(s); }
    void newPage() { mWriter->newPage(); }
    QByteArray finish()
    {
        mPainter->end();
        mBuffer.close();
        return mBytes;
    }

private:
    QByteArray mBytes;
    QBuffer mBuffer;
    std::unique_ptr<QPdfWriter> mWriter;
    std::unique_ptr<QPainter> mPainter;
};

} // namespace inspectdesk::test
