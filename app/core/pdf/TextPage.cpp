#include "pdf/TextPage.h"

#include "pdf/Typography.h"

namespace inspectdesk {

QString TextLine::text() const
{
    QString out;
    int cell = 0;
    for (int i = 0; i < words.size(); ++i) {
        if (i > 0) {
            const bool newCell = cell + 1 < cellStarts.size() && cellStarts[cell + 1] == i;
            if (newCell)
                ++cell;
            out += newCell ? QLatin1Char('\t') : QLatin1Char(' ');
        }
        out += words[i].text;
    }
    return out;
}

bool TextPage::isEmpty() const
{
    for (const TextLine &line : lines)
        if (!line.words.isEmpty())
            return false;
    return true;
}

QList<TextWord> TextPage::words() const
{
    QList<TextWord> all;
    for (const TextLine &line : lines)
        all += line.words;
    return all;
}

QList<QList<QRectF>> TextPage::find(const QString &needle) const
{
    QList<QList<QRectF>> hits;
    const QString wanted = plainTypography(needle).simplified().toCaseFolded();
    if (wanted.isEmpty())
        return hits;
    // Words joined by single spaces; for every word where it starts and which line holds it.
    struct Placed
    {
        int start;
        int end;
        int line;
        QRectF box;
    };
    QString joined;
    QList<Placed> placed;
    for (int l = 0; l < lines.size(); ++l)
        for (const TextWord &w : lines[l].words) {
            if (!joined.isEmpty())
                joined += QLatin1Char(' ');
            const int start = int(joined.size());
            joined += w.text.toCaseFolded();
            placed.append({start, int(joined.size()), l, w.box});
        }
    for (qsizetype at = joined.indexOf(wanted); at >= 0; at = joined.indexOf(wanted, at + 1)) {
        const qsizetype end = at + wanted.size();
        QList<QRectF> rects;
        int lastLine = -1;
        for (const Placed &p : std::as_const(placed)) {
            if (p.end <= at || p.start >= end)
                continue;
            if (p.line == lastLine)
                rects.last() = rects.last().united(p.box);
            else
                rects.append(p.box);
            lastLine = p.line;
        }
        if (!rects.isEmpty())
            hits.append(rects);
    }
    return hits;
}

QString TextPage::textIn(const QRectF &rect) const
{
    QString text;
    for (const TextLine &line : lines) {
        bool lineStarted = false;
        for (const TextWord &w : line.words) {
            if (!rect.contains(w.box.center()))
                continue;
            if (!text.isEmpty())
                text += lineStarted ? QLatin1Char(' ') : QLatin1Char('\n');
            text += w.text;
            lineStarted = true;
        }
    }
    return text;
}

QRectF TextPage::boxIn(const QRectF &rect) const
{
    QRectF box;
    for (const TextLine &line : lines)
        for (const TextWord &w : line.words)
            if (rect.contains(w.box.center()))
                box = box.isNull() ? w.box : box.united(w.box);
    return box;
}

} // namespace inspectdesk
