#include "ChartTables.h"

#include "ChartStyle.h"
#include "Distribution.h"
#include "LatestJudgements.h"
#include "Wording.h"

#include <QCoreApplication>

#include <algorithm>

namespace inspectdesk::charttables {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("inspectdesk::charttables", text);
}

QString withMarks(QString text, const ChartPoint &p)
{
    const QString marks = p.badge(true);
    return marks.isEmpty() ? text : text + QLatin1Char(' ') + marks;
}

// Under every chart table: where the data came from, what the marks mean, and which
// judgement each part of a family is.
QString notes(const QString &sourceLine, const QStringList &footnotes)
{
    QStringList lines;
    if (!sourceLine.isEmpty())
        lines << sourceLine;
    lines << tr("* not yet reviewed; ! reports disagree for that year, the latest published is shown.");
    lines << footnotes;
    return lines.join(QLatin1Char('\n'));
}

// A distribution's table (GradeDistribution owns it) with the source and its notes under it.
DataTable distributionTable(const GradeDistribution &d, const QString &sourceLine)
{
    DataTable t = d.table();
    t.sourceLine = (QStringList{sourceLine} + d.notes()).join(QLatin1Char('\n'));
    return t;
}
} // namespace

DataTable trend(const TrendPanel &panel, const QString &sourceLine)
{
    QList<int> years;
    for (const TrendSeries &s : panel.series)
        for (const TrendPoint &p : s.points)
            if (!years.contains(p.year))
                years << p.year;
    std::sort(years.begin(), years.end());
    DataTable table;
    table.title = panel.title;
    table.headers << tr("Council");
    for (int year : years)
        table.headers << QString::number(year);
    for (const TrendSeries &s : panel.series) {
        QStringList row(table.columnCount());
        QList<QColor> fills(table.columnCount());
        row[0] = s.council;
        for (const TrendPoint &p : s.points) {
            const int column = int(years.indexOf(p.year)) + 1;
            row[column] = withMarks(judgementWording(p.source.kind, p.source.judgement), p.source);
            fills[column] = chartstyle::judgementColour(p.source.judgement);
        }
        table.rows << row;
        table.fills << fills;
    }
    table.sourceLine = notes(sourceLine, panel.footnotes);
    return table;
}

QString snapshotCell(const YearSnapshot &s, int council, int outcome)
{
    // The description words its cells once (YearSnapshot::cellText): the grid, the paper and
    // the table say the same.
    return s.cell(council, outcome) ? s.cellText(council, outcome) : QString();
}

DataTable snapshot(const YearSnapshot &s, const QString &sourceLine)
{
    DataTable table;
    table.title =
        s.asOf.isValid() ? tr("In force on %1").arg(s.asOf.toString(Qt::ISODate)) : tr("Judgements in %1").arg(s.year);
    table.headers << tr("Council") << s.outcomeLabels;
    for (int c = 0; c < s.councils.size(); ++c) {
        QStringList row{s.councils[c]};
        QList<QColor> fills{QColor()};
        for (int o = 0; o < s.outcomeKeys.size(); ++o) {
            row << snapshotCell(s, c, o);
            const ChartPoint *p = s.cell(c, o);
            fills << (p ? chartstyle::judgementColour(p->judgement) : QColor());
        }
        table.rows << row;
        table.fills << fills;
    }
    table.sourceLine = notes(sourceLine, s.footnotes);
    return table;
}

QList<DataTable> forView(const ChartDataset &data, const ChartPageContent &content)
{
    if (data.isEmpty())
        return {};
    const QString source = ChartPage::sourceLine(data);
    QList<DataTable> tables;
    switch (content.kind) {
    case ChartViewKind::Trend: {
        const TrendData all = TrendData::build(data);
        if (const TrendPanel *panel = all.panel(content.trendOutcome); panel && !panel->isEmpty()) {
            if (panel->showsDistribution())
                tables << distributionTable(GradeDistribution::of(*panel, all.years), source);
            tables << trend(*panel, source);
        }
        break;
    }
    case ChartViewKind::SmallMultiples:
        for (const TrendPanel &panel : TrendData::build(data).panels)
            if (!panel.isEmpty())
                tables << trend(panel, source);
        break;
    case ChartViewKind::Distribution:
        if (const GradeDistribution d = GradeDistribution::build(data, content.trendOutcome); !d.isEmpty())
            tables << distributionTable(d, source);
        break;
    case ChartViewKind::Latest:
        if (const LatestJudgements latest = LatestJudgements::build(data, content.latest); !latest.isEmpty())
            tables << latest.table();
        break;
    case ChartViewKind::Comparison:
    case ChartViewKind::Grid: {
        const YearSnapshot s = content.snapshot(data);
        if (!s.isEmpty())
            tables << snapshot(s, source);
        break;
    }
    }
    return tables;
}

} // namespace inspectdesk::charttables
