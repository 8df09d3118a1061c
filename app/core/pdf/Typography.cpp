#include "pdf/Typography.h"

namespace inspectdesk {

QString plainTypography(const QString &text)
{
    static const char *const ligatures[] = {"ff", "fi", "fl", "ffi", "ffl", "ft", "st"};
    QString out;
    out.reserve(text.size());
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= 0xFB00 && c <= 0xFB06)
            out += QLatin1String(ligatures[c - 0xFB00]);
        else if (c == 0x00A0 || c == 0x202F || c == 0x2007 || (c >= 0x2000 && c <= 0x200A))
            out += QLatin1Char(' ');
        else if (c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF)
            continue;
        else if (c == 0x2010 || c == 0x2011)
            out += QLatin1Char('-');
        else
            out += ch;
    }
    return out;
}

} // namespace inspectdesk
