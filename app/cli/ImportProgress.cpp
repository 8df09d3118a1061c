#include "ImportProgress.h"

#include "CliSupport.h"

#include <cstdio>
#include <unistd.h>

namespace inspectdesk::cli {

ImportProgress::ImportProgress(int total) : mTotal(total), mTerminal(isatty(fileno(stderr)) && isatty(fileno(stdout)))
{
    mClock.start();
}

QString ImportProgress::progressLine(int done, int total, qint64 elapsedMs)
{
    QString line = QStringLiteral("%1/%2 files").arg(done).arg(total);
    if (done > 0 && elapsedMs > 0) {
        const double rate = done * 1000.0 / double(elapsedMs);
        const qint64 leftSeconds = qint64((total - done) / rate + 0.5);
        line += QStringLiteral(", %1 files/s, %2:%3 left")
                    .arg(rate, 0, 'f', 1)
                    .arg(leftSeconds / 60)
                    .arg(leftSeconds % 60, 2, 10, QLatin1Char('0'));
    }
    return line;
}

void ImportProgress::clearLine()
{
    if (mLineShown)
        err() << "\r\033[K";
    mLineShown = false;
}

void ImportProgress::report(const ImportResult &result)
{
    ++mDone;
    if (mTerminal)
        clearLine();
    switch (result.outcome) {
    case ImportOutcome::Imported:
        if (!mTerminal)
            out() << result.message << Qt::endl;
        break;
    case ImportOutcome::Duplicate:
        failWith(0, result.message + QStringLiteral(" (skipped)"));
        break;
    case ImportOutcome::Failed:
        failWith(0, result.message);
        break;
    }
    if (mTerminal) {
        err() << progressLine(mDone, mTotal, mClock.elapsed());
        err().flush();
        mLineShown = true;
    }
}

void ImportProgress::finish(const QString &summary)
{
    if (mTerminal)
        clearLine();
    err().flush();
    out() << summary << Qt::endl;
}

} // namespace inspectdesk::cli
