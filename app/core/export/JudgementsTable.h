#pragma once

#include "charts/DataTable.h"
#include "store/StoreTypes.h"

#include <QDateTime>

namespace inspectdesk {

// Every judgement with its report, one row each: the full judgements export (CSV and XLSX,
// command line and window). Headers are for people; the values stay the stored identifiers
// (report type, key, scale, judgement, status as in docs/judgement-vocabulary.md) so that
// a file joins with others. Columns added later go at the end: a column keeps its place.
DataTable judgementsTable(const QList<JudgementFact> &facts, const QDateTime &readAt);

} // namespace inspectdesk
