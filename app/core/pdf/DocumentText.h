#pragma once

#include "pdf/TextPage.h"

#include <QList>
#include <QString>

namespace inspectdesk {

// The one representation every report reader sees, whether the input was a PDF (words with
// real boxes from poppler) or plain text (synthetic boxes on a notional A4 page).
class DocumentText
{
public:
    QList<TextPage> pages;

    int pageCount() const { return int(pages.size()); }
    int wordCount() const;
    bool hasText() const { return wordCount() > 0; }

    // Plain text: pages split on form feeds, lines on newlines, words on spaces; each word
    // gets a monospace box so provenance still means something.
    static DocumentText fromPlainText(const QString &text);
};

} // namespace inspectdesk
