#include "Distribution.h"

#include "ChartStyle.h"

#include <QCoreApplication>

namespace inspectdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("inspectdesk::GradeDistribution", text);
}
} // namespace

bool GradeDistribution::focusMarked() const
{
    for (const YearGrades &g : grades)
        if (g.focus > 0)
            return true;
    return false;
}

QString GradeDistribution::note() const
{
    if (isEmpty())
        return {};
    if (focusMarked())
        return tr("Share of the %1 councils at each grade in each year; %2's grade outlined and marked")
            .arg(councilCount)
            .arg(focus);
    return tr("Share of the %1 councils at each grade in each year").arg(councilCount);
}

QString GradeDistribution::focusNote() const
{
    if (focus.isEmpty() || focusMarked())
        return {};
    return QCoreApplication::translate("inspectdesk::TrendPanel", "%1 has no judgement on %2 in these years")
        .arg(focus, familyLabel(key).toLower());
}

QStringList GradeDistribution::notes() const
{
    QStringList lines;
    for (const QString &line : QStringList{focusNote(), note()} + footnotes)
        if (!line.isEmpty())
            lines << line;
    return lines;
}

DataTable GradeDistribution::table() const
{
    DataTable t;
    t.title = tr("%1: distribution of grades").arg(title);
    t.headers << tr("Grade");
    for (int year : years)
        t.headers << QString::number(year);
    auto row = [&](const QString &first) {
        t.rows << QStringList{first};
        t.fills << QList<QColor>{QColor()};
    };
    for (int v = 4; v >= 1; --v) {
        row(valueLabels.value(v - 1));
        t.fills.last().first() = chartstyle::judgementColour(Judgement(v));
        for (const YearGrades &g : grades) {
            t.rows.last() << (g.total() > 0 ? tr("%1 (%2%)").arg(g.count(v)).arg(qRound(100 * g.share(v))) : QString());
            t.fills.last() << QColor();
        }
    }
    row(tr("Councils graded"));
    for (const YearGrades &g : grades) {
        t.rows.last() << QString::number(g.total());
        t.fills.last() << QColor();
    }
    if (!focus.isEmpty()) {
        row(tr("%1's grade").arg(focus));
        for (const YearGrades &g : grades) {
            t.rows.last() << (g.focus > 0 ? valueLabels.value(g.focus - 1) : QString());
            t.fills.last() << (g.focus > 0 ? chartstyle::judgementColour(Judgement(g.focus)) : QColor());
        }
    }
    return t;
}

GradeDistribution GradeDistribution::of(const TrendPanel &panel, const QList<int> &years)
{
    GradeDistribution d;
    d.key = panel.key;
    d.title = panel.title;
    d.focus = panel.focus;
    d.valueLabels = panel.valueLabels;
    d.changes = panel.changes;
    d.footnotes = panel.footnotes;
    const QList<YearGrades> found = panel.distribution(years);
    if (!years.isEmpty())
        for (int year = years.first(); year <= years.last(); ++year)
            d.years << year;
    for (int year : std::as_const(d.years)) {
        YearGrades g;
        g.year = year;
        for (const YearGrades &f : found)
            if (f.year == year)
                g = f;
        d.grades << g;
    }
    for (const TrendSeries &s : panel.series)
        d.councilCount += s.points.isEmpty() ? 0 : 1;
    return d;
}

GradeDistribution GradeDistribution::build(const ChartDataset &data, const QString &familyKey)
{
    const TrendData trend = TrendData::build(data);
    if (const TrendPanel *panel = trend.panel(familyKey))
        return of(*panel, trend.years);
    GradeDistribution d;
    d.key = familyKey;
    d.title = familyLabel(familyKey);
    d.focus = data.focusCouncil();
    return d;
}

} // namespace inspectdesk
