#include "ChartTables.h"

#include "ChartStyle.h"
#include "Distribution.h"
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

DataTable distribution(const TrendPanel &panel, const QList<int> &years, const QString &sourceLine)
{
    const QList<YearGrades> grades = panel.distribution(years);
    DataTable table;
    table.title = tr("%1: councils by grade").arg(panel.title);
    table.headers << tr("Grade");
    for (const YearGrades &g : grades)
        table.headers << QString::number(g.year);
    for (int value = 4; value >= 1; --value) {
        QStringList row{panel.valueLabels.value(value - 1)};
        QList<QColor> fills{chartstyle::judgementColour(Judgement(value))};
        for (const YearGrades &g : grades) {
            row << QString::number(g.count(value));
            fills << QColor();
        }
        table.rows << row;
        table.fills << fills;
    }
    QStringList total{tr("Councils graded")};
    for (const YearGrades &g : grades)
        total << QString::number(g.total());
    table.rows << total;
    table.sourceLine = notes(sourceLine, QStringList{panel.distributionNote()} + panel.footnotes);
    return table;
}

QString snapshotCell(const YearSnapshot &s, int council, int outcome)
{
    const ChartPoint *p = s.cell(council, outcome);
    if (!p)
        return {};
    const QString words = judgementWording(p->kind, p->judgement);
    QString text = words.compare(p->printed, Qt::CaseInsensitive) == 0 ? words : tr("%1 (“%2”)").arg(words, p->printed);
    if (s.asOf.isValid())
        text += tr(", %1").arg(s.cellYear(council, outcome));
    return withMarks(text, *p);
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
                tables << distribution(*panel, all.years, source);
            tables << trend(*panel, source);
        }
        break;
    }
    case ChartViewKind::SmallMultiples:
        for (const TrendPanel &panel : TrendData::build(data).panels)
            if (!panel.isEmpty())
                tables << trend(panel, source);
        break;
    case ChartViewKind::Comparison:
    case ChartViewKind::Grid: {
        const YearSnapshot s = content.snapshot(data);
        if (!s.isEmpty())
            tables << snapshot(s, source);
        break;
    }
    case ChartViewKind::Distribution: {
        const GradeDistribution d = GradeDistribution::build(data, content.trendOutcome);
        if (!d.isEmpty()) {
            DataTable table = d.table();
            table.sourceLine = notes(source, d.notes());
            tables << table;
        }
        break;
    }
    case ChartViewKind::Latest: // its panel hands over its own table (LatestJudgements::table)
        break;
    }
    return tables;
}

} // namespace inspectdesk::charttables
