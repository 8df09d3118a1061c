#include "ChartPage.h"

#include "ChartPainter.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QSet>

namespace inspectdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("inspectdesk::ChartPage", text);
}
} // namespace

YearSnapshot ChartPageContent::snapshot(const ChartDataset &data) const
{
    // In force on a date: my council against its neighbours of that date's DfE model, each with
    // the judgement then in force whatever its year (as the latest judgements table).
    return asOf.isValid() ? YearSnapshot::inForceAsCharted(data, asOf) : YearSnapshot::build(data, year);
}

QString ChartPage::subtitle(const ChartDataset &data, const ChartPageContent &content)
{
    const ChartFilter &f = data.filter();
    QString what;
    switch (content.kind) {
    case ChartViewKind::Trend:
    case ChartViewKind::Distribution:
        what = familyLabel(content.trendOutcome);
        break;
    case ChartViewKind::SmallMultiples:
        what = tr("All chosen outcomes");
        break;
    case ChartViewKind::Latest:
        what = tr("Latest graded inspection of each council");
        if (!content.latest.region.isEmpty())
            what += tr(", %1").arg(content.latest.region);
        if (!content.latest.councilType.isEmpty())
            what += tr(", %1").arg(content.latest.councilType);
        break;
    case ChartViewKind::Comparison:
    case ChartViewKind::Grid:
        what = content.asOf.isValid()
                   ? tr("Judgements in force on %1").arg(QLocale().toString(content.asOf, QLocale::LongFormat))
                   : tr("Assessment year %1").arg(YearSnapshot::build(data, content.year).year);
        break;
    }
    QString years;
    if (!data.years().isEmpty())
        years = tr("%1–%2").arg(data.years().first()).arg(data.years().last());
    return tr("%1 · %2 · %3").arg(what, populationLabel(f.population), years);
}

QString ChartPage::sourceLine(const ChartDataset &data)
{
    QSet<qint64> reports;
    for (const ChartPoint &p : data.points())
        reports.insert(p.reportId);
    QString line = tr("Source: Ofsted inspection reports in InspectDesk (%1 judgements from %2 reports); "
                      "data as of %3.")
                       .arg(data.pointCount())
                       .arg(reports.size())
                       .arg(QLocale().toString(data.dataAsOf(), QLocale::ShortFormat));
    if (data.unreviewedCount() > 0)
        line += QLatin1Char(' ') + tr("%1 of them not yet reviewed (marked).").arg(data.unreviewedCount());
    else
        line += QLatin1Char(' ') + tr("All reviewed.");
    if (data.conflictCount() > 0)
        line +=
            QLatin1Char(' ') + tr("%1 disagree between reports: latest published shown (!).").arg(data.conflictCount());
    return line;
}

void ChartPage::render(QPainter &painter, const ChartDataset &data, const ChartPageContent &content)
{
    painter.save();
    const QSizeF size = chartpaint::usePointUnits(painter);
    renderInto(painter, QRectF(QPointF(0, 0), size), data, content);
    painter.restore();
}

void ChartPage::renderInto(QPainter &p, const QRectF &page, const ChartDataset &data, const ChartPageContent &content)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF area = page.adjusted(24, 24, -24, -24);
    qreal y = area.top();
    p.setPen(Qt::black);
    y += chartpaint::drawWrapped(p, QRectF(area.left(), y, area.width(), 60), content.title,
                                 chartpaint::font(16, true)) +
         2;
    y += chartpaint::drawWrapped(p, QRectF(area.left(), y, area.width(), 40), subtitle(data, content),
                                 chartpaint::font(10)) +
         8;
    const QString source = sourceLine(data);
    const qreal sourceHeight = 34;
    const QRectF sourceRect(area.left(), area.bottom() - sourceHeight, area.width(), sourceHeight);
    p.setPen(QColor(0x333333));
    chartpaint::drawWrapped(p, sourceRect, source, chartpaint::font(8));
    if (data.isEmpty()) {
        chartpaint::drawMessage(p, QRectF(area.left(), y, area.width(), sourceRect.top() - y),
                                tr("No judgements match this selection. Choose other councils, years, "
                                   "outcomes or report kinds."));
        p.restore();
        return;
    }
    const bool bars = content.kind == ChartViewKind::Comparison;
    QStringList legendCouncils = data.councils();
    const YearSnapshot snapshot = content.snapshot(data);
    const bool trendKind = content.kind == ChartViewKind::Trend || content.kind == ChartViewKind::SmallMultiples ||
                           content.kind == ChartViewKind::Distribution;
    const TrendData trend = trendKind ? TrendData::build(data) : TrendData();
    const TrendPanel *panel = trend.panel(content.trendOutcome);
    // A distribution names no council: its key of grades is drawn with it.
    const bool councilLegend = content.kind != ChartViewKind::Grid && content.kind != ChartViewKind::Distribution &&
                               content.kind != ChartViewKind::Latest &&
                               !(content.kind == ChartViewKind::Trend && panel && panel->showsDistribution());
    if (councilLegend && bars) // the councils with a bar, styled and keyed as the description says
        y += chartpaint::drawLegend(p, QRectF(area.left(), y, area.width(), 60), snapshot.councils,
                                    snapshot.councilIndexes, true, snapshot.markNote(true)) +
             6;
    else if (councilLegend)
        y += chartpaint::drawLegend(p, QRectF(area.left(), y, area.width(), 60), legendCouncils, bars,
                                    data.focusCouncil()) +
             6;
    const QRectF body(area.left(), y, area.width(), sourceRect.top() - y - 8);
    switch (content.kind) {
    case ChartViewKind::Trend:
        if (panel)
            chartpaint::drawTrendPanel(p, body, *panel, trend.years, int(trend.councils.size()), false);
        else
            chartpaint::drawMessage(p, body, tr("No judgements match this selection."));
        break;
    case ChartViewKind::SmallMultiples:
        chartpaint::drawSmallMultiples(p, body, trend);
        break;
    case ChartViewKind::Distribution:
        if (panel) {
            const GradeDistribution d = GradeDistribution::of(*panel, trend.years);
            chartpaint::drawDistribution(p, body, d, false, true, d.notes());
        } else {
            chartpaint::drawMessage(p, body, tr("No judgements match this selection."));
        }
        break;
    case ChartViewKind::Comparison:
        if (snapshot.isEmpty())
            chartpaint::drawMessage(p, body, tr("No judgements for %1.").arg(snapshot.year));
        else
            chartpaint::drawComparison(p, body, snapshot);
        break;
    case ChartViewKind::Grid:
        if (snapshot.isEmpty())
            chartpaint::drawMessage(p, body, tr("No judgements for %1.").arg(snapshot.year));
        else {
            p.setPen(QColor(0x333333));
            p.setFont(chartpaint::font(8));
            p.drawText(QRectF(body.left(), body.top(), body.width(), 14), Qt::AlignLeft, snapshot.markNote(false));
            chartpaint::drawGrid(p, body.adjusted(0, 18, 0, 0), snapshot);
        }
        break;
    case ChartViewKind::Latest: {
        const LatestJudgements latest = LatestJudgements::build(data, content.latest);
        if (latest.isEmpty())
            chartpaint::drawMessage(p, body, LatestJudgements::noDataMessage());
        else
            chartpaint::drawLatestJudgements(p, body, latest);
        break;
    }
    }
    p.restore();
}

} // namespace inspectdesk
