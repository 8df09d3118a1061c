#pragma once

#include "pdf/DocumentText.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace inspectdesk {

// The whole document as one string (lines end with '\n', cells are separated by '\t', every
// page ends with '\f') so readers can use regular expressions across wrapped lines and
// columns, while every character still maps back to its word, page and box.
class FlatText
{
public:
    explicit FlatText(const DocumentText &doc);

    const QString &text() const { return mText; }
    int lineCount() const { return int(mLineStarts.size()); }
    int lineAt(int pos) const; // index of the line holding pos
    int lineStart(int line) const { return mLineStarts[line]; }
    int lineEnd(int line) const; // position of the line's '\n'
    QString line(int line) const { return mText.mid(lineStart(line), lineEnd(line) - lineStart(line)); }
    int pageAt(int pos) const; // 1-based
    int pageStart(int page) const { return mPageStarts[page - 1]; }
    int pageEnd(int page) const;
    // Union of the boxes of the words overlapping [start, end) on the page of start.
    QRectF boxOf(int start, int end) const;

private:
    struct WordSpan
    {
        int start;
        int end;
        int page;
        QRectF box;
    };
    QString mText;
    QList<WordSpan> mWords;
    QList<int> mLineStarts;
    QList<int> mPageStarts;
};

} // namespace inspectdesk
