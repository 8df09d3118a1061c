#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace inspectdesk {

// One word as the PDF placed it: text and box in PDF points, page-relative, top-left origin.
struct TextWord
{
    QString text;
    QRectF box;
};

// A reading-order line: words on one baseline within one text column. Words separated by a
// wide gap (a table column boundary) start a new cell, so "label | grade" stay distinguishable.
struct TextLine
{
    QList<TextWord> words;
    QList<int> cellStarts; // index into words of the first word of every cell (always starts with 0)
    QRectF box;

    // Words joined by spaces, cells by a tab: readers treat both as whitespace, tables can
    // still see the cell boundary.
    QString text() const;
};

struct TextPage
{
    int number = 0; // 1-based
    QSizeF size;    // points
    QList<TextLine> lines;
};

// The one representation every report reader sees, whether the input was a PDF (words with
// real boxes from poppler) or plain text (synthetic boxes on a notional A4 page).
class DocumentText
{
public:
    QList<TextPage> pages;

    int pageCount() const { return int(pages.size()); }
    int wordCount() const;
    bool hasText() const { return wordCount() > 0; }

    // Plain text: pages split on form feeds, lines on newlines, words on spaces; each word
    // gets a monospace box so provenance still means something.
    static DocumentText fromPlainText(const QString &text);
};

} // namespace inspectdesk
