// Distribution of grades (bars stacked to 100% per year) for chartpaint; see ChartPainter.h.
#include "ChartPainter.h"

#include <QCoreApplication>
#include <QPainter>
#include <functional>

namespace inspectdesk::chartpaint {

namespace {
// The share axis of a distribution: 0 to 100% with light rules.
void drawShareAxis(QPainter &p, const QRectF &plot, qreal labelWidth, qreal fontSize)
{
    p.setFont(font(fontSize));
    for (int pct : {0, 25, 50, 75, 100}) {
        const qreal y = plot.bottom() - pct / 100.0 * plot.height();
        p.setPen(QPen(QColor(0xCCCCCC), 0.5));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(plot.left() - labelWidth - 3, y - fontSize, labelWidth, 2 * fontSize),
                   Qt::AlignRight | Qt::AlignVCenter,
                   QCoreApplication::translate("inspectdesk::chartpaint", "%1%").arg(pct));
    }
    p.setPen(QPen(Qt::black, 0.8));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
}

// Which colour is which grade, then the focus council's mark, in rows of rowHeight within
// width (a small panel is too narrow for "Requires improvement (to be good)" and the rest in
// one row). Draws only when draw is set; returns the height used.
qreal gradeKey(QPainter &p, const QRectF &rect, qreal rowHeight, const QStringList &labels, const QString &focus,
               qreal fontSize, bool draw)
{
    const QFont plain = font(fontSize - 1), bold = font(fontSize - 1, true);
    qreal x = rect.left(), y = rect.top();
    auto item = [&](const QString &text, bool isFocus, const std::function<void(const QRectF &)> &swatch) {
        const qreal w = fontSize + 3 + QFontMetricsF(isFocus ? bold : plain, p.device()).horizontalAdvance(text) + 2;
        if (x > rect.left() && x + w > rect.right()) {
            x = rect.left();
            y += rowHeight;
        }
        if (draw) {
            swatch(QRectF(x, y + 2, fontSize, rowHeight - 4));
            p.setFont(isFocus ? bold : plain);
            p.setPen(isFocus ? chartstyle::focusColour() : QColor(Qt::black));
            p.drawText(QRectF(x + fontSize + 3, y, w, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, text);
        }
        x += w + 10;
    };
    for (int v = 1; v <= 4 && v <= labels.size(); ++v)
        item(labels[v - 1], false, [&](const QRectF &swatch) {
            p.fillRect(swatch, chartstyle::judgementColour(Judgement(v)));
            p.setPen(QPen(Qt::black, 0.4));
            p.drawRect(swatch);
        });
    if (!focus.isEmpty()) // the focus council's part of a bar is outlined, a diamond beside it
        item(QCoreApplication::translate("inspectdesk::chartpaint", "%1 (outlined)").arg(focus), true,
             [&](const QRectF &swatch) {
                 drawMarker(p, swatch.center(), fontSize * 0.7, MarkerShape::Diamond, chartstyle::focusColour(), true);
             });
    return y + rowHeight - rect.top();
}
} // namespace

qreal DistributionPlot::xAt(qreal year) const
{
    return last == first ? plot.center().x() : plot.left() + 12 + (year - first) * (plot.width() - 24) / (last - first);
}

qreal DistributionPlot::yAtShare(qreal share) const
{
    return plot.bottom() - share * plot.height();
}

DistributionPlot drawDistribution(QPainter &p, const QRectF &rect, const GradeDistribution &d, bool compact,
                                  bool markFocus, const QStringList &notes, qreal rightRoom)
{
    p.save();
    const qreal fs = compact ? 7 : 9;
    const qreal labelWidth = compact ? 58 : 80;
    p.setFont(font(fs + 1, true));
    p.setPen(Qt::black);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), fs * 2), Qt::AlignCenter, d.title);
    const QFont noteFont = font(fs - 1);
    // Small panels leave their notes to drawSmallMultiples, once under the grid.
    const QString noteText = compact ? QString() : notes.join(QLatin1Char('\n'));
    const QString focusKey = markFocus && d.focusMarked() ? d.focus : QString();
    const QRectF keyRoom(rect.left() + (compact ? 0 : labelWidth + 6), 0,
                         rect.width() - (compact ? 0 : labelWidth + 6) - rightRoom, 1000);
    const qreal keyHeight = gradeKey(p, keyRoom, fs * 1.8, d.valueLabels, focusKey, fs, false);
    const qreal notesHeight = noteText.isEmpty()
                                  ? 0
                                  : QFontMetricsF(noteFont, p.device())
                                            .boundingRect(QRectF(0, 0, rect.width(), 1000), Qt::TextWordWrap, noteText)
                                            .height() +
                                        2;
    DistributionPlot out;
    out.plot = QRectF(rect.left() + labelWidth + 6, rect.top() + fs * 2 + 4, rect.width() - labelWidth - 16 - rightRoom,
                      rect.height() - fs * 4 - 8 - notesHeight - keyHeight);
    out.first = d.years.isEmpty() ? 0 : d.years.first();
    out.last = d.years.isEmpty() ? 0 : d.years.last();
    const QRectF &plot = out.plot;
    if (!noteText.isEmpty()) {
        p.setPen(QColor(0x333333));
        drawWrapped(p, QRectF(rect.left(), rect.bottom() - notesHeight, rect.width(), notesHeight), noteText, noteFont);
    }
    drawShareAxis(p, plot, labelWidth, fs);
    gradeKey(p, keyRoom.translated(0, plot.bottom() + fs * 1.8), fs * 1.8, d.valueLabels, focusKey, fs, true);
    if (d.years.isEmpty() || plot.width() <= 0) {
        p.restore();
        return out;
    }
    p.setFont(font(fs));
    const int step = yearLabelStep(plot.width() - 24, out.last - out.first + 1, fs);
    for (int year = out.first; year <= out.last; ++year) {
        const qreal x = out.xAt(year);
        p.setPen(QPen(Qt::black, 0.8));
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3));
        if ((year - out.first) % step == 0)
            p.drawText(QRectF(x - 20, plot.bottom() + 3, 40, fs * 1.6), Qt::AlignCenter, QString::number(year));
    }
    // For each year a bar stacked to 100%, Inadequate at the foot, with the number of councils
    // in each part where it fits; the focus council's part outlined, a marker beside it.
    const qreal room = out.last > out.first ? (plot.width() - 24) / (out.last - out.first) : plot.width() / 2;
    const qreal barWidth = qMin(room * 0.7, 22.0); // the first and last bar stay inside the plot's 12pt margin
    for (const YearGrades &g : d.grades) {
        const qreal x = out.xAt(g.year);
        p.setFont(font(fs - 1));
        for (int v = 1; v <= 4; ++v) {
            if (g.count(v) == 0)
                continue;
            const QRectF part(x - barWidth / 2, out.yAtShare(g.shareBelow(v) + g.share(v)), barWidth,
                              g.share(v) * plot.height());
            p.fillRect(part, chartstyle::judgementColour(Judgement(v)));
            p.setPen(QPen(Qt::white, 0.6));
            p.drawRect(part);
            if (part.height() >= fs * 1.2 && barWidth >= fs * 1.4) {
                p.setPen(chartstyle::judgementTextColour(Judgement(v)));
                p.drawText(part, Qt::AlignCenter, QString::number(g.count(v)));
            }
        }
        if (markFocus && g.focus > 0) {
            const QRectF part(x - barWidth / 2, out.yAtShare(g.shareBelow(g.focus) + g.share(g.focus)), barWidth,
                              g.share(g.focus) * plot.height());
            p.setPen(QPen(chartstyle::focusColour(), compact ? 1.4 : 2));
            p.drawRect(part);
            drawMarker(p, QPointF(part.right() + (compact ? 3 : 5), part.center().y()), compact ? 4 : 6,
                       MarkerShape::Diamond, chartstyle::focusColour(), true);
        }
    }
    // Changes of framework: a dashed rule between the years and the judgement that starts there.
    p.setFont(font(fs - 1));
    const QFontMetricsF changeMetrics(p.font(), p.device());
    QList<qreal> ruleXs, labelWidths;
    QList<QRectF> bounds;
    for (const FrameworkChange &change : d.changes) {
        ruleXs << out.xAt(change.x);
        bounds << changeMetrics.boundingRect(change.label);
        labelWidths << bounds.last().width() + 1;
    }
    const QList<QPair<qreal, int>> labelAt = placeChangeLabels(plot, ruleXs, labelWidths);
    for (int i = 0; i < d.changes.size(); ++i) {
        p.setPen(QPen(QColor(0x333333), 1, Qt::DashLine));
        p.drawLine(QPointF(ruleXs[i], plot.top()), QPointF(ruleXs[i], plot.bottom()));
        const QRectF label =
            bounds[i]
                .translated(labelAt[i].first - bounds[i].left(), plot.top() + fs + labelAt[i].second * fs * 1.2)
                .adjusted(-1, 0, 1, 0);
        p.fillRect(label, Qt::white); // readable over the bars
        p.drawText(label, Qt::AlignCenter, d.changes[i].label);
    }
    if (d.isEmpty())
        drawMessage(p, plot, QCoreApplication::translate("inspectdesk::chartpaint", "No judgements"));
    p.restore();
    return out;
}

} // namespace inspectdesk::chartpaint
