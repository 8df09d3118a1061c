#pragma once
// The benchmarks' national-scale data: 153 councils x 22 years (2005-2026), every judgement
// of every framework in force that year, as a list of facts (shared by bench_charts and
// bench_dashboard_load).
#include "model/Grade.h"
#include "store/StoreTypes.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QStringList>

namespace inspectdesk::bench {

// The keys each framework graded, by year: 2005-08 APA letters, 2009-12 assessments, 2013-17
// SIF, 2018-22 ILACS (combined in care and care leavers), 2023-26 ILACS.
inline QPair<ReportKind, QStringList> frameworkOf(int year)
{
    if (year <= 2008)
        return {ReportKind::Apa,
                {QStringLiteral("overall_effectiveness"), QStringLiteral("being_healthy"),
                 QStringLiteral("staying_safe"), QStringLiteral("enjoying_and_achieving"),
                 QStringLiteral("making_a_positive_contribution"), QStringLiteral("achieving_economic_wellbeing"),
                 QStringLiteral("capacity_to_improve")}};
    if (year <= 2012)
        return {ReportKind::ChildrenServicesAssessment, {QStringLiteral("overall_effectiveness")}};
    if (year <= 2017)
        return {ReportKind::Sif,
                {QStringLiteral("overall_effectiveness"), QStringLiteral("children_who_need_help_and_protection"),
                 QStringLiteral("children_looked_after_and_achieving_permanence"), QStringLiteral("care_leavers"),
                 QStringLiteral("leadership_management_and_governance"), QStringLiteral("adoption_performance")}};
    if (year <= 2022)
        return {ReportKind::Ilacs,
                {QStringLiteral("overall_effectiveness"), QStringLiteral("children_who_need_help_and_protection"),
                 QStringLiteral("children_in_care_and_care_leavers"), QStringLiteral("impact_of_leaders")}};
    return {ReportKind::Ilacs,
            {QStringLiteral("overall_effectiveness"), QStringLiteral("children_who_need_help_and_protection"),
             QStringLiteral("children_in_care"), QStringLiteral("care_leavers"), QStringLiteral("impact_of_leaders")}};
}

inline QList<JudgementFact> syntheticFacts(int councils, int years)
{
    QList<JudgementFact> facts;
    qint64 id = 0;
    for (int c = 0; c < councils; ++c) {
        for (int y = 0; y < years; ++y) {
            const auto framework = frameworkOf(2005 + y);
            for (int k = 0; k < framework.second.size(); ++k) {
                JudgementFact f;
                f.reportId = c * years + y + 1;
                f.judgementId = ++id;
                f.council = QStringLiteral("Council %1").arg(c, 3, 10, QLatin1Char('0'));
                f.kind = framework.first;
                f.assessmentYear = 2005 + y;
                f.published = QDate(2005 + y, 1 + c % 12, 1);
                f.fileName = QStringLiteral("r%1.pdf").arg(f.reportId);
                f.key = framework.second[k];
                f.judgement = Judgement(1 + (c + y + k) % 4);
                f.printed = judgementLabel(f.judgement);
                f.scale = Scale::Words;
                f.page = 2;
                f.status = (c + y) % 5 ? ReviewStatus::Confirmed : ReviewStatus::Extracted;
                facts << f;
            }
        }
    }
    return facts;
}

} // namespace inspectdesk::bench
