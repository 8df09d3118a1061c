// ChartBuilder::distribution: the distribution of grades as Qt Charts objects.
#include "ChartBuilder.h"

#include "charts/ChartStyle.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace inspectdesk {

namespace {
const qreal kBarWidth = 0.7; // of a year's room

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

QString gradeTooltip(const YearGrades &g, const QStringList &labels, int v, const QString &focus)
{
    QString text = QObject::tr("%1, %2: %3 of %4 councils (%5%)")
                       .arg(g.year)
                       .arg(labels.value(v - 1))
                       .arg(g.count(v))
                       .arg(g.total())
                       .arg(qRound(100 * g.share(v)));
    if (g.focus == v)
        text += QLatin1Char('\n') + QObject::tr("%1 is one of them").arg(focus);
    return text;
}
} // namespace

BuiltChart ChartBuilder::distribution(const GradeDistribution &d, bool compact, const TrendSeries *focusLine)
{
    BuiltChart built;
    auto *chart = new QChart;
    chart->setTitle(d.title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    built.chart = chart;
    built.categoryOrigin = d.years.isEmpty() ? 0 : d.years.first();
    QStringList categories;
    for (int year : d.years)
        categories << QString::number(year);
    // For each year a bar stacked to 100%; hovering a part names the grade and the number of councils.
    auto *bars = new QStackedBarSeries;
    for (int v = 1; v <= 4 && v <= d.valueLabels.size(); ++v) {
        auto *set = new QBarSet(d.valueLabels[v - 1]);
        set->setColor(chartstyle::judgementColour(Judgement(v)));
        set->setBorderColor(Qt::white);
        for (const YearGrades &g : d.grades)
            *set << 100.0 * g.share(v);
        QObject::connect(set, &QBarSet::hovered, set, [d, v](bool state, int index) {
            if (!state || index < 0 || index >= d.grades.size())
                QToolTip::hideText();
            else
                QToolTip::showText(QCursor::pos(), gradeTooltip(d.grades[index], d.valueLabels, v, d.focus));
        });
        bars->append(set);
    }
    bars->setBarWidth(kBarWidth);
    chart->addSeries(bars);
    // The years on a category axis over the bars' positions (a year's bar at its index), labelled
    // every year, or every 2nd (5th in small panels) over twelve years, as the trend's lines:
    // Qt Charts measures every label on every layout and shortens each that does not fit, and
    // 22 years' labels do not fit a small panel. Rules and marks use the same axis.
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int step = categories.size() > 12 ? (compact ? 5 : 2) : 1;
    for (int i = 0; i < categories.size(); i += step)
        x->append(categories[i], i);
    x->setRange(-0.5, categories.size() - 0.5);
    auto *shareAxis = new QValueAxis;
    shareAxis->setRange(0, 100);
    shareAxis->setLabelFormat(QStringLiteral("%.0f%%"));
    if (compact) {
        // A small panel gives the axis titles' room to the bars (the grid of panels says what
        // the axes are) and keeps a line above the plot for the framework labels.
        chart->setMargins(QMargins(4, 10, 8, 0));
    } else {
        x->setTitleText(QObject::tr("Assessment year"));
        shareAxis->setTitleText(QObject::tr("Share of councils"));
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(shareAxis, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(shareAxis);
    QList<QAbstractSeries *> unnamed;
    // Labels at the top; one within a few years of the one before goes to the foot instead, or
    // the two run together ("ILACS 2018-22, with care leavers" into "ILACS 2023-").
    const QList<bool> topLabels = changeLabelsInUsualPlace(d.changes);
    for (int i = 0; i < d.changes.size(); ++i) {
        const FrameworkChange &change = d.changes[i];
        const bool atTop = topLabels[i];
        auto *rule = new QLineSeries;
        rule->setName(change.label);
        rule->setPen(QPen(QColor(0x333333), 1.5, Qt::DashLine));
        rule->append(change.x - built.categoryOrigin, 0);
        rule->append(change.x - built.categoryOrigin, 100);
        rule->setPointLabelsFormat(change.label);
        rule->setPointLabelsClipping(false);
        rule->setPointLabelsColor(Qt::black);
        rule->setPointConfiguration(atTop ? 1 : 0, QXYSeries::PointConfiguration::LabelVisibility, true);
        attach(chart, rule, x, shareAxis);
        built.changeRules << rule;
        unnamed << rule;
    }
    const QColor dark = chartstyle::focusColour();
    if (focusLine) {
        // The focus council over the distribution, through the middle of its grade's part.
        auto *line = new QLineSeries;
        line->setName(focusLine->council);
        line->setPen(QPen(dark, compact ? 2.5 : 4));
        auto *marks = new QScatterSeries;
        marks->setName(focusLine->council);
        marks->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        marks->setMarkerSize(compact ? 9 : 13);
        marks->setColor(dark);
        marks->setBorderColor(dark); // hollow (unreviewed): white inside a dark ring
        QList<ChartPoint> sources;
        for (const TrendPoint &p : focusLine->points) {
            const int i = int(p.year - built.categoryOrigin);
            if (i < 0 || i >= d.grades.size())
                continue;
            const QPointF at(i, 100 * d.grades[i].segmentMiddle(p.value()));
            line->append(at);
            marks->append(at);
            if (p.hollow())
                marks->setPointConfiguration(int(marks->count()) - 1, QXYSeries::PointConfiguration::Color,
                                             QColor(Qt::white));
            sources << p.source;
        }
        attach(chart, line, x, shareAxis);
        attach(chart, marks, x, shareAxis);
        built.focusLine = line;
        built.sources.insert(marks, sources);
        built.councilOf.insert(marks, focusLine->council);
        built.outcomeOf.insert(marks, d.key);
        unnamed << line;
        if (!compact && !sources.isEmpty()) {
            auto *label = new QGraphicsSimpleTextItem(shortCouncilLabel(focusLine->council), chart);
            QFont f = label->font();
            f.setBold(true);
            label->setFont(f);
            label->setBrush(dark);
            label->setZValue(100); // over the bars
            built.lineLabels << label;
            const QPointF end = line->points().constLast();
            auto place = [chart, label, line, end] {
                const QPointF at = chart->mapToPosition(end, line);
                label->setPos(at.x() + 10, at.y() - label->boundingRect().height() / 2);
            };
            QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
            QMargins m = chart->margins();
            m.setRight(m.right() + int(label->boundingRect().width()));
            chart->setMargins(m);
        }
    } else if (!d.focus.isEmpty()) {
        // The distribution view: the focus council's part of each bar outlined, a diamond beside it.
        auto *marks = new QScatterSeries;
        marks->setName(QObject::tr("%1 (outlined)").arg(d.focus));
        marks->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
        marks->setMarkerSize(compact ? 8 : 12);
        marks->setColor(dark);
        marks->setBorderColor(dark);
        for (int i = 0; i < d.grades.size(); ++i) {
            const YearGrades &g = d.grades[i];
            if (g.focus == 0)
                continue;
            const qreal lo = 100 * g.shareBelow(g.focus), hi = lo + 100 * g.share(g.focus);
            auto *outline = new QLineSeries;
            outline->setPen(QPen(dark, compact ? 2 : 3));
            outline->append({QPointF(i - kBarWidth / 2, lo), QPointF(i + kBarWidth / 2, lo),
                             QPointF(i + kBarWidth / 2, hi), QPointF(i - kBarWidth / 2, hi),
                             QPointF(i - kBarWidth / 2, lo)});
            attach(chart, outline, x, shareAxis);
            built.focusMarks << outline;
            unnamed << outline;
            marks->append(i + kBarWidth / 2 + 0.12, (lo + hi) / 2);
        }
        if (marks->count() > 0) {
            attach(chart, marks, x, shareAxis);
            built.focusMarks << marks;
        } else {
            delete marks;
        }
    }
    for (QLegendMarker *marker : chart->legend()->markers())
        if (unnamed.contains(marker->series()))
            marker->setVisible(false);
    chart->legend()->setVisible(!compact);
    return built;
}

} // namespace inspectdesk
