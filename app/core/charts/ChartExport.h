#pragma once

#include "ChartPage.h"

#include <QString>

namespace inspectdesk {

// Writes the current dashboard view as a PNG, SVG or PDF page (chosen by the file's
// suffix). Written to a temporary file and renamed, so a failure leaves nothing behind.
class ChartExport
{
public:
    static bool write(const QString &path, const ChartDataset &data, const ChartPageContent &content, QString *error);
    static QStringList suffixes() { return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}; }
};

} // namespace inspectdesk
