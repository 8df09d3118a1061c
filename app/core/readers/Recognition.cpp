#include "readers/Recognition.h"

#include <algorithm>

namespace inspectdesk {

Cue cue(const char *pattern, double weight)
{
    QString p = QString::fromUtf8(pattern);
    p.replace(QLatin1Char(' '), QLatin1String("\\s+"));
    return Cue{QRegularExpression(p, QRegularExpression::CaseInsensitiveOption), weight};
}

double scoreCues(const FlatText &flat, const QList<Cue> &cues)
{
    // "Near the start": the first two pages, at most ~4000 characters (a long first page of
    // a text file is still mostly body).
    const int pages = int(flat.text().count(QLatin1Char('\f')));
    const int headEnd = std::min(pages >= 3 ? flat.pageStart(3) : int(flat.text().size()), 4000);
    const QString head = flat.text().left(headEnd);
    double score = 0;
    for (const auto &c : cues) {
        if (c.pattern.match(head).hasMatch())
            score += c.weight;
        else if (c.pattern.match(flat.text(), headEnd).hasMatch())
            score += c.weight / 3;
    }
    return std::clamp(score, 0.0, 1.0);
}

} // namespace inspectdesk
