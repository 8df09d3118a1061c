#pragma once
// Judgement facts of seven real councils (so the register gives their regions, types and
// statistical neighbours) for the latest judgements table: SIF, ILACS 2018-22, ILACS 2023-,
// ILACS 2026- (no overall effectiveness), a children's services assessment, later ungraded
// and partial reports that must not count, one unreviewed judgement. Grades are made up.
#include "store/StoreTypes.h"

#include <QList>

namespace inspectdesk::latestfixture {

struct Graded
{
    const char *key;
    const char *printed;
};

inline void add(QList<JudgementFact> &facts, const char *council, int laCode, ReportKind kind, int year,
                const QDate &published, const QList<Graded> &grades, const QString &section = QString(),
                Scale scale = Scale::Words)
{
    const qint64 report = facts.isEmpty() ? 1 : facts.last().reportId + 1;
    const QString file =
        QStringLiteral("%1_%2_%3.pdf")
            .arg(QString::fromUtf8(council).toLower().replace(QLatin1Char(' '), QLatin1Char('-')), reportKindId(kind))
            .arg(year);
    int page = 3;
    for (const Graded &g : grades) {
        JudgementFact f;
        f.reportId = report;
        f.judgementId = report * 100 + page;
        f.council = QString::fromUtf8(council);
        f.laCode = laCode;
        f.kind = kind;
        f.assessmentYear = year;
        f.published = published;
        f.fileName = file;
        f.section = section;
        f.key = QString::fromUtf8(g.key);
        f.area = f.key;
        f.printed = QString::fromUtf8(g.printed);
        f.scale = scale;
        f.judgement = normalise(scale, f.printed);
        f.page = page++;
        f.status = ReviewStatus::Confirmed;
        facts << f;
    }
}

inline QList<JudgementFact> facts()
{
    using K = ReportKind;
    QList<JudgementFact> f;
    const QList<Graded> sifGood = {{"overall_effectiveness", "Good"},
                                   {"children_who_need_help_and_protection", "Good"},
                                   {"children_looked_after_and_achieving_permanence", "Good"},
                                   {"adoption_performance", "Good"},
                                   {"care_leavers", "Good"},
                                   {"leadership_management_and_governance", "Good"}};
    // Kent: SIF 2017, ILACS 2022 (the latest graded), then an ungraded monitoring letter and a
    // letter of another kind that quotes a grade: neither replaces the inspection.
    add(f, "Kent", 886, K::Sif, 2017, QDate(2017, 6, 5), sifGood);
    add(f, "Kent", 886, K::Ilacs, 2022, QDate(2022, 9, 12),
        {{"overall_effectiveness", "Outstanding"},
         {"children_who_need_help_and_protection", "Outstanding"},
         {"children_in_care_and_care_leavers", "Outstanding"},
         {"impact_of_leaders", "Outstanding"}});
    add(f, "Kent", 886, K::Ilacs, 2024, QDate(2024, 5, 20), {{"overall_effectiveness", ""}});
    add(f, "Kent", 886, K::Other, 2025, QDate(2025, 2, 3), {{"overall_effectiveness", "Inadequate"}});
    // Essex: SIF 2014 good, ILACS (2023 framework) published January 2024.
    add(f, "Essex", 881, K::Sif, 2014, QDate(2014, 11, 3), {{"overall_effectiveness", "Good"}});
    add(f, "Essex", 881, K::Ilacs, 2023, QDate(2024, 1, 15),
        {{"overall_effectiveness", "Outstanding"},
         {"children_who_need_help_and_protection", "Outstanding"},
         {"children_in_care", "Outstanding"},
         {"care_leavers", "Good"},
         {"impact_of_leaders", "Outstanding"}});
    // East Sussex: ILACS 2019, good as its SIF was.
    add(f, "East Sussex", 845, K::Sif, 2015, QDate(2015, 7, 1), {{"overall_effectiveness", "Good"}});
    add(f, "East Sussex", 845, K::Ilacs, 2019, QDate(2019, 4, 8),
        {{"overall_effectiveness", "Good"},
         {"children_who_need_help_and_protection", "Good"},
         {"children_in_care_and_care_leavers", "Requires improvement to be good"},
         {"impact_of_leaders", "Good"}});
    // Devon: a children's services assessment, its SIF 2015, then a joint area review's and a
    // safeguarding/LAC inspection's section grades, which grade only parts of the service.
    add(f, "Devon", 878, K::ChildrenServicesAssessment, 2011, QDate(2011, 12, 7),
        {{"overall_effectiveness", "Performs adequately (2)"}}, QString(), Scale::PerformsScale);
    add(f, "Devon", 878, K::Sif, 2015, QDate(2015, 3, 2),
        {{"overall_effectiveness", "Requires improvement"},
         {"children_who_need_help_and_protection", "Requires improvement"},
         {"children_looked_after_and_achieving_permanence", "Requires improvement"},
         {"care_leavers", "Good"},
         {"leadership_management_and_governance", "Requires improvement"}});
    add(f, "Devon", 878, K::Jar, 2016, QDate(2016, 5, 1), {{"being_healthy", "3"}}, QString(),
        Scale::FourIsOutstanding);
    add(f, "Devon", 878, K::SafeguardingLacInspection, 2016, QDate(2016, 6, 1), {{"overall_effectiveness", "Grade 2"}},
        QStringLiteral("safeguarding"), Scale::OneIsOutstanding);
    // Bexley: only a children's services assessment.
    add(f, "Bexley", 303, K::ChildrenServicesAssessment, 2012, QDate(2012, 11, 20),
        {{"overall_effectiveness", "Performs well (3)"}}, QString(), Scale::PerformsScale);
    // Hackney: ILACS 2019 good, ILACS 2024 inadequate with one judgement not yet reviewed.
    add(f, "Hackney", 204, K::Ilacs, 2019, QDate(2019, 12, 2), {{"overall_effectiveness", "Good"}});
    add(f, "Hackney", 204, K::Ilacs, 2024, QDate(2025, 2, 10),
        {{"overall_effectiveness", "Inadequate"},
         {"children_who_need_help_and_protection", "Requires improvement to be good"},
         {"children_in_care", "Inadequate"},
         {"care_leavers", "Inadequate"},
         {"impact_of_leaders", "Inadequate"}});
    f[f.size() - 4].status = ReviewStatus::Extracted;
    // Leeds: ILACS 2022 outstanding, ILACS 2026 (no overall effectiveness printed).
    add(f, "Leeds", 383, K::Ilacs, 2022, QDate(2022, 3, 1), {{"overall_effectiveness", "Outstanding"}});
    add(f, "Leeds", 383, K::Ilacs, 2026, QDate(2026, 6, 1),
        {{"children_who_need_help_and_protection", "Good"},
         {"children_in_care", "Good"},
         {"care_leavers", "Good"},
         {"impact_of_leaders", "Good"}});
    for (qsizetype i = f.size() - 4; i < f.size(); ++i)
        f[i].inspectionEnd = QDate(2026, 4, 24);
    return f;
}

} // namespace inspectdesk::latestfixture
