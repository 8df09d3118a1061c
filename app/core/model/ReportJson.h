#pragma once

#include "ExtractedReport.h"

#include <QJsonObject>

namespace inspectdesk {

// The JSON of corpus/README.md plus provenance (page, bbox, confidence, scale, warnings).
QJsonObject toJson(const ExtractedReport &report);

} // namespace inspectdesk
