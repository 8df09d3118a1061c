#include "pdf/PopplerMessages.h"

#include <poppler-qt6.h>

#include <mutex>

namespace inspectdesk {

namespace {
thread_local PopplerMessages *tCurrent = nullptr;
} // namespace

void PopplerMessages::install()
{
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction(&PopplerMessages::receive, QVariant()); });
}

PopplerMessages::PopplerMessages() : mOuter(tCurrent)
{
    install();
    tCurrent = this;
}

PopplerMessages::~PopplerMessages()
{
    tCurrent = mOuter;
}

void PopplerMessages::receive(const QString &message, const QVariant &)
{
    PopplerMessages *capture = tCurrent;
    if (!capture)
        return;
    if (capture->mCount++ == 0) {
        // Poppler writes a message's line break as "<0a>".
        capture->mFirst = message.simplified().remove(QLatin1String("<0a>")).left(200);
    }
}

QString PopplerMessages::summary() const
{
    if (mCount == 0)
        return {};
    if (mCount == 1)
        return QStringLiteral("the PDF reader reported a problem in this file: %1").arg(mFirst);
    return QStringLiteral("the PDF reader reported %1 problems in this file (first: %2)").arg(mCount).arg(mFirst);
}

} // namespace inspectdesk
