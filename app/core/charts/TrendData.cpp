#include "TrendData.h"

#include "Distribution.h"
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

QStringList familyFootnotes(const QString &familyId, const QList<const ChartPoint *> &points, bool ruled)
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
    const QString joins = ruled ? tr("%1 joins %2 judgements (a dashed rule marks each change of framework): %3")
                                : tr("%1 joins %2 judgements: %3");
    return {joins.arg(family->label()).arg(texts.size()).arg(texts.join(QStringLiteral("; ")))};
}

QStringList TrendData::notes() const
{
    QStringList notes;
    auto add = [&notes](const QString &note) {
        if (!note.isEmpty() && !notes.contains(note))
            notes << note;
    };
    for (const TrendPanel &panel : panels)
        add(panel.bandNote()); // the same for every panel with a band
    for (const TrendPanel &panel : panels)
        add(panel.distributionNote()); // the same for every panel with that many councils
    for (const TrendPanel &panel : panels)
        for (const QString &note : panel.footnotes)
            add(note);
    return notes;
}

QString shortCouncilLabel(const QString &council)
{
    static const char *const prefixes[] = {"London Borough of ", "Royal Borough of ", "Metropolitan Borough of ",
                                           "Borough of ",        "City of ",          "County of "};
    static const char *const suffixes[] = {" Metropolitan Borough Council",
                                           " Metropolitan District Council",
                                           " Borough Council",
                                           " County Council",
                                           " City Council",
                                           " District Council",
                                           " Council"};
    QString name = council.trimmed();
    for (const char *prefix : prefixes)
        if (name.startsWith(QLatin1String(prefix)) && name.size() > int(qstrlen(prefix))) {
            name = name.mid(int(qstrlen(prefix)));
            break;
        }
    for (const char *suffix : suffixes)
        if (name.endsWith(QLatin1String(suffix)) && name.size() > int(qstrlen(suffix))) {
            name.chop(int(qstrlen(suffix)));
            break;
        }
    return name;
}

qreal YearGrades::shareBelow(int value) const
{
    qreal below = 0;
    for (int v = 1; v < value && v <= 4; ++v)
        below += share(v);
    return below;
}

const TrendSeries *TrendPanel::focusSeries() const
{
    for (const TrendSeries &s : series)
        if (s.focus)
            return &s;
    return nullptr;
}

QString TrendPanel::focusNote() const
{
    if (focus.isEmpty() || focusSeries())
        return {};
    return QCoreApplication::translate("inspectdesk::TrendPanel", "%1 has no judgement on %2 in these years")
        .arg(focus, familyLabel(key).toLower());
}

bool TrendPanel::hasBand() const
{
    if (showsDistribution())
        return false;
    for (const YearGrades &g : band)
        if (g.total() > 0)
            return true;
    return false;
}

QString TrendPanel::bandNote() const
{
    if (!hasBand())
        return {};
    return bandRegion.isEmpty()
               ? QCoreApplication::translate("inspectdesk::TrendPanel",
                                             "Behind the lines: share of England's councils at each grade in each "
                                             "year (Inadequate at the foot)")
               : QCoreApplication::translate("inspectdesk::TrendPanel",
                                             "Behind the lines: share of the councils in the %1 region at each grade "
                                             "in each year (Inadequate at the foot)")
                     .arg(bandRegion);
}

QStringList TrendPanel::notes() const
{
    QStringList lines;
    for (const QString &line : QStringList{focusNote(), distributionNote(), bandNote()} + footnotes)
        if (!line.isEmpty())
            lines << line;
    return lines;
}

QList<LineEndLabel> TrendPanel::lineEndLabels(qreal minGap, qreal widthYears) const
{
    // The focus first, at its line; then the comparators in series order, each at the free
    // place nearest its line.
    QList<int> order;
    for (int i = 0; i < series.size(); ++i)
        if (!series[i].points.isEmpty() && (series[i].focus || !showsDistribution()))
            series[i].focus ? order.prepend(i) : order.append(i);
    const qreal lo = qMin(0.5 + minGap / 2, 2.5), hi = qMax(4.5 - minGap / 2, 2.5);
    const qreal step = minGap > 0 ? minGap / 4 : 0.05;
    QList<LineEndLabel> labels;
    for (int i : order) {
        const TrendSeries &s = series[i];
        LineEndLabel label{
            i, shortCouncilLabel(s.council), s.points.last().year, qreal(s.points.last().value()), 0, s.focus};
        auto isFree = [&](qreal at) {
            for (const LineEndLabel &other : std::as_const(labels))
                if (qAbs(other.year - label.year) < widthYears && qAbs(other.at - at) < minGap - 1e-9)
                    return false;
            // Nor over another line's marker in the years the text runs across.
            for (int j = 0; j < series.size(); ++j)
                for (const TrendPoint &p : series[j].points)
                    if (j != i && p.year > label.year && p.year - label.year <= widthYears &&
                        qAbs(p.value() - at) < minGap - 1e-9)
                        return false;
            return true;
        };
        label.at = qBound(lo, label.value, hi);
        for (int k = 1; !isFree(label.at) && k * step <= 4; ++k) {
            const qreal up = label.value + k * step, down = label.value - k * step;
            if (up <= hi && isFree(up)) {
                label.at = up;
                break;
            }
            if (down >= lo && isFree(down)) {
                label.at = down;
                break;
            }
        }
        labels << label;
    }
    return labels;
}

QList<YearGrades> TrendPanel::distribution(const QList<int> &years) const
{
    QList<YearGrades> out;
    for (int year : years) {
        YearGrades grades;
        grades.year = year;
        for (const TrendSeries &s : series)
            for (const TrendPoint &p : s.points)
                if (p.year == year && p.value() >= 1 && p.value() <= 4) {
                    ++grades.counts[p.value() - 1];
                    if (s.focus)
                        grades.focus = p.value();
                }
        if (grades.total() > 0)
            out << grades;
    }
    return out;
}

QString TrendPanel::distributionNote() const
{
    if (!showsDistribution())
        return {};
    if (const TrendSeries *f = focusSeries())
        return QCoreApplication::translate("inspectdesk::TrendPanel",
                                           "Shares of the %1 councils at each grade; %2 drawn as a line")
            .arg(series.size())
            .arg(f->council);
    return QCoreApplication::translate(
               "inspectdesk::TrendPanel",
               "%1 councils: showing the share of councils at each grade per year; tick up to %2 councils to draw "
               "their lines")
        .arg(series.size())
        .arg(kMaxTrendLines);
}

void TrendData::addBands(TrendData &trend, const ChartDataset &data)
{
    // Only panels that draw lines take a band, and only they need England's data built.
    bool lines = false;
    for (const TrendPanel &panel : std::as_const(trend.panels))
        lines = lines || (!panel.isEmpty() && !panel.showsDistribution());
    const ChartDataset *backdrop = lines ? data.backdrop() : nullptr;
    if (!backdrop || trend.years.isEmpty())
        return;
    const TrendData whole = build(*backdrop);
    // Every year of the axis, also those none of the drawn councils was inspected in.
    QList<int> axis;
    for (int year = trend.years.first(); year <= trend.years.last(); ++year)
        axis << year;
    for (TrendPanel &panel : trend.panels) {
        const TrendPanel *all = whole.panel(panel.key);
        if (panel.isEmpty() || panel.showsDistribution() || !all)
            continue;
        panel.band = GradeDistribution::of(*all, axis).grades;
        panel.bandRegion = data.backdropRegion();
    }
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
        panel.focus = data.focusCouncil();
        QList<ReportKind> kinds;
        QList<const ChartPoint *> points;
        for (int c = 0; c < trend.councils.size(); ++c) {
            TrendSeries series;
            series.council = trend.councils.at(c);
            series.councilIndex = c;
            series.focus = !panel.focus.isEmpty() && series.council == panel.focus;
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
        panel.footnotes = familyFootnotes(key, points, true);
        trend.panels << panel;
    }
    addBands(trend, data);
    return trend;
}

QList<bool> changeLabelsInUsualPlace(const QList<FrameworkChange> &changes)
{
    QList<bool> usual;
    qreal lastUsual = -1e9;
    for (const FrameworkChange &change : changes) {
        usual << (change.x - lastUsual >= 6);
        if (usual.last())
            lastUsual = change.x;
    }
    return usual;
}

} // namespace inspectdesk
