#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace Poppler {
class Page;
}

namespace inspectdesk {

// One word on a page with its box in PDF points (page-relative, origin top-left).
struct PageWord
{
    QString text;
    QRectF box;
};

// The words of one page, for the document view: find, select-and-copy, and "which text is
// under this rectangle" when a reviewer points a judgement at a place. Pure data, so it can
// be built in a render thread and handed to the UI thread.
class PageText
{
public:
    PageText() = default;
    explicit PageText(QList<PageWord> words);
    static PageText fromPage(const Poppler::Page &page);

    bool isEmpty() const { return mWords.isEmpty(); }
    const QList<PageWord> &words() const { return mWords; }

    // Every case-insensitive occurrence of needle (whitespace-insensitive between words);
    // one entry per hit, each a list of rectangles (one per line the hit spans).
    QList<QList<QRectF>> find(const QString &needle) const;
    // The words whose centre lies inside rect, in reading order, lines separated by '\n'.
    QString textIn(const QRectF &rect) const;
    // The union of the boxes of those words (null when none).
    QRectF boxIn(const QRectF &rect) const;

private:
    QList<int> wordsIn(const QRectF &rect) const;
    QList<PageWord> mWords;
};

} // namespace inspectdesk
