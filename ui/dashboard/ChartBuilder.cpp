#include "ChartBuilder.h"

#include "charts/ChartStyle.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QGraphicsItemGroup>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace inspectdesk {

namespace {
QScatterSeries::MarkerShape scatterShape(MarkerShape shape)
{
    switch (shape) {
    case MarkerShape::Circle:
        return QScatterSeries::MarkerShapeCircle;
    case MarkerShape::Square:
        return QScatterSeries::MarkerShapeRectangle;
    case MarkerShape::Diamond:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case MarkerShape::Triangle:
        return QScatterSeries::MarkerShapeTriangle;
    case MarkerShape::Star:
        return QScatterSeries::MarkerShapeStar;
    case MarkerShape::Pentagon:
        return QScatterSeries::MarkerShapePentagon;
    }
    return QScatterSeries::MarkerShapeCircle;
}

// A small panel's grade label broken into lines of about a dozen characters (Qt Charts draws
// axis labels as rich text): whole, where one line would be cut to "Requires i…".
QString wrappedLabel(const QString &label)
{
    QStringList lines;
    for (const QString &word : label.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!lines.isEmpty() && lines.last().size() + 1 + word.size() <= 12)
            lines.last() += QLatin1Char(' ') + word;
        else
            lines << word;
    }
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

// The described labels at 1..4; the labels sit on the values, not between them. A small
// panel's labels wrap and go without the axis title (the panel's place in the grid says it).
QCategoryAxis *judgementAxis(qreal min, const QStringList &labels, bool compact = false)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int v = 1; v <= 4 && v <= labels.size(); ++v)
        axis->append(compact ? wrappedLabel(labels[v - 1]) : labels[v - 1], v);
    axis->setRange(min, 4.5);
    if (compact) {
        QFont f = axis->labelsFont();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        axis->setLabelsFont(f);
        axis->setTruncateLabels(false); // wrapped to fit; Qt would still cut them in a squeeze
    } else {
        axis->setTitleText(QObject::tr("Judgement"));
    }
    return axis;
}

// A QChart that tears down quickly. Qt Charts removes each series' legend markers one by one
// from the legend's item group, recomputing the group's bounding rect over every remaining
// marker each time: quadratic, and most of the cost of dropping a chart with hundreds of
// series. Moving the marker items out of the group first makes each removal constant time.
class QuickTeardownChart : public QChart
{
public:
    ~QuickTeardownChart() override
    {
        QLegend *legend = this->legend();
        legend->setVisible(false); // later per-marker hides are then no-ops
        for (QGraphicsItem *child : legend->childItems()) {
            if (auto *group = qgraphicsitem_cast<QGraphicsItemGroup *>(child)) {
                for (QGraphicsItem *item : group->childItems())
                    item->setParentItem(legend);
            }
        }
    }
};

QChart *newChart(const QString &title)
{
    QChart *chart = new QuickTeardownChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    return chart;
}
// Every line named at its end (right of its last point), labels nudged apart; placed again
// whenever the plot area changes, since how far apart they must be depends on its size.
void addLineLabels(BuiltChart &built, const TrendPanel &panel, const QHash<int, QLineSeries *> &lineOf, bool withFocus,
                   const QList<int> &years)
{
    QChart *chart = built.chart;
    QHash<int, QGraphicsSimpleTextItem *> items;
    qreal widest = 0;
    for (auto it = lineOf.constBegin(); it != lineOf.constEnd(); ++it) {
        const TrendSeries &s = panel.series[it.key()];
        auto *label = new QGraphicsSimpleTextItem(shortCouncilLabel(s.council), chart);
        QFont f = label->font();
        f.setBold(s.focus);
        label->setFont(f);
        label->setBrush(chartstyle::seriesLook(s.councilIndex, s.focus, withFocus).colour.darker(s.focus ? 100 : 130));
        label->setZValue(s.focus ? 12 : 11);
        // On a pale ground, so that a light colour stays readable over England's band.
        auto *ground = new QGraphicsRectItem(label->boundingRect().adjusted(-2, 0, 2, 0), label);
        ground->setFlag(QGraphicsItem::ItemStacksBehindParent);
        ground->setPen(Qt::NoPen);
        ground->setBrush(chartstyle::labelGround());
        items.insert(it.key(), label);
        widest = qMax(widest, label->boundingRect().width());
    }
    QMargins m = chart->margins();
    m.setRight(m.right() + int(widest) + 12);
    chart->setMargins(m);
    // Ascending series order: the order the description names them in.
    QList<int> keys = items.keys();
    std::sort(keys.begin(), keys.end());
    for (int k : std::as_const(keys))
        built.lineLabels << items.value(k);
    const int span = years.isEmpty() ? 1 : years.last() - years.first() + 1; // the axis: first - 0.5 .. last + 0.5
    auto place = [chart, panel, items, lineOf, widest, span] {
        const QRectF plot = chart->plotArea();
        if (plot.height() <= 0 || items.isEmpty())
            return;
        const qreal textHeight = items.begin().value()->boundingRect().height();
        const qreal gap = textHeight * 1.05 / plot.height() * 4.0; // the value axis spans 0.5..4.5
        // The text starts 9 px right of its point; a marker reaches about 6 px left of its year.
        const qreal widthYears = (widest + 9 + 6) / (plot.width() / span);
        for (const LineEndLabel &label : panel.lineEndLabels(gap, widthYears)) {
            QGraphicsSimpleTextItem *item = items.value(label.series);
            QLineSeries *line = lineOf.value(label.series);
            if (!item || !line || line->count() == 0)
                continue;
            const QPointF end = chart->mapToPosition(line->points().constLast(), line);
            const QPointF at = chart->mapToPosition(QPointF(label.year, label.at), line);
            item->setPos(end.x() + 9, at.y() - textHeight / 2);
        }
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
}
// Behind the lines: for each year a column of the shares of England's (or the region's)
// councils at each grade, stacked from Inadequate at the foot over the value axis' height
// (0.5..4.5); one area series per grade, stepped at the half years.
void addBand(BuiltChart &built, const TrendPanel &panel, QAbstractAxis *x, QAbstractAxis *y)
{
    if (!panel.hasBand())
        return;
    for (int v = 1; v <= 4; ++v) {
        auto *area = new QAreaSeries;
        auto *lower = new QLineSeries(area);
        auto *upper = new QLineSeries(area);
        QList<QPointF> lo, hi;
        for (const YearGrades &g : panel.band) {
            const qreal foot = 0.5 + 4 * g.shareBelow(v), top = foot + 4 * g.share(v);
            lo << QPointF(g.year - 0.5, foot) << QPointF(g.year + 0.5, foot);
            hi << QPointF(g.year - 0.5, top) << QPointF(g.year + 0.5, top);
        }
        lower->replace(lo);
        upper->replace(hi);
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setName(panel.valueLabels.value(v - 1));
        area->setColor(chartstyle::bandColour(Judgement(v)));
        area->setPen(Qt::NoPen);
        built.chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
        built.band << area;
    }
}
} // namespace

BuiltChart ChartBuilder::trend(const TrendPanel &panel, const QList<int> &years, bool compact)
{
    // More than kMaxTrendLines councils: the share of councils at each grade per year, and the
    // focus council's line over it.
    if (panel.showsDistribution())
        return distribution(GradeDistribution::of(panel, years), compact, panel.focusSeries());
    BuiltChart built;
    QChart *chart = newChart(panel.title);
    built.chart = chart;
    // Hidden while the series go in: each added series' legend markers would otherwise lay
    // out and hide one by one. The marker items then inherit the hidden state cheaply.
    chart->legend()->setVisible(false);
    auto *yearAxis = new QCategoryAxis;
    yearAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int first = years.isEmpty() ? 0 : years.first();
    const int last = years.isEmpty() ? 0 : years.last();
    // Over twenty years every label would not fit: label every 2nd or 5th year then.
    const int step = last - first + 1 > 12 ? (compact ? 5 : 2) : 1;
    for (int y = first; y <= last && !years.isEmpty(); ++y)
        if ((y - first) % step == 0)
            yearAxis->append(QString::number(y), y);
    yearAxis->setRange(first - 0.5, last + 0.5);
    if (!compact)
        yearAxis->setTitleText(QObject::tr("Assessment year"));
    else
        chart->setMargins(QMargins(4, 0, 8, 0)); // the panel's frame is margin enough
    QCategoryAxis *valueAxis = judgementAxis(0.5, panel.valueLabels, compact);
    chart->addAxis(yearAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    addBand(built, panel, yearAxis, valueAxis);
    // Changes of framework: a dashed grey rule, its label at the foot (the title is at the top);
    // a change within a few years of the one before is labelled at the top instead, or in a
    // small panel the two labels run into each other ("ILACS 2018-22, with care leavers").
    QList<QLineSeries *> rules;
    const QList<bool> footLabels = changeLabelsInUsualPlace(panel.changes);
    for (int i = 0; i < panel.changes.size(); ++i) {
        const FrameworkChange &change = panel.changes[i];
        const bool atFoot = footLabels[i];
        auto *rule = new QLineSeries;
        rule->setName(change.label);
        rule->setPen(QPen(QColor(0x555555), 1, Qt::DashLine));
        rule->append(change.x, 0.5);
        // A label at the top goes just inside a small panel's plot: above it, it would run
        // into the title, there being no margin.
        if (compact && !atFoot)
            rule->append(change.x, 4.15);
        rule->append(change.x, 4.5);
        rule->setPointLabelsFormat(change.label);
        rule->setPointLabelsClipping(false);
        rule->setPointLabelsColor(QColor(0x333333));
        rule->setPointConfiguration(atFoot ? 0 : 1, QXYSeries::PointConfiguration::LabelVisibility, true);
        chart->addSeries(rule);
        rule->attachAxis(yearAxis);
        rule->attachAxis(valueAxis);
        rules << rule;
        built.changeRules << rule;
    }
    built.changes = rules.size();
    QList<QLineSeries *> lines;
    lines.reserve(panel.series.size());
    const bool withFocus = panel.focusSeries() != nullptr;
    // Comparators first, the focus council last: drawn on top.
    QList<const TrendSeries *> order;
    for (const TrendSeries &s : panel.series)
        if (!s.focus)
            order << &s;
    if (const TrendSeries *focus = panel.focusSeries())
        order << focus;
    // The legend lists the focus council first, as on paper, though its line goes in last to
    // be drawn on top: an empty series of its look stands for it there.
    QScatterSeries *focusKey = nullptr;
    if (const TrendSeries *focus = panel.focusSeries()) {
        const chartstyle::SeriesLook look = chartstyle::seriesLook(focus->councilIndex, true, true);
        focusKey = new QScatterSeries;
        focusKey->setName(focus->council);
        focusKey->setMarkerShape(scatterShape(look.marker));
        focusKey->setMarkerSize((compact ? 8 : 12) * 1.3);
        focusKey->setColor(look.colour);
        focusKey->setBorderColor(look.colour);
        chart->addSeries(focusKey);
        focusKey->attachAxis(yearAxis);
        focusKey->attachAxis(valueAxis);
        built.focusKey = focusKey;
    }
    QHash<int, QLineSeries *> lineOf; // panel series index -> its line
    for (const TrendSeries *sp : std::as_const(order)) {
        const TrendSeries &s = *sp;
        const chartstyle::SeriesLook look = chartstyle::seriesLook(s.councilIndex, s.focus, withFocus);
        const QColor colour = look.colour;
        auto *line = new QLineSeries;
        line->setName(s.council);
        line->setPen(QPen(colour, (compact ? 1.5 : 2.5) * look.weight, look.dash));
        auto *marks = new QScatterSeries;
        marks->setName(s.council);
        marks->setMarkerShape(scatterShape(look.marker));
        marks->setMarkerSize((compact ? 8 : 12) * (s.focus ? 1.3 : 1));
        marks->setColor(colour);
        marks->setBorderColor(colour);
        // Unreviewed judgements: hollow markers (white fill inside the council's border).
        // Reports that disagree for the year: a "!" label on that point only.
        // Qt 6.4 has one label format per series: the trend's only badge is "!" (TrendPoint).
        marks->setPointLabelsFormat(QStringLiteral("!"));
        marks->setPointLabelsClipping(false);
        QFont labelFont = marks->pointLabelsFont();
        labelFont.setBold(true);
        labelFont.setPointSizeF(labelFont.pointSizeF() * 1.6);
        marks->setPointLabelsFont(labelFont);
        marks->setPointLabelsColor(Qt::black);
        QList<QPointF> points;
        QList<ChartPoint> sources;
        points.reserve(s.points.size());
        sources.reserve(s.points.size());
        for (const TrendPoint &p : s.points) {
            points << QPointF(p.year, p.value());
            sources << p.source;
        }
        line->replace(points);
        marks->replace(points);
        for (int i = 0; i < s.points.size(); ++i) {
            const TrendPoint &p = s.points[i];
            if (p.hollow())
                marks->setPointConfiguration(i, QXYSeries::PointConfiguration::Color, QColor(Qt::white));
            if (!p.badge().isEmpty())
                marks->setPointConfiguration(i, QXYSeries::PointConfiguration::LabelVisibility, true);
        }
        chart->addSeries(line);
        chart->addSeries(marks);
        for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(marks)}) {
            series->attachAxis(yearAxis);
            series->attachAxis(valueAxis);
        }
        lines << line;
        lineOf.insert(int(sp - panel.series.constData()), line);
        if (s.focus) {
            built.focusLine = line;
            built.focusPoints = marks;
        }
        built.sources.insert(marks, sources);
        built.councilOf.insert(marks, s.council);
        built.outcomeOf.insert(marks, panel.key);
    }
    // One legend entry per council: the marker (shape + colour) stands for both series.
    // One pass over the markers, not a search of all of them per line series.
    QSet<const QAbstractSeries *> lineSet(lines.cbegin(), lines.cend());
    for (QLineSeries *rule : std::as_const(rules))
        lineSet.insert(rule);
    for (QAbstractSeries *band : std::as_const(built.band)) // said in the notes under the chart
        lineSet.insert(band);
    if (built.focusPoints)
        lineSet.insert(built.focusPoints); // focusKey names it
    for (QLegendMarker *marker : chart->legend()->markers())
        if (lineSet.contains(marker->series()))
            marker->setVisible(false);
    chart->legend()->setVisible(!compact);
    if (!compact)
        addLineLabels(built, panel, lineOf, withFocus, years);
    return built;
}

BuiltChart ChartBuilder::comparison(const YearSnapshot &snapshot)
{
    // Every word and mark comes from the description (YearSnapshot), as on paper (chartpaint).
    BuiltChart built;
    QChart *chart = newChart(snapshot.title());
    chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    built.chart = chart;
    auto *series = new QBarSeries;
    for (int c = 0; c < snapshot.councils.size(); ++c) {
        auto *set = new QBarSet(snapshot.councils[c]);
        const int index = snapshot.councilIndexes[c];
        set->setColor(chartstyle::councilColour(index));
        // An outline of its own: the theme's leaves a pale bar hard to see on white.
        set->setPen(QPen(Qt::black, snapshot.outlineWidth(c)));
        set->setSelectedColor(chartstyle::unreviewedBarFill(index)); // unreviewed: a pale bar
        set->append(snapshot.values(c));
        QList<ChartPoint> sources;
        for (int o = 0; o < snapshot.outcomeKeys.size(); ++o) {
            const ChartPoint *p = snapshot.cell(c, o);
            sources << (p ? *p : ChartPoint());
            if (snapshot.hollow(c, o))
                set->selectBar(o);
        }
        built.sources.insert(set, sources);
        built.councilOf.insert(set, snapshot.councils[c]);
        series->append(set);
    }
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(snapshot.outcomeShortLabels);
    chart->addAxis(categories, Qt::AlignBottom);
    QCategoryAxis *valueAxis = judgementAxis(0, snapshot.valueLabels);
    valueAxis->setTitleText(snapshot.valueAxisTitle());
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(valueAxis);
    // The marks above bars ("*" unreviewed, "!" reports disagree, "–" no judgement): one
    // invisible scatter series per mark (one label format per series), at the top centre of
    // each bar (at the foot where there is none).
    const int bars = int(snapshot.councils.size());
    QHash<QString, QList<QPointF>> marksAt;
    QStringList markOrder;
    for (int c = 0; c < bars; ++c) {
        for (int o = 0; o < snapshot.outcomeKeys.size(); ++o) {
            const QString mark = snapshot.barMark(c, o);
            if (mark.isEmpty())
                continue;
            if (!marksAt.contains(mark))
                markOrder << mark;
            const ChartPoint *p = snapshot.cell(c, o);
            const qreal width = series->barWidth() / bars;
            marksAt[mark] << QPointF(o - series->barWidth() / 2 + (c + 0.5) * width, (p ? p->value() : 0) + 0.05);
        }
    }
    QSet<const QAbstractSeries *> markSeries;
    for (const QString &mark : std::as_const(markOrder)) {
        auto *marks = new QScatterSeries;
        marks->setName(mark);
        marks->setMarkerSize(1);
        marks->setColor(Qt::transparent);
        marks->setBorderColor(Qt::transparent);
        marks->setPointLabelsFormat(mark);
        marks->setPointLabelsVisible(true);
        marks->setPointLabelsClipping(false);
        QFont f = marks->pointLabelsFont();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.4); // as legible as on paper
        marks->setPointLabelsFont(f);
        marks->replace(marksAt.value(mark));
        chart->addSeries(marks);
        marks->attachAxis(categories);
        marks->attachAxis(valueAxis);
        built.badges << marks;
        markSeries.insert(marks);
    }
    for (QLegendMarker *marker : chart->legend()->markers())
        if (markSeries.contains(marker->series()))
            marker->setVisible(false);
    return built;
}

} // namespace inspectdesk
