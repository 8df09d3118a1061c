#pragma once

#include "StoreTypes.h"

#include <QIODevice>

namespace inspectdesk {

// One row per judgement with its report context (RFC 4180 quoting, UTF-8, header row).
bool writeJudgementsCsv(const QList<JudgementFact> &facts, QIODevice *out);

} // namespace inspectdesk
