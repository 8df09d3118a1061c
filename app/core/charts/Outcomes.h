#pragma once

#include <QString>
#include <QStringList>

namespace inspectdesk {

// The seven judgement areas the dashboard charts: overall effectiveness, the five Every
// Child Matters outcomes and capacity to improve, in the order reports print them.
QStringList chartOutcomeKeys();
bool isChartOutcome(const QString &key);
QString outcomeLabel(const QString &key);      // "Being healthy"
QString outcomeShortLabel(const QString &key); // "Healthy": fits under a bar group

// Whose judgement a chart shows. Safeguarding/LAC inspections grade looked after children
// separately (section "looked_after_children"); everything else is about all children.
enum class Population { AllChildren, LookedAfterChildren };
QString populationLabel(Population p);
bool sectionBelongsTo(const QString &section, Population p);

} // namespace inspectdesk
