#pragma once

#include <QList>
#include <QString>

namespace inspectdesk {

// The kinds of Ofsted children's services report. Ids match corpus/README.md's report_type.
enum class ReportKind {
    Other,
    Apa,                        // annual performance assessment letter (2005-2008)
    Jar,                        // joint area review (with annexes)
    ChildrenServicesAssessment, // annual children's services assessment (2009-2012)
    SafeguardingLacInspection,  // inspection of safeguarding and looked after children (2009-2012)
    Sif,                        // single inspection framework (2013-2017)
    Ilacs                       // inspecting local authority children's services (2018-)
};

QString reportKindId(ReportKind k); // "apa", "jar", "children_services_assessment", ...
ReportKind reportKindFromId(const QString &id);
QString reportKindLabel(ReportKind k); // "Annual performance assessment letter", ...
// SIF and ILACS inspect the whole service: once one is published, no earlier judgement of the
// council stands. Before 2013 the annual assessments and the inspections ran side by side, and
// each replaced only its own judgements.
bool replacesEarlierJudgements(ReportKind k);
QList<ReportKind> allReportKinds();
// "youth_service" -> "Youth service" (translated); "" (the whole report) stays empty.
QString reportSectionLabel(const QString &sectionId);

} // namespace inspectdesk
