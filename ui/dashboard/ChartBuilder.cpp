#include "ChartBuilder.h"

#include "charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>

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

// Inadequate..Outstanding at 1..4; the labels sit on the values, not between them.
QCategoryAxis *judgementAxis(qreal min)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QStringList labels = chartstyle::valueAxisLabels();
    for (int v = 1; v <= 4; ++v)
        axis->append(labels[v - 1], v);
    axis->setRange(min, 4.5);
    axis->setTitleText(QObject::tr("Judgement"));
    return axis;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    return chart;
}
} // namespace

BuiltChart ChartBuilder::trend(const TrendPanel &panel, const QList<int> &years, bool compact)
{
    BuiltChart built;
    QChart *chart = newChart(panel.title);
    built.chart = chart;
    auto *yearAxis = new QCategoryAxis;
    yearAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int first = years.isEmpty() ? 0 : years.first();
    const int last = years.isEmpty() ? 0 : years.last();
    for (int y = first; y <= last && !years.isEmpty(); ++y)
        yearAxis->append(QString::number(y), y);
    yearAxis->setRange(first - 0.5, last + 0.5);
    yearAxis->setTitleText(QObject::tr("Assessment year"));
    QCategoryAxis *valueAxis = judgementAxis(0.5);
    chart->addAxis(yearAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    for (const TrendSeries &s : panel.series) {
        const QColor colour = chartstyle::councilColour(s.councilIndex);
        auto *line = new QLineSeries;
        line->setName(s.council);
        QPen pen(colour, compact ? 1.5 : 2.5, chartstyle::councilDash(s.councilIndex));
        line->setPen(pen);
        auto *marks = new QScatterSeries;
        marks->setName(s.council);
        marks->setMarkerShape(scatterShape(chartstyle::councilMarker(s.councilIndex)));
        marks->setMarkerSize(compact ? 8 : 12);
        marks->setColor(colour);
        marks->setBorderColor(colour);
        QList<ChartPoint> sources;
        for (const TrendPoint &p : s.points) {
            line->append(p.year, p.value());
            marks->append(p.year, p.value());
            sources << p.source;
        }
        chart->addSeries(line);
        chart->addSeries(marks);
        // Unreviewed judgements: hollow markers (white fill inside the council's border).
        // Reports that disagree for the year: a "!" label on that point only.
        marks->setPointLabelsFormat(QStringLiteral("!"));
        marks->setPointLabelsClipping(false);
        QFont labelFont = marks->pointLabelsFont();
        labelFont.setBold(true);
        labelFont.setPointSizeF(labelFont.pointSizeF() * 1.6);
        marks->setPointLabelsFont(labelFont);
        marks->setPointLabelsColor(Qt::black);
        for (int i = 0; i < sources.size(); ++i) {
            if (!sources[i].reviewed())
                marks->setPointConfiguration(i, QXYSeries::PointConfiguration::Color, QColor(Qt::white));
            if (sources[i].conflict)
                marks->setPointConfiguration(i, QXYSeries::PointConfiguration::LabelVisibility, true);
        }
        for (QAbstractSeries *series : {static_cast<QAbstractSeries *>(line), static_cast<QAbstractSeries *>(marks)}) {
            series->attachAxis(yearAxis);
            series->attachAxis(valueAxis);
        }
        // One legend entry per council: the marker (shape + colour) stands for both series.
        chart->legend()->markers(line).first()->setVisible(false);
        built.sources.insert(marks, sources);
        built.councilOf.insert(marks, s.council);
        built.outcomeOf.insert(marks, panel.key);
    }
    if (compact)
        chart->legend()->setVisible(false);
    return built;
}

BuiltChart ChartBuilder::comparison(const YearSnapshot &snapshot)
{
    BuiltChart built;
    QChart *chart = newChart(QObject::tr("Judgements in %1").arg(snapshot.year));
    chart->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    built.chart = chart;
    auto *series = new QBarSeries;
    for (int c = 0; c < snapshot.councils.size(); ++c) {
        auto *set = new QBarSet(snapshot.councils[c]);
        const int index = snapshot.councilIndexes[c];
        set->setColor(chartstyle::councilColour(index));
        set->setBorderColor(Qt::black);
        set->append(snapshot.values(c));
        QList<ChartPoint> sources;
        for (int o = 0; o < snapshot.outcomeKeys.size(); ++o) {
            const ChartPoint *p = snapshot.cell(c, o);
            sources << (p ? *p : ChartPoint());
        }
        built.sources.insert(set, sources);
        built.councilOf.insert(set, snapshot.councils[c]);
        series->append(set);
    }
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    for (const QString &key : snapshot.outcomeKeys)
        categories->append(outcomeShortLabel(key));
    chart->addAxis(categories, Qt::AlignBottom);
    QCategoryAxis *valueAxis = judgementAxis(0);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(valueAxis);
    return built;
}

} // namespace inspectdesk
