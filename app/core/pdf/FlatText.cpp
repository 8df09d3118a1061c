#include "pdf/FlatText.h"

#include <algorithm>

namespace inspectdesk {

FlatText::FlatText(const DocumentText &doc)
{
    for (const auto &page : doc.pages) {
        mPageStarts << int(mText.size());
        for (const auto &line : page.lines) {
            mLineStarts << int(mText.size());
            int cell = 0;
            for (int i = 0; i < line.words.size(); ++i) {
                if (i > 0) {
                    const bool newCell = cell + 1 < line.cellStarts.size() && line.cellStarts[cell + 1] == i;
                    if (newCell)
                        ++cell;
                    mText += newCell ? QLatin1Char('\t') : QLatin1Char(' ');
                }
                const int start = int(mText.size());
                mText += line.words[i].text;
                mWords << WordSpan{start, int(mText.size()), page.number, line.words[i].box};
            }
            mText += QLatin1Char('\n');
        }
        mText += QLatin1Char('\f');
    }
}

int FlatText::lineAt(int pos) const
{
    const auto it = std::upper_bound(mLineStarts.cbegin(), mLineStarts.cend(), pos);
    return std::max(0, int(it - mLineStarts.cbegin()) - 1);
}

int FlatText::lineEnd(int line) const
{
    const int nl = mText.indexOf(QLatin1Char('\n'), mLineStarts[line]);
    return nl < 0 ? int(mText.size()) : nl;
}

int FlatText::pageAt(int pos) const
{
    const auto it = std::upper_bound(mPageStarts.cbegin(), mPageStarts.cend(), pos);
    return std::max(1, int(it - mPageStarts.cbegin()));
}

int FlatText::pageEnd(int page) const
{
    return page < mPageStarts.size() ? mPageStarts[page] : int(mText.size());
}

QRectF FlatText::boxOf(int start, int end) const
{
    const int page = pageAt(start);
    auto it = std::lower_bound(mWords.cbegin(), mWords.cend(), start,
                               [](const WordSpan &w, int pos) { return w.end <= pos; });
    QRectF box;
    for (; it != mWords.cend() && it->start < end; ++it)
        if (it->page == page)
            box = box.isNull() ? it->box : box.united(it->box);
    return box;
}

} // namespace inspectdesk
