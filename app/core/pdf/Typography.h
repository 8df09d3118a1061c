#pragma once

#include <QString>

namespace inspectdesk {

// Typeset text as readers want it: ligatures spelt out ("ﬁndings" -> "findings"), non-breaking
// and other fixed-width spaces as plain spaces, soft hyphens and zero-width characters
// removed, the Unicode hyphens (U+2010, U+2011) as '-'. One pass, linear in the text.
QString plainTypography(const QString &text);

} // namespace inspectdesk
