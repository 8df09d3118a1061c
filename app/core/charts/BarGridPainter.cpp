// Comparison (grouped bars) and grid drawing for chartpaint; see ChartPainter.h.
#include "ChartPainter.h"
#include "Wording.h"

#include <QCoreApplication>
#include <QPainter>

namespace inspectdesk::chartpaint {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("inspectdesk::chartpaint", text);
}
} // namespace

void drawComparison(QPainter &p, const QRectF &rect, const YearSnapshot &s)
{
    p.save();
    const qreal fs = 9, labelWidth = 80;
    const QString notes = s.footnotes.join(QLatin1Char('\n'));
    const qreal notesHeight = notes.isEmpty()
                                  ? 0
                                  : QFontMetricsF(font(fs - 1), p.device())
                                            .boundingRect(QRectF(0, 0, rect.width(), 1000), Qt::TextWordWrap, notes)
                                            .height() +
                                        2;
    const QRectF plot(rect.left() + labelWidth + 6, rect.top() + 6, rect.width() - labelWidth - 12,
                      rect.height() - 6 - fs * 5 - notesHeight);
    if (!notes.isEmpty()) {
        p.setPen(QColor(0x333333));
        drawWrapped(p, QRectF(rect.left(), rect.bottom() - notesHeight, rect.width(), notesHeight), notes,
                    font(fs - 1));
    }
    drawValueAxis(p, plot, labelWidth, fs, 0, s.valueLabels);
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
            if (!pt) {
                p.setPen(QColor(0x666666));
                p.drawText(QRectF(slot.left(), plot.bottom() - 12, slot.width(), 12), Qt::AlignCenter,
                           QStringLiteral("–"));
                continue;
            }
            const int index = s.councilIndexes[c];
            const QRectF bar(QPointF(slot.left() + 0.5, yAt(pt->value())), QPointF(slot.right() - 0.5, plot.bottom()));
            // Unreviewed: a hollow bar (as on screen and as the trend's hollow marker).
            if (pt->reviewed()) {
                p.fillRect(bar, chartstyle::councilColour(index));
                p.fillRect(bar, QBrush(Qt::white, chartstyle::councilPattern(index)));
            } else {
                p.fillRect(bar, Qt::white);
            }
            p.setPen(QPen(Qt::black, pt->reviewed() ? 0.6 : 1.0, pt->reviewed() ? Qt::SolidLine : Qt::DashLine));
            p.drawRect(bar);
            const QString mark = pt->badge(true);
            if (!mark.isEmpty()) {
                p.setPen(Qt::black);
                p.drawText(QRectF(bar.left() - 4, bar.top() - 12, bar.width() + 8, 12), Qt::AlignCenter, mark);
            }
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(plot.left() + g * groupWidth, plot.bottom() + 3, groupWidth, fs * 4.5),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, s.outcomeLabels[g]);
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
    p.setFont(font(qBound(6.0, cellWidth / 8.5, 8.0), true)); // long words must fit narrow columns
    p.setPen(Qt::black);
    for (int c = 0; c < cols; ++c)
        p.drawText(QRectF(rect.left() + nameWidth + c * cellWidth + 2, rect.top(), cellWidth - 4, headerHeight),
                   Qt::AlignCenter | Qt::TextWordWrap, s.outcomeLabels[c]);
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
                p.drawText(cell, Qt::AlignCenter, tr("no grade"));
                continue;
            }
            p.setPen(chartstyle::judgementTextColour(pt->judgement));
            // The judgement on the first line; the printed grade and any marks on the second.
            const QString label = judgementWording(pt->kind, pt->judgement);
            QString second = QStringLiteral("“%1”").arg(pt->printed);
            if (s.asOf.isValid()) // in force on a date: which year's inspection it is
                second += QStringLiteral(" %1").arg(s.cellYear(r, c));
            if (!pt->badge(true).isEmpty())
                second += QLatin1Char(' ') + pt->badge(true);
            // Narrow cells (portrait pages) get a smaller font rather than a clipped word.
            p.setFont(font(qBound(6.0, cellWidth / 7.5, 9.0), true));
            p.drawText(cell.adjusted(2, 2, -2, -cellHeight / 2), Qt::AlignCenter,
                       p.fontMetrics().elidedText(label, Qt::ElideRight, int(cell.width() - 4)));
            p.setFont(font(7));
            const QString printed = p.fontMetrics().elidedText(second, Qt::ElideMiddle, int(cell.width() - 4));
            p.drawText(cell.adjusted(2, cellHeight / 2, -2, -2), Qt::AlignCenter, printed);
        }
    }
    p.restore();
}

} // namespace inspectdesk::chartpaint
