#include "PageText.h"

#include <poppler-qt6.h>

#include <algorithm>

namespace inspectdesk {

namespace {
// Two words are on the same line when their vertical centres are within half a word height.
bool sameLine(const QRectF &a, const QRectF &b)
{
    return std::abs(a.center().y() - b.center().y()) < std::max(a.height(), b.height()) / 2.0;
}
} // namespace

PageText::PageText(QList<PageWord> words) : mWords(std::move(words)) {}

PageText PageText::fromPage(const Poppler::Page &page)
{
    QList<PageWord> words;
    const auto boxes = page.textList();
    words.reserve(int(boxes.size()));
    for (const auto &box : boxes) {
        // NFKC folds ligatures ("ﬀ" -> "ff") so finding and copying see plain letters.
        const QString text = box->text().normalized(QString::NormalizationForm_KC).trimmed();
        if (!text.isEmpty())
            words.append({text, box->boundingBox()});
    }
    return PageText(std::move(words));
}

QList<QList<QRectF>> PageText::find(const QString &needle) const
{
    QList<QList<QRectF>> hits;
    const QString wanted = needle.normalized(QString::NormalizationForm_KC).simplified().toCaseFolded();
    if (wanted.isEmpty())
        return hits;
    // Words joined by single spaces; starts[i] is where word i begins in that text.
    QString joined;
    QList<int> starts;
    for (const PageWord &w : mWords) {
        if (!joined.isEmpty())
            joined += QLatin1Char(' ');
        starts.append(int(joined.size()));
        joined += w.text.toCaseFolded();
    }
    for (qsizetype at = joined.indexOf(wanted); at >= 0; at = joined.indexOf(wanted, at + 1)) {
        const qsizetype end = at + wanted.size();
        QList<QRectF> rects;
        for (int i = 0; i < mWords.size(); ++i) {
            const int wordEnd = starts[i] + int(mWords[i].text.size());
            if (wordEnd <= at || starts[i] >= end)
                continue;
            if (!rects.isEmpty() && sameLine(rects.last(), mWords[i].box))
                rects.last() = rects.last().united(mWords[i].box);
            else
                rects.append(mWords[i].box);
        }
        if (!rects.isEmpty())
            hits.append(rects);
    }
    return hits;
}

QList<int> PageText::wordsIn(const QRectF &rect) const
{
    QList<int> inside;
    for (int i = 0; i < mWords.size(); ++i)
        if (rect.contains(mWords[i].box.center()))
            inside.append(i);
    return inside;
}

QString PageText::textIn(const QRectF &rect) const
{
    QString text;
    const QRectF *previous = nullptr;
    for (int i : wordsIn(rect)) {
        if (previous)
            text += sameLine(*previous, mWords[i].box) ? QLatin1Char(' ') : QLatin1Char('\n');
        text += mWords[i].text;
        previous = &mWords[i].box;
    }
    return text;
}

QRectF PageText::boxIn(const QRectF &rect) const
{
    QRectF box;
    for (int i : wordsIn(rect))
        box = box.isNull() ? mWords[i].box : box.united(mWords[i].box);
    return box;
}

} // namespace inspectdesk
