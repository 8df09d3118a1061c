#pragma once

#include "model/Grade.h"
#include "model/ReportKind.h"

#include <QList>
#include <QStringList>

namespace inspectdesk {

// Ofsted's own words for a normalised judgement: the third step is "Adequate" before 2013,
// "Requires improvement" in the single inspection framework (2013-18) and "Requires
// improvement to be good" under ILACS (2018-); children's services assessments print
// "Performs well (3)". The normalised value (1..4) is the same whatever the words.
QString judgementWording(ReportKind kind, Judgement judgement);

// Value-axis labels at positions 1..4 (worst .. best) for a chart showing judgements of these
// kinds: one framework's words when it shows one wording; where a chart spans eras the third
// step reads "Adequate / Requires improvement".
QStringList valueAxisLabels(const QList<ReportKind> &kinds);

} // namespace inspectdesk
