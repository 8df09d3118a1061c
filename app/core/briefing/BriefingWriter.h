#pragma once

#include "BriefingData.h"

namespace inspectdesk {

// Writes a briefing pack as one multi-page PDF: cover, a page per council (latest
// judgements with the change since the previous assessment, and its trends), all councils'
// trends together, a comparison chart with its table, then sources and the note on
// unreviewed data. Written to a temporary file and renamed: a failure leaves nothing.
class BriefingWriter
{
public:
    static bool write(const QString &path, const BriefingData &data, QString *error, int *pages = nullptr);
};

} // namespace inspectdesk
