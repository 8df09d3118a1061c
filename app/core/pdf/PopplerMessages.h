#pragma once

#include <QString>

namespace inspectdesk {

// Poppler prints every complaint of its PDF parser on stderr, one line each (one damaged
// file printed 99,512). Once installed, its messages go to the PopplerMessages object alive
// on the thread that reads the PDF, to be summarised in one line; with none alive they are
// dropped. Poppler's handler is process-wide; the capture is per thread, so workers
// reading different files each get their own messages.
class PopplerMessages
{
public:
    PopplerMessages();
    ~PopplerMessages();
    PopplerMessages(const PopplerMessages &) = delete;
    PopplerMessages &operator=(const PopplerMessages &) = delete;

    // Routes poppler's messages here instead of stderr; safe to call more than once.
    static void install();

    int count() const { return mCount; }
    QString first() const { return mFirst; }
    // "" or e.g. "the PDF reader reported 99512 problems in this file (first: ...)".
    QString summary() const;

private:
    static void receive(const QString &message, const QVariant &closure);

    PopplerMessages *mOuter;
    int mCount = 0;
    QString mFirst;
};

} // namespace inspectdesk
