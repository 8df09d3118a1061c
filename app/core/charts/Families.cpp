#include "Families.h"

#include <QCoreApplication>
#include <QHash>

namespace inspectdesk {

namespace {
// Labels of families keep the "Outcomes" context their translations were made in.
struct FamilyText
{
    const char *id;
    const char *label;
    const char *shortLabel;
};
const FamilyText kFamilies[] = {
    {"overall_effectiveness", QT_TRANSLATE_NOOP("Outcomes", "Overall effectiveness"),
     QT_TRANSLATE_NOOP("Outcomes", "Overall")},
    {"help_and_protection", QT_TRANSLATE_NOOP("Outcomes", "Help and protection"),
     QT_TRANSLATE_NOOP("Outcomes", "Help/protection")},
    {"children_in_care", QT_TRANSLATE_NOOP("Outcomes", "Children in care"), QT_TRANSLATE_NOOP("Outcomes", "In care")},
    {"care_leavers", QT_TRANSLATE_NOOP("Outcomes", "Care leavers"), QT_TRANSLATE_NOOP("Outcomes", "Care leavers")},
    {"leadership", QT_TRANSLATE_NOOP("Outcomes", "Leadership"), QT_TRANSLATE_NOOP("Outcomes", "Leadership")},
    {"being_healthy", QT_TRANSLATE_NOOP("Outcomes", "Being healthy"), QT_TRANSLATE_NOOP("Outcomes", "Healthy")},
    {"staying_safe", QT_TRANSLATE_NOOP("Outcomes", "Staying safe"), QT_TRANSLATE_NOOP("Outcomes", "Safe")},
    {"enjoying_and_achieving", QT_TRANSLATE_NOOP("Outcomes", "Enjoying and achieving"),
     QT_TRANSLATE_NOOP("Outcomes", "Enjoy/achieve")},
    {"making_a_positive_contribution", QT_TRANSLATE_NOOP("Outcomes", "Making a positive contribution"),
     QT_TRANSLATE_NOOP("Outcomes", "Contribution")},
    {"achieving_economic_wellbeing", QT_TRANSLATE_NOOP("Outcomes", "Achieving economic well-being"),
     QT_TRANSLATE_NOOP("Outcomes", "Economic")},
    {"capacity_to_improve", QT_TRANSLATE_NOOP("Outcomes", "Capacity to improve"),
     QT_TRANSLATE_NOOP("Outcomes", "Capacity")},
};

const FamilyText *textOf(const QString &id)
{
    for (const FamilyText &f : kFamilies)
        if (id == QLatin1String(f.id))
            return &f;
    return nullptr;
}

FamilyPart part(ReportKind kind, const char *key, QStringList sections, int from, int to, const char *label,
                const char *shortLabel, Population population = Population::AllChildren)
{
    FamilyPart p;
    p.kind = kind;
    p.key = QString::fromLatin1(key);
    p.sections = std::move(sections);
    p.population = population;
    p.fromYear = from;
    p.toYear = to;
    p.label = label;
    p.shortLabel = shortLabel;
    return p;
}

const QStringList kWhole{QString()};

// The safeguarding/LAC inspection's per-section grades of a key, each under its population.
QList<FamilyPart> sectionParts(const char *key)
{
    return {
        part(ReportKind::SafeguardingLacInspection, key, {QStringLiteral("safeguarding")}, 2009, 2012,
             QT_TRANSLATE_NOOP("Families", "Safeguarding and looked after children inspection: safeguarding"),
             QT_TRANSLATE_NOOP("Families", "Safeguarding/LAC"), Population::Safeguarding),
        part(ReportKind::SafeguardingLacInspection, key, {QStringLiteral("looked_after_children")}, 2009, 2013,
             QT_TRANSLATE_NOOP("Families", "Safeguarding and looked after children inspection: looked after children"),
             QT_TRANSLATE_NOOP("Families", "Safeguarding/LAC"), Population::LookedAfterChildren)};
}

QList<JudgementFamily> makeFamilies()
{
    QList<JudgementFamily> list;
    auto add = [&](const char *id, QList<FamilyPart> parts) {
        JudgementFamily f;
        f.id = QString::fromLatin1(id);
        f.parts = std::move(parts);
        list << f;
    };
    add("overall_effectiveness",
        QList<FamilyPart>{
            part(ReportKind::Apa, "overall_effectiveness", kWhole, 2005, 2008,
                 QT_TRANSLATE_NOOP("Families", "Annual performance assessment 2005-08: overall effectiveness"),
                 QT_TRANSLATE_NOOP("Families", "APA")),
            part(ReportKind::ChildrenServicesAssessment, "overall_effectiveness", kWhole, 2009, 2012,
                 QT_TRANSLATE_NOOP("Families", "Children's services assessment 2009-12: overall performance"),
                 QT_TRANSLATE_NOOP("Families", "CSA")),
            part(ReportKind::Sif, "overall_effectiveness", kWhole, 2013, 2018,
                 QT_TRANSLATE_NOOP("Families", "Single inspection framework 2013-18: overall effectiveness"),
                 QT_TRANSLATE_NOOP("Families", "SIF")),
            part(ReportKind::Ilacs, "overall_effectiveness", kWhole, 2018, 0,
                 QT_TRANSLATE_NOOP("Families", "ILACS 2018-: overall effectiveness"),
                 QT_TRANSLATE_NOOP("Families", "ILACS"))} +
            sectionParts("overall_effectiveness"));
    add("help_and_protection",
        {part(ReportKind::Sif, "children_who_need_help_and_protection", kWhole, 2013, 2018,
              QT_TRANSLATE_NOOP("Families", "SIF 2013-18: children who need help and protection"),
              QT_TRANSLATE_NOOP("Families", "SIF")),
         part(ReportKind::Ilacs, "children_who_need_help_and_protection", kWhole, 2018, 0,
              QT_TRANSLATE_NOOP("Families", "ILACS 2018-: the experiences and progress of children who need help and "
                                            "protection"),
              QT_TRANSLATE_NOOP("Families", "ILACS"))});
    add("children_in_care",
        {part(ReportKind::Sif, "children_looked_after_and_achieving_permanence", kWhole, 2013, 2018,
              QT_TRANSLATE_NOOP("Families", "SIF 2013-18: children looked after and achieving permanence"),
              QT_TRANSLATE_NOOP("Families", "SIF")),
         part(ReportKind::Ilacs, "children_in_care_and_care_leavers", kWhole, 2018, 2022,
              QT_TRANSLATE_NOOP("Families", "ILACS 2018-22: children in care and care leavers (one judgement)"),
              QT_TRANSLATE_NOOP("Families", "ILACS 2018-22, with care leavers")),
         part(ReportKind::Ilacs, "children_in_care", kWhole, 2023, 0,
              QT_TRANSLATE_NOOP("Families", "ILACS 2023-: children in care"),
              QT_TRANSLATE_NOOP("Families", "ILACS 2023-"))});
    add("care_leavers",
        {part(ReportKind::Sif, "care_leavers", kWhole, 2013, 2018,
              QT_TRANSLATE_NOOP("Families", "SIF 2013-18: care leavers"), QT_TRANSLATE_NOOP("Families", "SIF")),
         part(ReportKind::Ilacs, "care_leavers", kWhole, 2023, 0,
              QT_TRANSLATE_NOOP("Families", "ILACS 2023-: care leavers"),
              QT_TRANSLATE_NOOP("Families", "ILACS 2023-"))});
    add("leadership", {part(ReportKind::Sif, "leadership_management_and_governance", kWhole, 2013, 2018,
                            QT_TRANSLATE_NOOP("Families", "SIF 2013-18: leadership, management and governance"),
                            QT_TRANSLATE_NOOP("Families", "SIF")),
                       part(ReportKind::Ilacs, "impact_of_leaders", kWhole, 2018, 0,
                            QT_TRANSLATE_NOOP("Families", "ILACS 2018-: the impact of leaders on social work practice"),
                            QT_TRANSLATE_NOOP("Families", "ILACS"))});
    // The Every Child Matters outcomes and capacity to improve: APA letters and joint area
    // reviews (whose corporate assessment may state the outcomes in prose).
    const char *const ecm[] = {"being_healthy",
                               "staying_safe",
                               "enjoying_and_achieving",
                               "making_a_positive_contribution",
                               "achieving_economic_wellbeing",
                               "capacity_to_improve"};
    for (const char *key : ecm)
        add(key, QList<FamilyPart>{part(ReportKind::Apa, key, kWhole, 2005, 2008,
                                        QT_TRANSLATE_NOOP("Families", "Annual performance assessment 2005-08"),
                                        QT_TRANSLATE_NOOP("Families", "APA")),
                                   part(ReportKind::Jar, key, {QString(), QStringLiteral("corporate_assessment")}, 2005,
                                        2009, QT_TRANSLATE_NOOP("Families", "Joint area review 2005-09"),
                                        QT_TRANSLATE_NOOP("Families", "JAR"))} +
                     sectionParts(key));
    return list;
}
} // namespace

QString FamilyPart::text() const
{
    return QCoreApplication::translate("Families", label);
}

QString FamilyPart::shortText() const
{
    return QCoreApplication::translate("Families", shortLabel);
}

QString JudgementFamily::label() const
{
    return familyLabel(id);
}

QString JudgementFamily::shortLabel() const
{
    return familyShortLabel(id);
}

const QList<JudgementFamily> &judgementFamilies()
{
    static const QList<JudgementFamily> families = makeFamilies();
    return families;
}

QStringList familyIds()
{
    QStringList ids;
    for (const JudgementFamily &f : judgementFamilies())
        ids << f.id;
    return ids;
}

const JudgementFamily *findFamily(const QString &id)
{
    for (const JudgementFamily &f : judgementFamilies())
        if (f.id == id)
            return &f;
    return nullptr;
}

QString familyLabel(const QString &id)
{
    const FamilyText *t = textOf(id);
    return t ? QCoreApplication::translate("Outcomes", t->label) : id;
}

QString familyShortLabel(const QString &id)
{
    const FamilyText *t = textOf(id);
    return t ? QCoreApplication::translate("Outcomes", t->shortLabel) : id;
}

FamilyMatch familyOf(ReportKind kind, const QString &section, const QString &key, Population population)
{
    // Every dataset asks this for each of thousands of facts over a few dozen keys: remember
    // the answers (per thread: packs are drawn on a worker thread).
    thread_local QHash<QString, FamilyMatch> cache;
    const QString id = QString::number(int(kind) * 8 + int(population)) + QChar(0x1f) + section + QChar(0x1f) + key;
    const auto hit = cache.constFind(id);
    if (hit != cache.constEnd())
        return *hit;
    FamilyMatch match;
    for (const JudgementFamily &f : judgementFamilies()) {
        for (int i = 0; i < f.parts.size() && !match.isValid(); ++i) {
            const FamilyPart &p = f.parts[i];
            if (p.kind == kind && p.population == population && p.key == key && p.sections.contains(section))
                match = {&f, i};
        }
    }
    cache.insert(id, match);
    return match;
}

QString populationLabel(Population p)
{
    switch (p) {
    case Population::AllChildren:
        return QCoreApplication::translate("Outcomes", "All children");
    case Population::Safeguarding:
        return QCoreApplication::translate("Outcomes", "Safeguarding (safeguarding/LAC inspections)");
    case Population::LookedAfterChildren:
        return QCoreApplication::translate("Outcomes", "Looked after children");
    }
    return {};
}

QList<Population> allPopulations()
{
    return {Population::AllChildren, Population::Safeguarding, Population::LookedAfterChildren};
}

bool ilacsGradesNoOverall(const QDate &inspectionEnd, int year)
{
    return inspectionEnd.isValid() ? inspectionEnd >= QDate(2026, 4, 1) : year >= 2027;
}

} // namespace inspectdesk
