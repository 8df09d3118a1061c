#include "ChartPainter.h"

#include <QCoreApplication>
#include <QHash>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace inspectdesk::chartpaint {

namespace {
const qreal kValueMax = 4.5;
QString tr(const char *text)
{
    return QCoreApplication::translate("inspectdesk::chartpaint", text);
}

// Room right of the plot for the names at the line ends.
qreal lineLabelRoom(QPainter &p, const TrendPanel &panel, qreal fontSize)
{
    const QFontMetricsF fm(font(fontSize, true), p.device());
    qreal width = 0;
    for (const TrendSeries &s : panel.series)
        if (!s.points.isEmpty() && (s.focus || !panel.showsDistribution()))
            width = qMax(width, fm.horizontalAdvance(shortCouncilLabel(s.council)));
    return width > 0 ? width + 10 : 0;
}

// A council's name right of its line's last point, at its nudged height, in the line's colour.
void drawLineLabel(QPainter &p, const QPointF &end, qreal y, const QString &text, const QColor &colour, bool focus,
                   qreal fontSize)
{
    p.setFont(font(fontSize, focus));
    p.setPen(colour.darker(focus ? 100 : 130));
    if (qAbs(y - end.y()) > fontSize * 0.6) // nudged away from its line: a thin leader
        p.drawLine(end + QPointF(3, 0), QPointF(end.x() + 7, y));
    // On a pale ground, so that a light colour stays readable over England's band.
    const QFontMetricsF metrics(p.font(), p.device());
    p.fillRect(QRectF(end.x() + 6, y - metrics.height() / 2, metrics.horizontalAdvance(text) + 4, metrics.height()),
               chartstyle::labelGround());
    p.drawText(QRectF(end.x() + 8, y - fontSize, 400, fontSize * 2), Qt::AlignLeft | Qt::AlignVCenter, text);
}

} // namespace

// The value axis: the described labels at 1..4, light rules, labels at the left (wrapped:
// "Requires improvement to be good" is long).
void drawValueAxis(QPainter &p, const QRectF &plot, qreal labelWidth, qreal fontSize, qreal minValue,
                   const QStringList &labels)
{
    p.setFont(font(fontSize));
    for (int v = 1; v <= 4 && v <= labels.size(); ++v) {
        const qreal y = plot.bottom() - (v - minValue) / (kValueMax - minValue) * plot.height();
        p.setPen(QPen(QColor(0xCCCCCC), 0.5));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(plot.left() - labelWidth - 3, y - 1.7 * fontSize, labelWidth, 3.4 * fontSize),
                   Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, labels[v - 1]);
    }
    p.setPen(QPen(Qt::black, 0.8));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
}

QList<QPair<qreal, int>> placeChangeLabels(const QRectF &plot, const QList<qreal> &xs, const QList<qreal> &widths)
{
    QList<QPair<qreal, int>> placed;
    QList<qreal> lineEnds; // where the last label on each line ends
    for (int i = 0; i < xs.size(); ++i) {
        const qreal x = xs[i], w = widths.value(i);
        const qreal left = x + 2 + w > plot.right() && x - 2 - w >= plot.left() ? x - 2 - w : x + 2;
        int line = 0;
        while (line < lineEnds.size() && left < lineEnds[line] + 3)
            ++line;
        if (line == lineEnds.size())
            lineEnds << 0;
        lineEnds[line] = left + w;
        placed << qMakePair(left, line);
    }
    return placed;
}

int yearLabelStep(qreal plotWidth, int yearCount, qreal fontSize)
{
    // A year label needs about three em; show every 2nd or 5th year when they would touch.
    const qreal room = yearCount > 1 ? plotWidth / (yearCount - 1) : plotWidth;
    for (int step : {1, 2, 5, 10})
        if (room * step >= fontSize * 3.2)
            return step;
    return 10;
}

QSizeF usePointUnits(QPainter &painter)
{
    QPaintDevice *d = painter.device();
    const qreal sx = d->logicalDpiX() / 72.0;
    const qreal sy = d->logicalDpiY() / 72.0;
    painter.scale(sx, sy);
    return QSizeF(d->width() / sx, d->height() / sy);
}

QFont font(qreal size, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(qMax(1, qRound(size)));
    f.setBold(bold);
    return f;
}

void drawMarker(QPainter &p, const QPointF &c, qreal size, MarkerShape shape, const QColor &colour, bool filled)
{
    const qreal r = size / 2;
    QPainterPath path;
    switch (shape) {
    case MarkerShape::Circle:
        path.addEllipse(c, r, r);
        break;
    case MarkerShape::Square:
        path.addRect(QRectF(c.x() - r * 0.85, c.y() - r * 0.85, r * 1.7, r * 1.7));
        break;
    case MarkerShape::Diamond:
        path.moveTo(c.x(), c.y() - r);
        path.lineTo(c.x() + r, c.y());
        path.lineTo(c.x(), c.y() + r);
        path.lineTo(c.x() - r, c.y());
        path.closeSubpath();
        break;
    case MarkerShape::Triangle:
        path.moveTo(c.x(), c.y() - r);
        path.lineTo(c.x() + r, c.y() + r * 0.8);
        path.lineTo(c.x() - r, c.y() + r * 0.8);
        path.closeSubpath();
        break;
    case MarkerShape::Star:
    case MarkerShape::Pentagon: {
        const int n = shape == MarkerShape::Star ? 10 : 5;
        for (int i = 0; i < n; ++i) {
            const qreal radius = shape == MarkerShape::Star && i % 2 ? r * 0.45 : r;
            const qreal a = -M_PI / 2 + i * 2 * M_PI / n;
            const QPointF pt(c.x() + radius * std::cos(a), c.y() + radius * std::sin(a));
            i == 0 ? path.moveTo(pt) : path.lineTo(pt);
        }
        path.closeSubpath();
        break;
    }
    }
    p.setPen(QPen(colour, 1.2));
    p.setBrush(filled ? QBrush(colour) : QBrush(Qt::white));
    p.drawPath(path);
    p.setBrush(Qt::NoBrush);
}

qreal legendHeight(QPainter &p, qreal width, const QStringList &councils)
{
    const QFontMetricsF fm(font(9), p.device());
    qreal x = 0;
    int rows = 1;
    for (const QString &c : councils) {
        const qreal w = 40 + fm.horizontalAdvance(c) + 14;
        if (x > 0 && x + w > width) {
            ++rows;
            x = 0;
        }
        x += w;
    }
    return rows * 14 + 14;
}

qreal drawLegend(QPainter &p, const QRectF &rect, const QStringList &councils, bool bars, const QString &focus)
{
    QList<int> indexes;
    for (int i = 0; i < councils.size(); ++i)
        indexes << i;
    const QString note = bars ? tr("* not yet reviewed (pale bar)    ! reports disagree: latest published shown")
                              : tr("Hollow marker: not yet reviewed    ! reports disagree: latest published shown");
    return drawLegend(p, rect, councils, indexes, bars, note, focus);
}

qreal drawLegend(QPainter &p, const QRectF &rect, const QStringList &councils, const QList<int> &styleIndexes,
                 bool bars, const QString &note, const QString &focus)
{
    p.save();
    p.setFont(font(9));
    const QFontMetricsF fm(p.font(), p.device());
    qreal x = rect.left(), y = rect.top();
    for (int i = 0; i < councils.size(); ++i) {
        const qreal w = 40 + fm.horizontalAdvance(councils[i]) + 14;
        if (x > rect.left() && x + w > rect.right()) {
            x = rect.left();
            y += 14;
        }
        const int style = styleIndexes.value(i, i);
        const QColor colour = chartstyle::councilColour(style);
        const QPointF mid(x + 16, y + 7);
        if (bars) {
            const QRectF swatch(x + 4, y + 2, 24, 10);
            p.fillRect(swatch, colour);
            p.fillRect(swatch, QBrush(Qt::white, chartstyle::councilPattern(style)));
            p.setPen(QPen(Qt::black, 0.5));
            p.drawRect(swatch);
        } else {
            const chartstyle::SeriesLook look = chartstyle::seriesLook(style, councils[i] == focus, !focus.isEmpty());
            p.setPen(QPen(look.colour, 1.6 * look.weight, look.dash));
            p.drawLine(QPointF(x + 2, mid.y()), QPointF(x + 30, mid.y()));
            drawMarker(p, mid, 7, look.marker, look.colour, true);
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(x + 36, y, w - 36, 14), Qt::AlignLeft | Qt::AlignVCenter, councils[i]);
        x += w;
    }
    y += 14;
    p.setFont(font(8));
    p.setPen(QColor(0x333333));
    p.drawText(QRectF(rect.left(), y, rect.width(), 14), Qt::AlignLeft | Qt::AlignVCenter, note);
    p.restore();
    return y + 14 - rect.top();
}

void drawTrendPanel(QPainter &p, const QRectF &rect, const TrendPanel &panel, const QList<int> &years, int councilCount,
                    bool compact)
{
    p.save();
    const qreal fs = compact ? 7 : 9;
    const qreal labelWidth = compact ? 58 : 80;
    const bool withFocus = panel.focusSeries() != nullptr;
    const qreal room = compact ? 0 : lineLabelRoom(p, panel, fs);
    if (panel.showsDistribution()) {
        // The share of councils at each grade per year; the focus council's line over it,
        // through the middle of its grade's part of each bar.
        const GradeDistribution d = GradeDistribution::of(panel, years);
        const DistributionPlot plot = drawDistribution(p, rect, d, compact, false, panel.notes(), room);
        if (const TrendSeries *focus = panel.focusSeries()) {
            const chartstyle::SeriesLook look = chartstyle::seriesLook(focus->councilIndex, true, true);
            QPolygonF line;
            for (const TrendPoint &pt : focus->points)
                for (const YearGrades &g : d.grades)
                    if (g.year == pt.year)
                        line << QPointF(plot.xAt(pt.year), plot.yAtShare(g.segmentMiddle(pt.value())));
            p.setPen(QPen(Qt::white, (compact ? 1.2 : 1.8) * look.weight + 2)); // a halo: readable over colours
            p.drawPolyline(line);
            p.setPen(QPen(look.colour, (compact ? 1.2 : 1.8) * look.weight));
            p.drawPolyline(line);
            for (int i = 0; i < line.size(); ++i)
                drawMarker(p, line[i], compact ? 6 : 8, look.marker, look.colour, !focus->points[i].hollow());
            if (!compact && !line.isEmpty())
                drawLineLabel(p, line.last(), line.last().y(), shortCouncilLabel(focus->council), look.colour, true,
                              fs);
        }
        p.restore();
        return;
    }
    p.setFont(font(fs + 1, true));
    p.setPen(Qt::black);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), fs * 2), Qt::AlignCenter, panel.title);
    // Notes (the focus council without data; which judgement each part of a line is) under
    // the plot. Small panels leave theirs to drawSmallMultiples, once under the grid.
    const QFont noteFont = font(fs - 1);
    const QString notes = compact ? QString() : panel.notes().join(QLatin1Char('\n'));
    const qreal notesHeight = notes.isEmpty()
                                  ? 0
                                  : QFontMetricsF(noteFont, p.device())
                                            .boundingRect(QRectF(0, 0, rect.width(), 1000), Qt::TextWordWrap, notes)
                                            .height() +
                                        2;
    const QRectF plot(rect.left() + labelWidth + 6, rect.top() + fs * 2 + 4, rect.width() - labelWidth - 16 - room,
                      rect.height() - fs * 4 - 8 - notesHeight);
    if (!notes.isEmpty()) {
        p.setPen(QColor(0x333333));
        drawWrapped(p, QRectF(rect.left(), rect.bottom() - notesHeight, rect.width(), notesHeight), notes, noteFont);
    }
    const int first = years.isEmpty() ? 0 : years.first(), last = years.isEmpty() ? 0 : years.last();
    auto xAt = [&](qreal year) {
        return last == first ? plot.center().x()
                             : plot.left() + 12 + (year - first) * (plot.width() - 24) / qreal(last - first);
    };
    auto yAt = [&](qreal v) { return plot.bottom() - (v - 0.5) / (kValueMax - 0.5) * plot.height(); };
    // Behind everything: each year's column of shares of England's (or the region's) councils
    // at each grade, stacked from Inadequate at the foot over the whole height of the plot.
    for (const YearGrades &g : panel.band) {
        if (g.total() == 0 || plot.width() <= 0)
            continue;
        const qreal left = last == first ? plot.left() : qMax(plot.left(), xAt(g.year - 0.5));
        const qreal right = last == first ? plot.right() : qMin(plot.right(), xAt(g.year + 0.5));
        for (int v = 1; v <= 4; ++v)
            if (g.count(v) > 0)
                p.fillRect(QRectF(QPointF(left, yAt(0.5 + 4 * (g.shareBelow(v) + g.share(v)))),
                                  QPointF(right, yAt(0.5 + 4 * g.shareBelow(v)))),
                           chartstyle::bandColour(Judgement(v)));
    }
    drawValueAxis(p, plot, labelWidth, fs, 0.5, panel.valueLabels);
    if (years.isEmpty() || plot.width() <= 0) {
        p.restore();
        return;
    }
    p.setFont(font(fs));
    const int step = yearLabelStep(plot.width() - 24, last - first + 1, fs);
    for (int year = first; year <= last; ++year) {
        const qreal x = xAt(year);
        p.setPen(QPen(Qt::black, 0.8));
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3));
        if ((year - first) % step == 0)
            p.drawText(QRectF(x - 20, plot.bottom() + 3, 40, fs * 1.6), Qt::AlignCenter, QString::number(year));
    }
    // Changes of framework: a dashed rule and the judgement that starts there.
    const QFontMetricsF changeMetrics(font(fs - 1), p.device());
    QList<qreal> ruleXs, labelWidths;
    for (const FrameworkChange &change : panel.changes) {
        ruleXs << xAt(change.x);
        labelWidths << changeMetrics.horizontalAdvance(change.label) + 1;
    }
    const QList<QPair<qreal, int>> labelAt = placeChangeLabels(plot, ruleXs, labelWidths);
    p.setFont(font(fs - 1));
    for (int i = 0; i < panel.changes.size(); ++i) {
        p.setPen(QPen(QColor(0x555555), 0.8, Qt::DashLine));
        p.drawLine(QPointF(ruleXs[i], plot.top()), QPointF(ruleXs[i], plot.bottom()));
        p.setPen(QColor(0x333333));
        p.drawText(QRectF(labelAt[i].first, plot.top() + labelAt[i].second * fs * 1.15, labelWidths[i], fs * 1.4),
                   Qt::AlignLeft | Qt::AlignTop, panel.changes[i].label);
    }
    p.setFont(font(fs));
    if (panel.isEmpty())
        drawMessage(p, plot, panel.focus.isEmpty() ? tr("No judgements") : panel.focusNote());
    // Comparators first, the focus council last: on top.
    QList<const TrendSeries *> order;
    for (const TrendSeries &s : panel.series)
        if (!s.focus)
            order << &s;
    if (const TrendSeries *focus = panel.focusSeries())
        order << focus;
    QHash<int, QPolygonF> drawn; // series index -> its points on the page
    for (const TrendSeries *sp : std::as_const(order)) {
        const TrendSeries &s = *sp;
        const chartstyle::SeriesLook look = chartstyle::seriesLook(s.councilIndex, s.focus, withFocus);
        // Councils with equal grades would hide each other: offset each line slightly.
        const qreal shift =
            panel.series.size() < 2 ? 0.0 : (s.councilIndex - (councilCount - 1) / 2.0) * (compact ? 1.5 : 2.5);
        QPolygonF line;
        for (const TrendPoint &pt : s.points)
            line << QPointF(xAt(pt.year), yAt(pt.value()) + shift);
        p.setPen(QPen(look.colour, (compact ? 1.2 : 1.8) * look.weight, look.dash));
        p.drawPolyline(line);
        drawn.insert(int(sp - panel.series.constData()), line);
        for (int i = 0; i < s.points.size(); ++i) {
            drawMarker(p, line[i], (compact ? 5 : 7) * (s.focus ? 1.3 : 1), look.marker, look.colour,
                       !s.points[i].hollow());
            if (!s.points[i].badge().isEmpty()) {
                // A boxed "!" above the point: reports disagree, the latest is shown.
                const QRectF badge(line[i].x() - fs * 0.55, line[i].y() - fs * 2.2, fs * 1.1, fs * 1.3);
                p.setPen(QPen(Qt::black, 0.6));
                p.setBrush(Qt::white);
                p.drawRect(badge);
                p.setBrush(Qt::NoBrush);
                p.setFont(font(fs, true));
                p.drawText(badge, Qt::AlignCenter, s.points[i].badge());
            }
        }
    }
    if (!compact && plot.height() > 0) {
        // Every line named at its end, labels nudged apart (one text line of room each).
        const qreal gap = fs * 1.15 / plot.height() * (kValueMax - 0.5);
        const qreal widthYears =
            last > first
                ? (QFontMetricsF(font(fs, true), p.device()).horizontalAdvance(QStringLiteral("Northumberland")) + 8 +
                   fs / 2) / // the text's offset from its point; a marker's half width
                      ((plot.width() - 24) / qreal(last - first))
                : 1;
        for (const LineEndLabel &label : panel.lineEndLabels(gap, widthYears)) {
            const QPolygonF &line = drawn.value(label.series);
            if (line.isEmpty())
                continue;
            const chartstyle::SeriesLook look =
                chartstyle::seriesLook(panel.series[label.series].councilIndex, label.focus, withFocus);
            drawLineLabel(p, line.last(), yAt(label.at), label.text, look.colour, label.focus, fs);
        }
    }
    p.restore();
}

void drawSmallMultiples(QPainter &p, const QRectF &rect, const TrendData &trend)
{
    const int n = int(trend.panels.size());
    if (n == 0)
        return;
    const int cols = n > 4 ? 2 : 1;
    const int rows = (n + cols - 1) / cols;
    const QFont noteFont = font(6.5);
    const QString noteText = trend.notes().join(QLatin1Char('\n'));
    const qreal notesHeight = noteText.isEmpty()
                                  ? 0
                                  : QFontMetricsF(noteFont, p.device())
                                            .boundingRect(QRectF(0, 0, rect.width(), 1000), Qt::TextWordWrap, noteText)
                                            .height() +
                                        4;
    if (!noteText.isEmpty()) {
        p.setPen(QColor(0x333333));
        drawWrapped(p, QRectF(rect.left(), rect.bottom() - notesHeight + 4, rect.width(), notesHeight), noteText,
                    noteFont);
    }
    const qreal w = rect.width() / cols, h = (rect.height() - notesHeight) / rows;
    for (int i = 0; i < n; ++i) {
        const QRectF cell(rect.left() + (i % cols) * w, rect.top() + (i / cols) * h, w - 6, h - 6);
        drawTrendPanel(p, cell, trend.panels[i], trend.years, int(trend.councils.size()), true);
    }
}

void drawMessage(QPainter &p, const QRectF &rect, const QString &message)
{
    p.save();
    p.setFont(font(12));
    p.setPen(QColor(0x333333));
    p.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, message);
    p.restore();
}

qreal drawWrapped(QPainter &p, const QRectF &rect, const QString &text, const QFont &f, int flags)
{
    p.save();
    p.setFont(f);
    QRectF used;
    p.drawText(rect, flags | Qt::TextWordWrap, text, &used);
    p.restore();
    return used.height();
}

} // namespace inspectdesk::chartpaint
