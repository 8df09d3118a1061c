#include "Outcomes.h"

#include <QCoreApplication>

namespace inspectdesk {

namespace {
struct OutcomeText
{
    const char *key;
    const char *label;
    const char *shortLabel;
};
const OutcomeText kOutcomes[] = {
    {"overall_effectiveness", QT_TRANSLATE_NOOP("Outcomes", "Overall effectiveness"),
     QT_TRANSLATE_NOOP("Outcomes", "Overall")},
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

const OutcomeText *find(const QString &key)
{
    for (const OutcomeText &o : kOutcomes)
        if (key == QLatin1String(o.key))
            return &o;
    return nullptr;
}
} // namespace

QStringList chartOutcomeKeys()
{
    QStringList keys;
    for (const OutcomeText &o : kOutcomes)
        keys << QString::fromLatin1(o.key);
    return keys;
}

bool isChartOutcome(const QString &key)
{
    return find(key) != nullptr;
}

QString outcomeLabel(const QString &key)
{
    const OutcomeText *o = find(key);
    return o ? QCoreApplication::translate("Outcomes", o->label) : key;
}

QString outcomeShortLabel(const QString &key)
{
    const OutcomeText *o = find(key);
    return o ? QCoreApplication::translate("Outcomes", o->shortLabel) : key;
}

QString populationLabel(Population p)
{
    return p == Population::AllChildren ? QCoreApplication::translate("Outcomes", "All children")
                                        : QCoreApplication::translate("Outcomes", "Looked after children");
}

bool sectionBelongsTo(const QString &section, Population p)
{
    if (p == Population::LookedAfterChildren)
        return section == QLatin1String("looked_after_children");
    // Youth service grades are about a service, not children's outcomes.
    return section.isEmpty() || section == QLatin1String("safeguarding") ||
           section == QLatin1String("corporate_assessment");
}

} // namespace inspectdesk
