// The latest judgements table on paper; see ChartPainter.h. Draws the same rows, columns and
// colours as the screen table (LatestJudgements is the one description of both).
#include "ChartPainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace inspectdesk::chartpaint {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("inspectdesk::chartpaint", text);
}

// Relative column widths: names and grades in words need room, kind and change little.
QList<qreal> columnWeights(const LatestJudgements &t)
{
    QList<qreal> w;
    for (int c = 0; c < t.columnCount(); ++c) {
        if (c == LatestJudgements::CouncilColumn)
            w << 1.5;
        else if (c == LatestJudgements::KindColumn)
            w << 0.75; // "Inspection" and "Not in the database" on two lines
        else if (c == LatestJudgements::RegionColumn || c == LatestJudgements::CouncilTypeColumn)
            w << 0.8;
        else if (c == t.changeColumn())
            w << 0.75;
        else if (c == LatestJudgements::PublishedColumn)
            w << 0.85;
        else
            w << 1.0;
    }
    return w;
}
} // namespace

void drawLatestJudgements(QPainter &p, const QRectF &rect, const LatestJudgements &t)
{
    p.save();
    const QString notes = t.footnotes.join(QLatin1Char('\n'));
    const qreal notesHeight = QFontMetricsF(font(7), p.device())
                                  .boundingRect(QRectF(0, 0, rect.width(), 1000), Qt::TextWordWrap, notes)
                                  .height() +
                              4;
    const qreal headerHeight = 30;
    const qreal moreHeight = 12;
    const qreal tableHeight = rect.height() - notesHeight - headerHeight - moreHeight;
    // Two lines of a readable font per row where they fit; a page holds what it can and says
    // how many more there are (the export and the screen hold them all).
    const qreal rowHeight = qBound(17.0, tableHeight / qMax(1, int(t.rows.size())), 24.0);
    const int shown = qMin(int(t.rows.size()), int(tableHeight / rowHeight));
    const qreal fs = rowHeight >= 20 ? 7.5 : 6.5;

    const QList<qreal> weights = columnWeights(t);
    qreal total = 0;
    for (qreal w : weights)
        total += w;
    QList<qreal> xs{rect.left()};
    for (qreal w : weights)
        xs << xs.last() + rect.width() * w / total;

    p.setPen(Qt::black);
    p.setFont(font(7, true));
    for (int c = 0; c < t.columnCount(); ++c) {
        const QRectF cell(xs[c], rect.top(), xs[c + 1] - xs[c], headerHeight);
        p.fillRect(cell, QColor(0xEEEEEE));
        p.setPen(QPen(Qt::black, 0.5));
        p.drawRect(cell);
        p.drawText(cell.adjusted(2, 1, -2, -1), Qt::AlignCenter | Qt::TextWordWrap, t.header(c));
    }
    for (int r = 0; r < shown; ++r) {
        const qreal y = rect.top() + headerHeight + r * rowHeight;
        const bool strong = t.rows[r].role == LatestRowRole::Focus;
        for (int c = 0; c < t.columnCount(); ++c) {
            const QRectF cell(xs[c], y, xs[c + 1] - xs[c], rowHeight);
            const Judgement j = t.isGradeColumn(c) ? t.judgementAt(r, c) : Judgement::Unknown;
            if (j != Judgement::Unknown)
                p.fillRect(cell, chartstyle::judgementColour(j));
            else if (t.rows[r].role != LatestRowRole::Other)
                p.fillRect(cell, QColor(strong ? 0xDDDDDD : 0xF2F2F2)); // my council and its neighbours
            p.setPen(QPen(Qt::black, strong ? 1.2 : 0.5));
            p.drawRect(cell);
            p.setPen(j != Judgement::Unknown ? chartstyle::judgementTextColour(j) : QColor(Qt::black));
            const bool bold = strong || c == LatestJudgements::CouncilColumn;
            const QRectF inner = cell.adjusted(2, 1, -2, -1);
            const QString text = t.text(r, c);
            // The framework's words in full, wrapped, in a smaller size where needed; cut with an
            // ellipsis only when even that does not fit.
            const auto fits = [&](qreal size) {
                p.setFont(font(size, bold));
                const QRectF need = p.boundingRect(inner, Qt::AlignLeft | Qt::TextWordWrap, text);
                return need.height() <= inner.height() + 0.5 && need.width() <= inner.width() + 0.5;
            };
            qreal size = fs;
            while (size > 5.5 && !fits(size))
                size -= 0.5;
            if (fits(size))
                p.drawText(inner, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, text);
            else
                p.drawText(inner, Qt::AlignVCenter | Qt::AlignLeft,
                           p.fontMetrics().elidedText(text, Qt::ElideRight, int(inner.width())));
        }
    }
    qreal y = rect.top() + headerHeight + shown * rowHeight + 2;
    p.setPen(QColor(0x333333));
    if (shown < t.rows.size()) {
        p.setFont(font(7, true));
        p.drawText(QRectF(rect.left(), y, rect.width(), moreHeight), Qt::AlignLeft,
                   tr("%1 more councils not shown on this page: the export and the screen table list them all.")
                       .arg(t.rows.size() - shown));
    }
    y += moreHeight;
    drawWrapped(p, QRectF(rect.left(), y, rect.width(), notesHeight), notes, font(7));
    p.restore();
}

} // namespace inspectdesk::chartpaint
