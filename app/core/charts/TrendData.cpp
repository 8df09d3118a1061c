#include "TrendData.h"

#include "Wording.h"

#include <QCoreApplication>
#include <QMap>

namespace inspectdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("inspectdesk::TrendData", text);
}

struct PartSpan
{
    int part = 0;
    int first = 0;
    int last = 0;
};

// The parts of a family a panel shows, with the years each covers, in order of first year.
QList<PartSpan> partSpans(const TrendPanel &panel)
{
    QMap<int, PartSpan> byPart;
    for (const TrendSeries &s : panel.series) {
        for (const TrendPoint &p : s.points) {
            auto it = byPart.find(p.source.part);
            if (it == byPart.end()) {
                byPart.insert(p.source.part, {p.source.part, p.year, p.year});
            } else {
                it->first = qMin(it->first, p.year);
                it->last = qMax(it->last, p.year);
            }
        }
    }
    QList<PartSpan> spans = byPart.values();
    std::stable_sort(spans.begin(), spans.end(), [](const PartSpan &a, const PartSpan &b) {
        return a.first != b.first ? a.first < b.first : a.part < b.part;
    });
    return spans;
}

// A rule between the last year of one framework's judgement and the first of the next, at
// the year the framework began where that falls between them.
QList<FrameworkChange> changesOf(const JudgementFamily &family, const QList<PartSpan> &spans)
{
    QList<FrameworkChange> changes;
    for (int i = 1; i < spans.size(); ++i) {
        const FamilyPart *part = family.part(spans[i].part);
        const int lo = spans[i - 1].last, hi = spans[i].first;
        qreal x = part->fromYear - 0.5;
        if (x < lo || x > hi)
            x = lo < hi ? (lo + hi) / 2.0 : hi - 0.5;
        changes << FrameworkChange{x, part->shortText()};
    }
    return changes;
}
} // namespace

QStringList familyFootnotes(const QString &familyId, const QList<const ChartPoint *> &points)
{
    const JudgementFamily *family = findFamily(familyId);
    if (!family)
        return {};
    QList<int> parts;
    for (const ChartPoint *p : points)
        if (!parts.contains(p->part))
            parts << p->part;
    std::sort(parts.begin(), parts.end());
    QStringList texts;
    for (int part : parts)
        if (const FamilyPart *fp = family->part(part))
            texts << fp->text();
    if (texts.size() < 2)
        return texts.isEmpty() ? QStringList() : QStringList{tr("%1: %2").arg(family->label(), texts.first())};
    return {tr("%1 joins %2 judgements (a dashed rule marks each change of framework): %3")
                .arg(family->label())
                .arg(texts.size())
                .arg(texts.join(QStringLiteral("; ")))};
}

QList<YearGrades> TrendPanel::distribution(const QList<int> &years) const
{
    QList<YearGrades> out;
    for (int year : years) {
        YearGrades grades;
        grades.year = year;
        for (const TrendSeries &s : series)
            for (const TrendPoint &p : s.points)
                if (p.year == year && p.value() >= 1 && p.value() <= 4)
                    ++grades.counts[p.value() - 1];
        if (grades.total() > 0)
            out << grades;
    }
    return out;
}

QString TrendPanel::distributionNote() const
{
    if (!showsDistribution())
        return {};
    return QCoreApplication::translate(
               "inspectdesk::TrendPanel",
               "%1 councils: showing the share of councils at each grade per year; tick up to %2 councils to draw "
               "their lines")
        .arg(series.size())
        .arg(kMaxTrendLines);
}

const TrendPanel *TrendData::panel(const QString &key) const
{
    for (const TrendPanel &p : panels)
        if (p.key == key)
            return &p;
    return nullptr;
}

TrendData TrendData::build(const ChartDataset &data)
{
    TrendData trend;
    trend.years = data.years();
    trend.councils = data.councils();
    for (const QString &key : data.outcomes()) {
        TrendPanel panel;
        panel.key = key;
        panel.title = familyLabel(key);
        QList<ReportKind> kinds;
        QList<const ChartPoint *> points;
        for (int c = 0; c < trend.councils.size(); ++c) {
            TrendSeries series;
            series.council = trend.councils.at(c);
            series.councilIndex = c;
            for (int year : trend.years)
                if (const ChartPoint *p = data.point(series.council, key, year)) {
                    series.points << TrendPoint{year, *p};
                    kinds << p->kind;
                    points << p;
                }
            if (!series.points.isEmpty())
                panel.series << series;
        }
        panel.valueLabels = valueAxisLabels(kinds);
        if (const JudgementFamily *family = findFamily(key))
            panel.changes = changesOf(*family, partSpans(panel));
        panel.footnotes = familyFootnotes(key, points);
        trend.panels << panel;
    }
    return trend;
}

} // namespace inspectdesk
