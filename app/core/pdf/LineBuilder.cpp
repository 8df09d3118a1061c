#include "pdf/LineBuilder.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace inspectdesk {

namespace {

// A run of words on one baseline with no wide gap inside: one table cell or one column's text.
struct Fragment
{
    QList<TextWord> words;
    QRectF box;
};

struct Row
{
    QList<Fragment> fragments;
    double y = 0; // top, for ordering
};

double centreY(const QRectF &r)
{
    return r.center().y();
}

QList<Row> groupRows(QList<TextWord> words)
{
    // Group by vertical centre: a word joins the row if its centre lies within ~half a line
    // of the row's first word. Sorting by centre keeps superscripts and slight jitter together.
    std::sort(words.begin(), words.end(),
              [](const TextWord &a, const TextWord &b) { return centreY(a.box) < centreY(b.box); });
    QList<QList<TextWord>> rows;
    double rowCentre = 0, rowHeight = 0;
    for (const auto &w : words) {
        const double c = centreY(w.box);
        if (rows.isEmpty() || c - rowCentre > 0.45 * std::max(rowHeight, 1.0)) {
            rows.append(QList<TextWord>());
            rowCentre = c;
            rowHeight = w.box.height();
        }
        rows.last().append(w);
    }

    QList<Row> out;
    for (auto &rowWords : rows) {
        std::sort(rowWords.begin(), rowWords.end(),
                  [](const TextWord &a, const TextWord &b) { return a.box.left() < b.box.left(); });
        double h = 0;
        for (const auto &w : rowWords)
            h = std::max(h, w.box.height());
        // A gap wider than ~1.5 em cannot be an inter-word space, even in justified text:
        // it is a table column boundary or the gutter between text columns.
        const double wideGap = std::max(1.5 * h, 10.0);
        Row row;
        row.y = rowWords.first().box.top();
        for (const auto &w : rowWords) {
            row.y = std::min(row.y, w.box.top());
            if (row.fragments.isEmpty() || w.box.left() - row.fragments.last().box.right() > wideGap)
                row.fragments.append(Fragment{{}, w.box});
            row.fragments.last().words.append(w);
            row.fragments.last().box = row.fragments.last().box.united(w.box);
        }
        out.append(row);
    }
    return out;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// Finds the x of a gutter between two text columns, or a negative value when the page is
// a single column. Both sides must hold wide runs of text: a narrow grade column next to
// labels is a table, not a second text column.
double findGutter(const QList<Row> &rows, double pageWidth)
{
    QList<const Fragment *> frags;
    for (const auto &r : rows)
        for (const auto &f : r.fragments)
            frags << &f;
    if (frags.size() < 12 || pageWidth <= 0)
        return -1;
    double bestX = -1;
    int bestCross = INT_MAX, bestRun = 0, run = 0;
    for (double x = 0.3 * pageWidth; x <= 0.7 * pageWidth; x += 2) {
        int cross = 0;
        for (const auto *f : frags)
            if (f->box.left() < x && f->box.right() > x)
                ++cross;
        if (cross < bestCross) {
            bestCross = cross;
            bestX = x;
            run = bestRun = 1;
        } else if (cross == bestCross) {
            ++run;
            if (run > bestRun) { // centre of the widest empty band
                bestRun = run;
                bestX = x - (run - 1);
            }
        } else {
            run = 0;
        }
    }
    if (bestX < 0 || bestCross > std::max(1, int(frags.size()) / 20))
        return -1;
    QList<double> leftW, rightW;
    for (const auto *f : frags) {
        if (f->box.right() <= bestX)
            leftW << f->box.width();
        else if (f->box.left() >= bestX)
            rightW << f->box.width();
    }
    if (leftW.size() < 6 || rightW.size() < 6)
        return -1;
    if (median(leftW) < 0.25 * pageWidth || median(rightW) < 0.25 * pageWidth)
        return -1;
    return bestX;
}

TextLine toLine(const QList<Fragment> &frags)
{
    TextLine line;
    for (const auto &f : frags) {
        line.cellStarts << int(line.words.size());
        line.words += f.words;
        line.box = line.box.isNull() ? f.box : line.box.united(f.box);
    }
    return line;
}

} // namespace

QList<TextLine> LineBuilder::buildLines(const QList<TextWord> &words, const QSizeF &pageSize)
{
    const QList<Row> rows = groupRows(words);
    const double gutter = findGutter(rows, pageSize.width());
    QList<TextLine> out;
    if (gutter < 0) {
        for (const auto &r : rows)
            out << toLine(r.fragments);
        return out;
    }
    // Two columns: buffer each side until a row spans the gutter (a heading, a full-width
    // table row), then emit the left column before the right one.
    QList<TextLine> left, right;
    auto flush = [&] {
        out += left;
        out += right;
        left.clear();
        right.clear();
    };
    for (const auto &r : rows) {
        QList<Fragment> l, rt;
        bool spans = false;
        for (const auto &f : r.fragments) {
            if (f.box.right() <= gutter)
                l << f;
            else if (f.box.left() >= gutter)
                rt << f;
            else
                spans = true;
        }
        // A short right-hand cell beside left text is a table row (label | grade), not
        // a second column: keep it on one line.
        const bool tableRow = !l.isEmpty() && !rt.isEmpty() && rt.last().box.width() < 0.15 * pageSize.width();
        if (spans || tableRow) {
            flush();
            out << toLine(r.fragments);
            continue;
        }
        if (!l.isEmpty())
            left << toLine(l);
        if (!rt.isEmpty())
            right << toLine(rt);
    }
    flush();
    return out;
}

} // namespace inspectdesk
