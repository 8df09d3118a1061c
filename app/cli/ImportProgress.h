#pragma once

#include "store/StoreTypes.h"

#include <QElapsedTimer>
#include <QString>

namespace inspectdesk::cli {

// What `import` prints while it runs. On a terminal: one progress line rewritten in place
// (count, rate, time left), problems printed above it. Otherwise (a pipe, a log file): one
// line per file. Always a closing summary on stdout.
class ImportProgress
{
public:
    explicit ImportProgress(int total);
    void report(const ImportResult &result);
    void finish(const QString &summary);

    // "57/100 files, 3.2 files/s, 0:13 left": the in-place line, from the counts alone.
    static QString progressLine(int done, int total, qint64 elapsedMs);

private:
    void clearLine();

    int mTotal;
    int mDone = 0;
    bool mTerminal;
    bool mLineShown = false;
    QElapsedTimer mClock;
};

} // namespace inspectdesk::cli
