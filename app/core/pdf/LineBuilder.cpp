#include "pdf/LineBuilder.h"

#include <QRegularExpression>

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

// Dot leaders ("Being healthy ........ 3") are drawing, not text: a run of four or more leader
// characters is removed, and the word around it split there, so the gap it bridged becomes
// the cell boundary it stands for. Boxes of the pieces are shared out by character count.
QList<TextWord> withoutLeaders(const QList<TextWord> &words)
{
    static const QRegularExpression leader(QStringLiteral("(?:[.\u00B7\u2024\u2025\u2026_]\\s*){4,}"));
    QList<TextWord> out;
    out.reserve(words.size());
    auto leaderChar = [](QChar c) {
        return c == QLatin1Char('.') || c == QLatin1Char('_') || c == QChar(0x00B7) ||
               (c.unicode() >= 0x2024 && c.unicode() <= 0x2026);
    };
    for (const auto &w : words) {
        // Most words hold no leader at all: a plain count is far cheaper than the expression.
        if (std::count_if(w.text.cbegin(), w.text.cend(), leaderChar) < 2) {
            out << w;
            continue;
        }
        auto m = leader.match(w.text);
        if (!m.hasMatch()) {
            out << w;
            continue;
        }
        const double perChar = w.box.width() / std::max<qsizetype>(1, w.text.size());
        qsizetype from = 0;
        auto keep = [&](qsizetype a, qsizetype b) {
            const QString piece = w.text.mid(a, b - a).trimmed();
            if (!piece.isEmpty())
                out << TextWord{piece,
                                QRectF(w.box.left() + a * perChar, w.box.top(), (b - a) * perChar, w.box.height())};
        };
        for (; m.hasMatch(); m = leader.match(w.text, m.capturedEnd())) {
            keep(from, m.capturedStart());
            from = m.capturedEnd();
        }
        keep(from, w.text.size());
    }
    return out;
}

// Where the text sits: a box's bottom is the baseline plus the font's descent, about a fifth
// of the box in common text fonts.
double baselineOf(const QRectF &r)
{
    return r.bottom() - 0.2 * r.height();
}

// Letter-spaced text ("G R A D E S"): poppler returns widely tracked letters as one-letter
// words. A run of three or more one-letter words closer than a line height is one word; a gap
// well over the run's usual one is a word break inside it.
QList<TextWord> joinLetterSpaced(const QList<TextWord> &in)
{
    auto single = [&](qsizetype k) { return in[k].text.size() == 1 && in[k].text[0].isLetter(); };
    auto gap = [&](qsizetype k) { return in[k + 1].box.left() - in[k].box.right(); };
    QList<TextWord> out;
    qsizetype i = 0;
    while (i < in.size()) {
        qsizetype j = i;
        while (single(i) && j + 1 < in.size() && single(j + 1) && gap(j) < in[j].box.height())
            ++j;
        if (j - i < 2) {
            for (qsizetype k = i; k <= j; ++k)
                out << in[k];
            i = j + 1;
            continue;
        }
        QList<double> gaps;
        for (qsizetype k = i; k < j; ++k)
            gaps << gap(k);
        std::sort(gaps.begin(), gaps.end());
        const double usual = gaps[gaps.size() / 2];
        TextWord word = in[i];
        for (qsizetype k = i + 1; k <= j; ++k) {
            if (gap(k - 1) > 1.6 * usual + 0.05 * word.box.height()) {
                out << word;
                word = in[k];
                continue;
            }
            word.text += in[k].text;
            word.box = word.box.united(in[k].box);
        }
        out << word;
        i = j + 1;
    }
    return out;
}

// Words of one row in x order, cleaned of what poppler splits or adds: pieces of one word
// placed glyph by glyph ("Outstand" "ing", gap well under a space) are joined, and footnote
// markers (a small raised number or symbol touching the word before) are dropped, and
// letter-spaced words are joined.
QList<TextWord> tidyRow(const QList<TextWord> &rowWords)
{
    static const QRegularExpression marker(QStringLiteral("^[0-9*\u2020\u2021\u00A7\u00B9\u00B2\u00B3]{1,3}$"));
    QList<TextWord> out;
    for (const auto &w : joinLetterSpaced(rowWords)) {
        if (!out.isEmpty()) {
            TextWord &p = out.last();
            const double h = p.box.height();
            const double gap = w.box.left() - p.box.right();
            const bool sameSize = std::abs(w.box.height() - h) < 0.1 * h;
            if (sameSize && gap > -0.05 * h && gap < 0.15 * h &&
                std::abs(baselineOf(w.box) - baselineOf(p.box)) < 0.1 * h) {
                p.text += w.text;
                p.box = p.box.united(w.box);
                continue;
            }
            if (w.box.height() < 0.8 * h && gap > -0.1 * h && gap < 0.25 * h &&
                baselineOf(p.box) - baselineOf(w.box) > 0.15 * h && marker.match(w.text).hasMatch())
                continue;
        }
        out << w;
    }
    return out;
}

Row toRow(const QList<TextWord> &rowWords)
{
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
    return row;
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
        Row row = toRow(tidyRow(rowWords));
        // A run in a smaller font on another baseline (a running footer or header set into the
        // margin of a table row) is a line of its own, not a cell of the row.
        double tallest = 0, base = 0;
        for (const auto &f : std::as_const(row.fragments))
            if (f.box.height() > tallest) {
                tallest = f.box.height();
                base = baselineOf(f.box);
            }
        Row aside;
        for (qsizetype i = row.fragments.size() - 1; i >= 0 && row.fragments.size() > 1; --i) {
            const Fragment &f = row.fragments[i];
            if (f.box.height() < 0.8 * tallest && std::abs(baselineOf(f.box) - base) > 0.15 * tallest) {
                aside.fragments.prepend(f);
                row.fragments.removeAt(i);
            }
        }
        if (aside.fragments.isEmpty()) {
            out.append(row);
            continue;
        }
        QList<TextWord> asideWords;
        for (const auto &f : std::as_const(aside.fragments))
            asideWords += f.words;
        aside = toRow(asideWords);
        const bool below = centreY(aside.fragments.first().box) > centreY(row.fragments.first().box);
        out.append(below ? row : aside);
        out.append(below ? aside : row);
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
    // Runs wider than either column could be (full-width paragraphs above or below the
    // columns, a heading) are read as spanning rows anyway: they do not hide a gutter.
    QList<const Fragment *> frags;
    for (const auto &r : rows)
        for (const auto &f : r.fragments)
            if (f.box.width() <= 0.6 * pageWidth)
                frags << &f;
    if (frags.size() < 12 || !(pageWidth > 0) || !std::isfinite(pageWidth))
        return -1;
    double bestX = -1;
    int bestCross = INT_MAX, bestRun = 0, run = 0;
    // Every 2 points across the middle of the page, but never more than kMaxSteps positions:
    // the count of steps is an integer, so a huge or absurd page width (a crafted MediaBox
    // 1e17 wide, where x + 2 == x) costs at most kMaxSteps passes over the fragments.
    constexpr int kMaxSteps = 4096;
    const double span = 0.4 * pageWidth;
    const int steps = int(std::min(std::floor(span / 2), double(kMaxSteps)));
    const double step = steps >= kMaxSteps ? span / steps : 2.0;
    for (int i = 0; i <= steps; ++i) {
        const double x = 0.3 * pageWidth + i * step;
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
                bestX = x - (run - 1) * step / 2;
            }
        } else {
            run = 0;
        }
    }
    if (bestX < 0 || bestCross > std::max(1, int(frags.size()) / 20))
        return -1;
    // Widths per row and side, cells together: a table in one column (label | grade) is as
    // wide as that column even though its grade cells are narrow.
    QList<double> leftW, rightW;
    for (const auto &r : rows) {
        QRectF left, right;
        for (const auto &f : r.fragments) {
            if (f.box.right() <= bestX)
                left = left.isNull() ? f.box : left.united(f.box);
            else if (f.box.left() >= bestX)
                right = right.isNull() ? f.box : right.united(f.box);
        }
        if (!left.isNull())
            leftW << left.width();
        if (!right.isNull())
            rightW << right.width();
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
    const QList<Row> rows = groupRows(withoutLeaders(words));
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
        // A short right-hand cell alone beside left text is a table row (label | grade), not
        // a second column: keep it on one line. A right side with cells of its own (label and
        // grade of a table in the right column) stays in its column.
        const bool tableRow = !l.isEmpty() && rt.size() == 1 && rt.last().box.width() < 0.15 * pageSize.width();
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
