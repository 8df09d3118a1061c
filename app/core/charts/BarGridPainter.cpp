// Comparison (grouped bars) and grid drawing for chartpaint; see ChartPainter.h.
#include "ChartPainter.h"

#include <QPainter>

namespace inspectdesk::chartpaint {

namespace {
// Text in a cell at the largest size up to maxSize that shows all of it, wrapped if need be:
// a smaller font rather than a word cut off ("Requires improvement to be good" in a narrow
// column, as the screen's grid wraps it).
void drawFitted(QPainter &p, const QRectF &rect, const QString &text, int maxSize, bool bold, bool italic)
{
    const int flags = Qt::AlignCenter | Qt::TextWordWrap;
    QFont f;
    for (int size = maxSize; size >= 4; --size) {
        f = font(size, bold);
        f.setItalic(italic);
        const QRectF needed = QFontMetricsF(f, p.device()).boundingRect(rect, flags, text);
        if (needed.width() <= rect.width() + 0.5 && needed.height() <= rect.height() + 0.5)
            break;
    }
    p.setFont(f);
    p.drawText(rect, flags, text);
}
} // namespace

void drawComparison(QPainter &p, const QRectF &rect, const YearSnapshot &s)
{
    // Every word and mark comes from the description (YearSnapshot), as on screen (ChartBuilder).
    p.save();
    const qreal fs = 9, labelWidth = 80, axisTitleWidth = fs * 1.6;
    const QString notes = s.footnotes.join(QLatin1Char('\n'));
    const qreal notesHeight = notes.isEmpty()
                                  ? 0
                                  : QFontMetricsF(font(fs - 1), p.device())
                                            .boundingRect(QRectF(0, 0, rect.width(), 1000), Qt::TextWordWrap, notes)
                                            .height() +
                                        2;
    const qreal titleHeight = fs * 2;
    p.setPen(Qt::black);
    p.setFont(font(fs + 1, true));
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleHeight), Qt::AlignCenter, s.title());
    const QRectF plot(rect.left() + axisTitleWidth + labelWidth + 6, rect.top() + titleHeight + 6,
                      rect.width() - axisTitleWidth - labelWidth - 12,
                      rect.height() - titleHeight - 6 - fs * 5 - notesHeight);
    if (!notes.isEmpty()) {
        p.setPen(QColor(0x333333));
        drawWrapped(p, QRectF(rect.left(), rect.bottom() - notesHeight, rect.width(), notesHeight), notes,
                    font(fs - 1));
    }
    drawValueAxis(p, plot, labelWidth, fs, 0, s.valueLabels);
    p.save(); // the axis title, turned to run up beside the labels
    p.translate(rect.left() + axisTitleWidth / 2, plot.center().y());
    p.rotate(-90);
    p.setPen(Qt::black);
    p.setFont(font(fs));
    p.drawText(QRectF(-plot.height() / 2, -axisTitleWidth / 2, plot.height(), axisTitleWidth), Qt::AlignCenter,
               s.valueAxisTitle());
    p.restore();
    p.setFont(font(fs));
    auto yAt = [&](qreal v) { return plot.bottom() - v / 4.5 * plot.height(); };
    const int groups = int(s.outcomeKeys.size());
    const int bars = int(s.councils.size());
    const qreal groupWidth = groups ? plot.width() / groups : 0;
    const qreal barWidth = bars ? groupWidth * 0.8 / bars : 0;
    for (int g = 0; g < groups; ++g) {
        const qreal gx = plot.left() + g * groupWidth + groupWidth * 0.1;
        for (int c = 0; c < bars; ++c) {
            const QRectF slot(gx + c * barWidth, plot.top(), barWidth, plot.height());
            const ChartPoint *pt = s.cell(c, g);
            const QString mark = s.barMark(c, g);
            if (!pt) {
                p.setPen(QColor(0x666666));
                p.drawText(QRectF(slot.left() - 4, plot.bottom() - 12, slot.width() + 8, 12), Qt::AlignCenter, mark);
                continue;
            }
            const int index = s.councilIndexes[c];
            const QRectF bar(QPointF(slot.left() + 0.5, yAt(pt->value())), QPointF(slot.right() - 0.5, plot.bottom()));
            // Unreviewed: a pale bar of the council's colour (as on screen), its pattern drawn in
            // the colour so that in grey print the councils' bars still differ.
            if (s.hollow(c, g)) {
                p.fillRect(bar, chartstyle::unreviewedBarFill(index));
                p.fillRect(bar, QBrush(chartstyle::councilColour(index), chartstyle::councilPattern(index)));
            } else {
                p.fillRect(bar, chartstyle::councilColour(index));
                p.fillRect(bar, QBrush(Qt::white, chartstyle::councilPattern(index)));
            }
            p.setPen(QPen(Qt::black, (s.hollow(c, g) ? 1.0 : 0.6) * s.outlineWidth(c)));
            p.drawRect(bar);
            if (!mark.isEmpty()) {
                p.setPen(Qt::black);
                p.drawText(QRectF(bar.left() - 4, bar.top() - 12, bar.width() + 8, 12), Qt::AlignCenter, mark);
            }
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(plot.left() + g * groupWidth, plot.bottom() + 3, groupWidth, fs * 4.5),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, s.outcomeShortLabels[g]);
    }
    p.restore();
}

void drawGrid(QPainter &p, const QRectF &rect, const YearSnapshot &s)
{
    p.save();
    const int cols = int(s.outcomeKeys.size());
    const int rows = int(s.councils.size());
    const qreal nameWidth = qMin(170.0, rect.width() * 0.22);
    const qreal headerHeight = 34;
    const qreal cellWidth = cols ? (rect.width() - nameWidth) / cols : 0;
    const QString notes = s.footnotes.join(QLatin1Char('\n'));
    const qreal notesHeight = notes.isEmpty()
                                  ? 0
                                  : QFontMetricsF(font(8), p.device())
                                            .boundingRect(QRectF(0, 0, rect.width(), 1000), Qt::TextWordWrap, notes)
                                            .height() +
                                        4;
    const qreal cellHeight = rows ? qMin(34.0, (rect.height() - headerHeight - notesHeight) / rows) : 0;
    if (!notes.isEmpty()) {
        p.setPen(QColor(0x333333));
        drawWrapped(p,
                    QRectF(rect.left(), rect.top() + headerHeight + rows * cellHeight + 4, rect.width(), notesHeight),
                    notes, font(8));
    }
    p.setPen(Qt::black);
    for (int c = 0; c < cols; ++c) // long words must fit narrow columns
        drawFitted(p, QRectF(rect.left() + nameWidth + c * cellWidth + 2, rect.top(), cellWidth - 4, headerHeight),
                   s.outcomeLabels[c], qRound(qBound(6.0, cellWidth / 8.5, 8.0)), true, false);
    for (int r = 0; r < rows; ++r) {
        const qreal y = rect.top() + headerHeight + r * cellHeight;
        p.setFont(font(9, true));
        p.setPen(Qt::black);
        p.drawText(QRectF(rect.left(), y, nameWidth - 4, cellHeight),
                   Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, s.councils[r]);
        for (int c = 0; c < cols; ++c) {
            const QRectF cell(rect.left() + nameWidth + c * cellWidth, y, cellWidth, cellHeight);
            const ChartPoint *pt = s.cell(r, c);
            p.fillRect(cell, pt ? chartstyle::judgementColour(pt->judgement) : QColor(Qt::white));
            p.setPen(QPen(Qt::black, 0.5));
            p.drawRect(cell);
            if (!pt) {
                p.setFont(font(8));
                p.drawText(cell, Qt::AlignCenter, s.cellLabel(r, c));
                continue;
            }
            p.setPen(chartstyle::judgementTextColour(pt->judgement));
            // The judgement on the first line; the printed grade, year and marks on the second;
            // italic when not yet reviewed, as on screen.
            const bool italic = s.hollow(r, c);
            // Narrow cells (portrait pages) get a smaller font rather than a clipped word.
            drawFitted(p, cell.adjusted(2, 1, -2, -cellHeight / 2), s.cellLabel(r, c),
                       qRound(qBound(6.0, cellWidth / 7.5, 9.0)), true, italic);
            drawFitted(p, cell.adjusted(2, cellHeight / 2, -2, -1), s.cellDetail(r, c), 7, false, italic);
        }
    }
    p.restore();
}

} // namespace inspectdesk::chartpaint
