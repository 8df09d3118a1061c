#include "ReportKind.h"

#include <QCoreApplication>

namespace inspectdesk {

namespace {
struct KindNames
{
    ReportKind kind;
    const char *id;
    const char *label;
};
const KindNames kKinds[] = {
    {ReportKind::Apa, "apa", QT_TRANSLATE_NOOP("ReportKind", "Annual performance assessment")},
    {ReportKind::Jar, "jar", QT_TRANSLATE_NOOP("ReportKind", "Joint area review")},
    {ReportKind::ChildrenServicesAssessment, "children_services_assessment",
     QT_TRANSLATE_NOOP("ReportKind", "Children's services assessment")},
    {ReportKind::SafeguardingLacInspection, "safeguarding_lac_inspection",
     QT_TRANSLATE_NOOP("ReportKind", "Safeguarding and looked after children inspection")},
    {ReportKind::Sif, "sif", QT_TRANSLATE_NOOP("ReportKind", "Single inspection framework")},
    {ReportKind::Ilacs, "ilacs", QT_TRANSLATE_NOOP("ReportKind", "ILACS inspection")},
    {ReportKind::Other, "other", QT_TRANSLATE_NOOP("ReportKind", "Other report")},
};
} // namespace

QString reportKindId(ReportKind k)
{
    for (const auto &n : kKinds)
        if (n.kind == k)
            return QString::fromLatin1(n.id);
    return QStringLiteral("other");
}

ReportKind reportKindFromId(const QString &id)
{
    for (const auto &n : kKinds)
        if (id == QLatin1String(n.id))
            return n.kind;
    return ReportKind::Other;
}

bool replacesEarlierJudgements(ReportKind k)
{
    return k == ReportKind::Sif || k == ReportKind::Ilacs;
}

QString reportKindLabel(ReportKind k)
{
    for (const auto &n : kKinds)
        if (n.kind == k)
            return QCoreApplication::translate("ReportKind", n.label);
    return QString();
}

QList<ReportKind> allReportKinds()
{
    QList<ReportKind> kinds;
    for (const auto &n : kKinds)
        kinds << n.kind;
    return kinds;
}

} // namespace inspectdesk

namespace inspectdesk {

QString reportSectionLabel(const QString &sectionId)
{
    // The sections of the corpus vocabulary; an unknown id is shown as stored.
    static const struct
    {
        const char *id;
        const char *label;
    } kSections[] = {
        {"safeguarding", QT_TRANSLATE_NOOP("ReportSection", "Safeguarding")},
        {"looked_after_children", QT_TRANSLATE_NOOP("ReportSection", "Looked after children")},
        {"youth_service", QT_TRANSLATE_NOOP("ReportSection", "Youth service")},
        {"corporate_assessment", QT_TRANSLATE_NOOP("ReportSection", "Corporate assessment")},
        {"lscb", QT_TRANSLATE_NOOP("ReportSection", "Local Safeguarding Children Board")},
    };
    for (const auto &s : kSections)
        if (sectionId == QLatin1String(s.id))
            return QCoreApplication::translate("ReportSection", s.label);
    return sectionId;
}

} // namespace inspectdesk
