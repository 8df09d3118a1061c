#include "LatestJudgements.h"

#include "ChartPage.h"
#include "ChartStyle.h"
#include "Families.h"
#include "TrendData.h"
#include "Wording.h"
#include "register/CouncilRegister.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <limits>
#include <numeric>

namespace inspectdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("inspectdesk::LatestJudgements", text);
}

// One graded report of a council, gathered from the dataset's points.
struct GradedReport
{
    qint64 id = 0;
    ReportKind kind = ReportKind::Other;
    int year = 0;
    QDate published;
    QDate inspectionEnd;
    QDate from; // ChartDataset::inForceFrom: the rule the comparison and the grid count by
    QString fileName;
    QHash<QString, ChartPoint> byFamily;
    bool laterThan(const GradedReport &o) const { return from != o.from ? from > o.from : id > o.id; }
};

QHash<QString, int> codesByShortName(const CouncilRegister &councils)
{
    QHash<QString, int> codes;
    for (const RegisterCouncil *c : councils.councils())
        codes.insert(c->shortName, c->laCode);
    return codes;
}

constexpr qint64 kBlank = std::numeric_limits<qint64>::max();

qint64 gradeKey(Judgement j)
{
    return j == Judgement::Unknown ? kBlank : 5 - int(j); // Outstanding (4) first
}
} // namespace

// Explicit context: lupdate files a free function's tr() under the namespace.
QString latestKindLabel(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Ilacs:
        return QCoreApplication::translate("inspectdesk::LatestJudgements", "ILACS");
    case ReportKind::Sif:
        return QCoreApplication::translate("inspectdesk::LatestJudgements", "SIF");
    case ReportKind::ChildrenServicesAssessment:
        return QCoreApplication::translate("inspectdesk::LatestJudgements", "CSA");
    case ReportKind::Apa:
        return QCoreApplication::translate("inspectdesk::LatestJudgements", "APA");
    default:
        return reportKindLabel(kind);
    }
}

std::optional<int> LatestRow::change() const
{
    if (overall == Judgement::Unknown || previousOverall == Judgement::Unknown)
        return std::nullopt;
    const int d = int(overall) - int(previousOverall);
    return d > 0 ? 1 : (d < 0 ? -1 : 0);
}

QList<ReportKind> LatestJudgements::countedKinds()
{
    return {ReportKind::Ilacs, ReportKind::Sif, ReportKind::ChildrenServicesAssessment, ReportKind::Apa};
}

LatestJudgements LatestJudgements::build(const ChartDataset &data, const LatestJudgementsOptions &options)
{
    return build(data, options, CouncilRegister::builtIn());
}

LatestJudgements LatestJudgements::build(const ChartDataset &chosen, const LatestJudgementsOptions &options,
                                         const CouncilRegister &councils)
{
    // "My council against its neighbours today": today's neighbours with their latest
    // inspections, not the neighbours of the model in force in each inspection's year.
    const QDate neighboursOn = options.neighboursOn.isValid() ? options.neighboursOn : QDate::currentDate();
    const ChartDataset data = chosen.withNeighboursOn(neighboursOn);
    LatestJudgements t;
    t.options = options;
    const QList<ReportKind> counted = countedKinds();
    const QString overallId = QStringLiteral("overall_effectiveness");
    // Every council's graded reports of the counted kinds, from the points the dataset chose,
    // newest year first. A report is published in its assessment year or soon after, so the
    // search stops two years below the previous graded overall judgement: nothing older can be
    // the latest or the previous one.
    QHash<QString, QHash<qint64, GradedReport>> reports;
    const QList<int> years = data.years();
    for (const QString &council : data.councils()) {
        int previousYear = 0;
        int overallReports = 0;
        for (qsizetype i = years.size() - 1; i >= 0; --i) {
            const int year = years[i];
            if (overallReports >= 2 && year < previousYear - 2)
                break;
            for (const QString &family : data.outcomes()) {
                const ChartPoint *p = data.point(council, family, year);
                if (!p || !counted.contains(p->kind))
                    continue;
                GradedReport &r = reports[council][p->reportId];
                r.id = p->reportId;
                r.kind = p->kind;
                r.year = year;
                r.published = p->published;
                r.inspectionEnd = p->inspectionEnd;
                r.from = data.inForceFrom(*p, year);
                r.fileName = p->fileName;
                r.byFamily.insert(family, *p);
                if (family == overallId && ++overallReports == 2)
                    previousYear = year; // the earliest the previous graded inspection can be
            }
        }
    }

    const QHash<QString, int> codes = codesByShortName(councils);
    const int focus = data.filter().focusLaCode;
    t.neighbourYear = neighboursOn.year();
    const QList<int> neighbours = focus ? councils.statisticalNeighbours(focus, t.neighbourYear) : QList<int>();

    QList<LatestRow> rows;
    QList<QHash<QString, ChartPoint>> rowPoints; // [row]: the latest report's points by family
    QSet<QString> families;
    for (const QString &council : data.councils()) {
        const auto found = reports.constFind(council);
        if (found == reports.constEnd())
            continue;
        QList<GradedReport> list = found->values();
        std::sort(list.begin(), list.end(),
                  [](const GradedReport &a, const GradedReport &b) { return a.laterThan(b); });
        const GradedReport &latest = list.first();
        LatestRow row;
        row.council = council;
        row.officialName = council;
        row.laCode = codes.value(council);
        if (const RegisterCouncil *c = councils.byCode(row.laCode)) {
            row.officialName = c->officialName;
            row.region = c->region;
            row.councilType = c->councilType;
        }
        if (row.laCode && row.laCode == focus)
            row.role = LatestRowRole::Focus;
        else if (neighbours.contains(row.laCode) && row.laCode) {
            row.role = LatestRowRole::Neighbour;
            row.neighbourRank = int(neighbours.indexOf(row.laCode)) + 1;
        }
        if (row.role != LatestRowRole::Focus &&
            ((!options.region.isEmpty() && row.region != options.region) ||
             (!options.councilType.isEmpty() && row.councilType != options.councilType)))
            continue; // my council stays whatever the filter: the others are compared with it
        row.reportId = latest.id;
        row.fileName = latest.fileName;
        row.kind = latest.kind;
        row.year = latest.year;
        row.published = latest.published;
        row.inspectionEnd = latest.inspectionEnd;
        row.from = latest.from;
        if (latest.byFamily.contains(overallId))
            row.overall = latest.byFamily.value(overallId).judgement;
        for (auto it = latest.byFamily.constBegin(); it != latest.byFamily.constEnd(); ++it)
            families.insert(it.key());
        for (int i = 1; i < list.size(); ++i)
            if (list[i].byFamily.contains(overallId)) {
                row.previousOverall = list[i].byFamily.value(overallId).judgement;
                row.previousKind = list[i].kind;
                row.previousPublished = list[i].from;
                break;
            }
        // Cells are filled once the columns are known.
        rowPoints << latest.byFamily;
        rows << row;
    }
    // Comparing with neighbours: every neighbour has a row, one without a graded inspection too.
    QStringList uninspected, notInDatabase;
    if (data.filter().comparators == ComparatorGroup::Neighbours)
        for (int code : neighbours) {
            const RegisterCouncil *c = councils.byCode(code);
            if (!c || std::any_of(rows.begin(), rows.end(), [code](const LatestRow &r) { return r.laCode == code; }))
                continue;
            if ((!options.region.isEmpty() && c->region != options.region) ||
                (!options.councilType.isEmpty() && c->councilType != options.councilType))
                continue;
            LatestRow row;
            row.council = c->shortName;
            row.officialName = c->officialName;
            row.laCode = code;
            row.region = c->region;
            row.councilType = c->councilType;
            row.role = LatestRowRole::Neighbour;
            row.neighbourRank = int(neighbours.indexOf(code)) + 1;
            row.inDatabase = data.codesInFacts().contains(code);
            (row.inDatabase ? uninspected : notInDatabase) << c->shortName;
            rowPoints << QHash<QString, ChartPoint>();
            rows << row;
        }
    for (const QString &id : familyIds())
        if (families.contains(id)) {
            t.familyKeys << id;
            t.familyLabels << familyLabel(id);
        }
    for (qsizetype r = 0; r < rows.size(); ++r)
        for (const QString &id : std::as_const(t.familyKeys)) {
            const auto found = rowPoints[r].constFind(id);
            rows[r].cells << (found == rowPoints[r].constEnd() ? std::nullopt : std::optional<ChartPoint>(*found));
        }
    // My council first, its neighbours next (most similar first), then the others by name.
    std::stable_sort(rows.begin(), rows.end(), [](const LatestRow &a, const LatestRow &b) {
        const auto rank = [](const LatestRow &r) {
            return r.role == LatestRowRole::Focus ? 0 : (r.role == LatestRowRole::Neighbour ? r.neighbourRank : 1000);
        };
        return rank(a) < rank(b);
    });
    t.rows = rows;

    t.footnotes << tr("Latest inspection: the latest published ILACS, single inspection framework (SIF), children's "
                      "services assessment (CSA) or annual performance assessment letter (APA) with a judgement "
                      "in this selection. Monitoring and focused visits grade nothing and joint area reviews and "
                      "safeguarding/LAC inspections grade only parts of the service: none of them replaces it.");
    for (int c = 0; c < t.familyKeys.size(); ++c) {
        QList<const ChartPoint *> column;
        QSet<int> parts;
        bool renamed = false;
        for (const LatestRow &row : std::as_const(t.rows))
            if (row.cells[c]) {
                column << &*row.cells[c];
                parts.insert(row.cells[c]->part);
                renamed = renamed || row.cells[c]->key != t.familyKeys[c];
            }
        if (renamed || parts.size() > 1)
            t.footnotes << familyFootnotes(t.familyKeys[c], column);
    }
    if (focus) {
        const RegisterCouncil *me = councils.byCode(focus);
        const QString name = me ? me->shortName : QString::number(focus);
        if (neighbours.isEmpty())
            t.footnotes << tr("%1 has no statistical neighbours in the DfE model of %2.")
                               .arg(name)
                               .arg(CouncilRegister::neighbourModelYear(t.neighbourYear));
        else {
            QStringList missing;
            for (int code : neighbours)
                if (std::none_of(t.rows.begin(), t.rows.end(), [code](const LatestRow &r) { return r.laCode == code; }))
                    if (const RegisterCouncil *n = councils.byCode(code))
                        missing << n->shortName;
            QString note =
                tr("Neighbours: the statistical neighbours of %1 in the DfE model of %2, most similar first.")
                    .arg(name)
                    .arg(CouncilRegister::neighbourModelYear(t.neighbourYear));
            if (!missing.isEmpty())
                note += QLatin1Char(' ') + tr("Not shown (no graded inspection in this selection or filtered out): %1.")
                                               .arg(missing.join(QStringLiteral(", ")));
            t.footnotes << note;
            if (!notInDatabase.isEmpty())
                t.footnotes << tr("No inspection in the database: %1.").arg(notInDatabase.join(QStringLiteral(", ")));
            if (!uninspected.isEmpty())
                t.footnotes << tr("No graded inspection in the chosen years, kinds and judgements: %1.")
                                   .arg(uninspected.join(QStringLiteral(", ")));
        }
        if (std::none_of(t.rows.begin(), t.rows.end(),
                         [](const LatestRow &r) { return r.role == LatestRowRole::Focus; }))
            t.footnotes << tr("%1 has no graded inspection in this selection.").arg(name);
    }
    if (t.familyKeys.contains(overallId)) {
        QStringList ungraded;
        for (const LatestRow &r : std::as_const(t.rows))
            if (r.hasInspection() && r.kind == ReportKind::Ilacs && ilacsGradesNoOverall(r.inspectionEnd, r.year) &&
                r.overall == Judgement::Unknown)
                ungraded << r.council;
        if (!ungraded.isEmpty())
            t.footnotes << tr("Overall effectiveness: ILACS inspections from April 2026 give none (%1).")
                               .arg(ungraded.join(QStringLiteral(", ")));
    }
    const auto undated = [&t](bool fieldwork) {
        return std::any_of(t.rows.begin(), t.rows.end(), [fieldwork](const LatestRow &r) {
            return r.hasInspection() && !r.published.isValid() && r.inspectionEnd.isValid() == fieldwork;
        });
    };
    if (undated(true))
        t.footnotes << tr("Published: “end of fieldwork” marks a report that prints no publication date (ILACS "
                          "reports print only their inspection dates): it counts from the last day of its "
                          "fieldwork.");
    if (undated(false))
        t.footnotes << tr("Published: a year alone means the report's publication date was not read; it is the "
                          "inspection's year.");
    t.footnotes << tr("* not yet reviewed   ! reports disagree: latest published shown");
    t.mSourceLine = ChartPage::sourceLine(data);
    return options.sortColumn >= 0 ? t.sorted(options.sortColumn, options.sortOrder) : t;
}

QString LatestJudgements::header(int column) const
{
    switch (column) {
    case CouncilColumn:
        return tr("Council");
    case RegionColumn:
        return tr("Region");
    case CouncilTypeColumn:
        return tr("Council type");
    case KindColumn:
        return tr("Inspection");
    case PublishedColumn:
        return tr("Published");
    default:
        break;
    }
    if (column == previousColumn())
        return tr("Previous overall effectiveness");
    if (column == changeColumn())
        return tr("Change");
    return familyLabels.value(column - FirstFamilyColumn);
}

const ChartPoint *LatestJudgements::cell(int row, int column) const
{
    if (row < 0 || row >= rows.size() || column < FirstFamilyColumn || column >= previousColumn())
        return nullptr;
    const auto &c = rows[row].cells[column - FirstFamilyColumn];
    return c ? &*c : nullptr;
}

Judgement LatestJudgements::judgementAt(int row, int column) const
{
    if (const ChartPoint *p = cell(row, column))
        return p->judgement;
    if (row >= 0 && row < rows.size() && column == previousColumn())
        return rows[row].previousOverall;
    return Judgement::Unknown;
}

QString LatestJudgements::text(int row, int column) const
{
    if (row < 0 || row >= rows.size())
        return {};
    const LatestRow &r = rows[row];
    switch (column) {
    case CouncilColumn:
        if (r.role == LatestRowRole::Focus)
            return tr("%1 (my council)").arg(r.council);
        if (r.role == LatestRowRole::Neighbour)
            return tr("%1 (neighbour %2)").arg(r.council).arg(r.neighbourRank);
        return r.council;
    case RegionColumn:
        return r.region;
    case CouncilTypeColumn:
        return r.councilType;
    case KindColumn:
        if (!r.hasInspection())
            return r.inDatabase ? tr("No graded inspection") : tr("Not in the database");
        return latestKindLabel(r.kind);
    case PublishedColumn:
        if (!r.hasInspection())
            return {};
        // Undated: the last day of fieldwork, else the year alone (each said in a footnote).
        if (r.published.isValid())
            return QLocale().toString(r.published, QStringLiteral("d MMM yyyy"));
        if (r.inspectionEnd.isValid())
            return tr("%1 (end of fieldwork)").arg(QLocale().toString(r.inspectionEnd, QStringLiteral("d MMM yyyy")));
        return QString::number(r.year);
    default:
        break;
    }
    if (column == previousColumn())
        return r.previousOverall == Judgement::Unknown ? QString()
                                                       : tr("%1 (%2)")
                                                             .arg(judgementWording(r.previousKind, r.previousOverall))
                                                             .arg(r.previousPublished.year());
    if (column == changeColumn()) {
        const std::optional<int> c = r.change();
        if (!c)
            return {};
        return *c > 0 ? tr("Improved") : (*c < 0 ? tr("Declined") : tr("Same"));
    }
    const ChartPoint *p = cell(row, column);
    if (!p)
        return {};
    const QString words = judgementWording(p->kind, p->judgement);
    QString out = words.compare(p->printed, Qt::CaseInsensitive) == 0 || p->printed.isEmpty()
                      ? words
                      : tr("%1 (“%2”)").arg(words, p->printed);
    if (!p->badge(true).isEmpty())
        out += QLatin1Char(' ') + p->badge(true);
    return out;
}

QVariant LatestJudgements::sortKey(int row, int column) const
{
    const LatestRow &r = rows[row];
    if (!r.hasInspection() && (column == KindColumn || column == PublishedColumn))
        return column == KindColumn ? QVariant(QString()) : QVariant(kBlank); // last, as a blank cell
    if (column == PublishedColumn)
        return r.from.toJulianDay();
    if (isGradeColumn(column))
        return gradeKey(judgementAt(row, column));
    if (column == changeColumn()) {
        const std::optional<int> c = r.change();
        return c ? qint64(1 - *c) : kBlank; // improved, same, declined, then none
    }
    if (column == CouncilColumn)
        return r.council;
    return text(row, column);
}

bool LatestJudgements::lessThan(int rowA, int rowB, int column) const
{
    const QVariant a = sortKey(rowA, column), b = sortKey(rowB, column);
    if (a.typeId() == QMetaType::QString) {
        const QString sa = a.toString(), sb = b.toString();
        if (sa.isEmpty() != sb.isEmpty())
            return sb.isEmpty(); // a blank cell last
        return sa.localeAwareCompare(sb) < 0;
    }
    return a.toLongLong() < b.toLongLong();
}

LatestJudgements LatestJudgements::sorted(int column, Qt::SortOrder order) const
{
    LatestJudgements t = *this;
    t.options.sortColumn = column;
    t.options.sortOrder = order;
    if (column < 0 || column >= columnCount())
        return t;
    QList<int> index(rows.size());
    std::iota(index.begin(), index.end(), 0);
    // As QSortFilterProxyModel sorts: stable, descending = "b less than a".
    std::stable_sort(index.begin(), index.end(), [&](int a, int b) {
        return order == Qt::AscendingOrder ? lessThan(a, b, column) : lessThan(b, a, column);
    });
    t.rows.clear();
    for (int i : index)
        t.rows << rows[i];
    return t;
}

QString LatestJudgements::noDataMessage()
{
    return tr("No council in this selection has a graded ILACS, SIF, children's services assessment or APA "
              "inspection. Choose other councils, years, region or council type.");
}

DataTable LatestJudgements::table() const
{
    DataTable d;
    d.title = tr("Latest judgements");
    for (int c = 0; c < columnCount(); ++c)
        d.headers << header(c);
    for (int r = 0; r < rows.size(); ++r) {
        QStringList line;
        QList<QColor> fills;
        for (int c = 0; c < columnCount(); ++c) {
            line << text(r, c);
            const Judgement j = isGradeColumn(c) ? judgementAt(r, c) : Judgement::Unknown;
            fills << (j == Judgement::Unknown ? QColor() : chartstyle::judgementColour(j));
        }
        d.rows << line;
        d.fills << fills;
    }
    d.sourceLine = (QStringList(footnotes) << mSourceLine).join(QLatin1Char(' '));
    return d;
}

} // namespace inspectdesk
