#pragma once

#include "pdf/DocumentText.h"

#include <QString>

namespace inspectdesk {

// Why a document holds more than one report (several inspections' dates, several letters),
// or an empty string when it reads as one. A file of reports printed one after another would
// otherwise be stored as one report with judgements taken from different councils and years.
// Each report prints its inspection dates once (a report in two parts, e.g. an inspection and
// a review of the safeguarding board, prints the same dates twice) or opens one letter.
QString severalReportsReason(const DocumentText &doc);

} // namespace inspectdesk
