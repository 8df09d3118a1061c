#pragma once

#include "CouncilRegister.h"

namespace inspectdesk {

struct ExtractedReport;

// The date a report's council is resolved on: its publication date, else the middle of its
// assessment year; invalid when it prints neither.
QDate reportCouncilDate(const QDate &published, int assessmentYear);

// "council 'Thames Council' is not one council of the register (might be: Kingston upon
// Thames, Richmond upon Thames); choose it in the form"
QString unresolvedCouncilMessage(const QString &printed, const CouncilResolution &resolution,
                                 const CouncilRegister &reg = CouncilRegister::builtIn());

// Resolves the council the report printed against the register on the report's date: sets
// report.laCode, or leaves it 0 and adds a warning for the reviewer.
CouncilResolution resolveReportCouncil(ExtractedReport &report,
                                       const CouncilRegister &reg = CouncilRegister::builtIn());

} // namespace inspectdesk
