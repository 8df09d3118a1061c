#pragma once

#include "model/ExtractedReport.h"

namespace inspectdesk::test {

// An extracted report as the store and the review document take it: Testshire's 2010
// safeguarding and looked after children inspection with two judgements, overall
// effectiveness (with its source box) and being healthy (printed "Good" on `beingHealthyScale`,
// no source box, low confidence), and one warning.
ExtractedReport sampleReport(Scale beingHealthyScale);

} // namespace inspectdesk::test
