#include "YearSnapshot.h"

#include "TrendData.h"
#include "Wording.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace inspectdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("inspectdesk::YearSnapshot", text);
}
} // namespace

QString YearSnapshot::title() const
{
    return asOf.isValid() ? tr("Judgements in force on %1").arg(QLocale().toString(asOf, QLocale::LongFormat))
                          : tr("Judgements in %1").arg(year);
}

QString YearSnapshot::valueAxisTitle() const
{
    return tr("Judgement");
}

QString YearSnapshot::markNote(bool bars) const
{
    if (!bars)
        return tr("* not yet reviewed (italic)    ! reports disagree: latest published shown");
    QString note = tr("* not yet reviewed (pale bar)    ! reports disagree: latest published shown    – no judgement");
    if (councils.contains(focus))
        note += QStringLiteral("    ") + tr("bold outline: %1").arg(focus);
    return note;
}

bool YearSnapshot::hollow(int council, int outcome) const
{
    const ChartPoint *p = cell(council, outcome);
    return p && !p->reviewed();
}

QString YearSnapshot::barMark(int council, int outcome) const
{
    const ChartPoint *p = cell(council, outcome);
    return p ? p->badge(true) : QStringLiteral("–");
}

QString YearSnapshot::cellLabel(int council, int outcome) const
{
    const ChartPoint *p = cell(council, outcome);
    return p ? judgementWording(p->kind, p->judgement) : tr("no grade");
}

namespace {
// The printed grade, where it says something other than the framework's words.
QString printedAside(const ChartPoint &p, const QString &words)
{
    return words.compare(p.printed, Qt::CaseInsensitive) == 0 ? QString() : QStringLiteral("“%1”").arg(p.printed);
}
} // namespace

QString YearSnapshot::cellDetail(int council, int outcome) const
{
    const ChartPoint *p = cell(council, outcome);
    if (!p)
        return {};
    QStringList parts;
    const QString printed = printedAside(*p, cellLabel(council, outcome));
    if (!printed.isEmpty())
        parts << printed;
    if (asOf.isValid()) // in force on a date: which year's inspection it is
        parts << QString::number(cellYear(council, outcome));
    if (!p->badge(true).isEmpty())
        parts << p->badge(true);
    return parts.join(QLatin1Char(' '));
}

QString YearSnapshot::cellText(int council, int outcome) const
{
    const ChartPoint *p = cell(council, outcome);
    QString text = cellLabel(council, outcome);
    if (!p)
        return text;
    const QString printed = printedAside(*p, text);
    if (!printed.isEmpty())
        text = tr("%1 (%2)").arg(text, printed);
    if (asOf.isValid())
        text += tr(", %1").arg(cellYear(council, outcome));
    if (!p->badge(true).isEmpty())
        text += QLatin1Char(' ') + p->badge(true);
    return text;
}

const ChartPoint *YearSnapshot::cell(int council, int outcome) const
{
    if (council < 0 || council >= cells.size() || outcome < 0 || outcome >= cells[council].size())
        return nullptr;
    const auto &c = cells[council][outcome];
    return c ? &*c : nullptr;
}

QList<qreal> YearSnapshot::values(int council) const
{
    QList<qreal> v;
    for (int o = 0; o < outcomeKeys.size(); ++o) {
        const ChartPoint *p = cell(council, o);
        v << (p ? qreal(p->value()) : 0.0);
    }
    return v;
}

int YearSnapshot::fullestYear(const ChartDataset &data)
{
    int best = 0, bestCount = -1;
    for (int year : data.years()) {
        int count = 0;
        for (const QString &council : data.councils())
            for (const QString &key : data.outcomes())
                count += data.point(council, key, year) ? 1 : 0;
        if (count >= bestCount) {
            best = year;
            bestCount = count;
        }
    }
    return best;
}

namespace {
// The point in force on a date for a council and family, with its year: the latest on or
// before the date, unless a later SIF or ILACS inspection replaced it (a 2016 SIF's care
// leavers grade no longer stands after a 2021 ILACS that graded care leavers only together
// with children in care).
const ChartPoint *inForceOn(const ChartDataset &data, const QString &council, const QString &key, const QDate &date,
                            int *year)
{
    const QDate replacedBefore = data.latestFullInspection(council, date);
    const QList<int> years = data.years();
    for (int i = int(years.size()) - 1; i >= 0; --i) {
        const ChartPoint *p = data.point(council, key, years[i]);
        if (!p)
            continue;
        const QDate from = data.inForceFrom(*p, years[i]);
        if (from <= date && (!replacedBefore.isValid() || from >= replacedBefore)) {
            *year = years[i];
            return p;
        }
    }
    return nullptr;
}
} // namespace

YearSnapshot YearSnapshot::inForce(const ChartDataset &data, const QDate &date)
{
    YearSnapshot s;
    s.asOf = date;
    s.year = date.year();
    const QStringList councils = data.councils();
    QList<QList<std::optional<ChartPoint>>> rows;
    QList<QList<int>> rowYears;
    QList<bool> keep(data.outcomes().size(), false);
    for (int c = 0; c < councils.size(); ++c) {
        QList<std::optional<ChartPoint>> row;
        QList<int> ys;
        for (int o = 0; o < data.outcomes().size(); ++o) {
            int y = 0;
            const ChartPoint *p = inForceOn(data, councils[c], data.outcomes()[o], date, &y);
            row << (p ? std::optional<ChartPoint>(*p) : std::nullopt);
            ys << y;
            keep[o] = keep[o] || p;
        }
        rows << row;
        rowYears << ys;
    }
    for (int o = 0; o < keep.size(); ++o)
        if (keep[o])
            s.outcomeKeys << data.outcomes()[o];
    for (int c = 0; c < councils.size(); ++c) {
        QList<std::optional<ChartPoint>> row;
        QList<int> ys;
        for (int o = 0; o < keep.size(); ++o)
            if (keep[o]) {
                row << rows[c][o];
                ys << rowYears[c][o];
            }
        if (std::none_of(row.begin(), row.end(), [](const auto &cell) { return cell.has_value(); }))
            continue; // no inspection yet on that date: said by its absence, never drawn as zero
        s.councils << councils[c];
        s.councilIndexes << c;
        s.cells << row;
        s.years << ys;
    }
    s.focus = data.focusCouncil();
    s.finish();
    return s;
}

YearSnapshot YearSnapshot::inForceAsCharted(const ChartDataset &data, const QDate &date)
{
    YearSnapshot s = inForce(data.withNeighboursOn(date), date);
    const QStringList charted = data.councils();
    int next = int(charted.size());
    for (int c = 0; c < s.councils.size(); ++c) {
        const int at = int(charted.indexOf(s.councils[c]));
        s.councilIndexes[c] = at >= 0 ? at : next++;
    }
    return s;
}

YearSnapshot YearSnapshot::build(const ChartDataset &data, int year)
{
    YearSnapshot s;
    s.year = year == 0 && !data.years().isEmpty() ? data.years().last() : year;
    const QStringList councils = data.councils();
    // Only the families graded that year: a 2019 comparison has no separate care leavers.
    for (const QString &key : data.outcomes())
        if (std::any_of(councils.begin(), councils.end(),
                        [&](const QString &c) { return data.point(c, key, s.year) != nullptr; }))
            s.outcomeKeys << key;
    for (int c = 0; c < councils.size(); ++c) {
        QList<std::optional<ChartPoint>> row;
        bool any = false;
        for (const QString &key : s.outcomeKeys) {
            const ChartPoint *p = data.point(councils[c], key, s.year);
            row << (p ? std::optional<ChartPoint>(*p) : std::nullopt);
            any = any || p;
        }
        if (!any)
            continue;
        s.councils << councils[c];
        s.councilIndexes << c;
        s.cells << row;
        s.years << QList<int>(row.size(), 0);
        for (int o = 0; o < row.size(); ++o)
            s.years.last()[o] = row[o] ? s.year : 0;
    }
    s.focus = data.focusCouncil();
    s.finish();
    return s;
}

void YearSnapshot::finish()
{
    YearSnapshot &s = *this;
    for (const QString &key : s.outcomeKeys) {
        s.outcomeLabels << familyLabel(key);
        s.outcomeShortLabels << familyShortLabel(key);
    }
    QList<ReportKind> kinds;
    for (int o = 0; o < s.outcomeKeys.size(); ++o) {
        QList<const ChartPoint *> column;
        bool renamed = false; // shown under a family name that is not its own key
        QSet<int> parts;
        for (int c = 0; c < s.councils.size(); ++c)
            if (const ChartPoint *p = s.cell(c, o)) {
                column << p;
                kinds << p->kind;
                renamed = renamed || p->key != s.outcomeKeys[o];
                parts.insert(p->part);
            }
        if (renamed || parts.size() > 1)
            s.footnotes << familyFootnotes(s.outcomeKeys[o], column);
    }
    s.valueLabels = valueAxisLabels(kinds);
}

} // namespace inspectdesk
