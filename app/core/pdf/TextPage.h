#pragma once

#include <QList>
#include <QMetaType>
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

// The text of one page, the one model of it: the readers extract from its lines, the
// document view finds, selects and copies in it. Words are normalised (plainTypography)
// and put in reading order (LineBuilder) once, when the page is read (pdf/PdfText.h).
struct TextPage
{
    int number = 0; // 1-based
    QSizeF size;    // points
    QList<TextLine> lines;

    bool isEmpty() const;
    // Every word in reading order: line after line.
    QList<TextWord> words() const;
    // Every case-insensitive occurrence of needle (normalised like the words, whitespace-
    // insensitive between words); one entry per hit, each a list of rectangles, one per line
    // the hit spans.
    QList<QList<QRectF>> find(const QString &needle) const;
    // The words whose centre lies inside rect, in reading order: words of a line joined by a
    // space, lines by '\n'.
    QString textIn(const QRectF &rect) const;
    // The union of the boxes of those words (null when none).
    QRectF boxIn(const QRectF &rect) const;
};

} // namespace inspectdesk

Q_DECLARE_METATYPE(inspectdesk::TextPage)
