// libFuzzer target for the extractor: the bytes are a report file, read as a PDF or as
// text the way `inspectdesk extract` does (FUZZ_INPUT_TEXT picks the text path for every
// input). Any crash, sanitizer report or hang is a finding; wrong grades are not looked at.
#include "readers/ReportExtractor.h"

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
#ifdef FUZZ_INPUT_TEXT
    inspectdesk::extractReportText(QString::fromUtf8(bytes));
#else
    inspectdesk::extractReportPdf(bytes);
#endif
    return 0;
}
