#pragma once

#include "pdf/DocumentText.h"

namespace inspectdesk {

// Rebuilds reading-order lines from loose word boxes (poppler's textList order is not
// reliable across columns and table cells): words are grouped by baseline, ordered by x,
// split at wide gaps into cells, and a page with two text columns is read left column first.
class LineBuilder
{
public:
    static QList<TextLine> buildLines(const QList<TextWord> &words, const QSizeF &pageSize);
};

} // namespace inspectdesk
