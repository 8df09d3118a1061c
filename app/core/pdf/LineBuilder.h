#pragma once

#include "pdf/DocumentText.h"

namespace inspectdesk {

// Rebuilds reading-order lines from loose word boxes (poppler's textList order is not
// reliable across columns and table cells): words are grouped by baseline, ordered by x,
// split at wide gaps into cells, and a page with two text columns is read left column first.
// Dot leaders become cell gaps, word pieces poppler returns apart ("Outstand" "ing") are
// joined, raised footnote markers dropped, and a smaller-font run on another baseline (a
// footer touching a table row) is a line of its own.
class LineBuilder
{
public:
    static QList<TextLine> buildLines(const QList<TextWord> &words, const QSizeF &pageSize);
};

} // namespace inspectdesk
