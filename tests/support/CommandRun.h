#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace inspectdesk::test {

// What one run of build/app/inspectdesk gave back. exitCode is -1 when the process crashed,
// could not start or did not finish in time.
struct CommandRun
{
    int exitCode = -1;
    QString out;       // stdout as UTF-8 text
    QByteArray rawOut; // stdout as written (files a command writes to stdout)
    QString err;
};

struct CommandOptions
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString workingDirectory; // empty: the test's own
    int timeoutMs = 60000;    // then the process is killed and the run fails
};

// Runs the real binary as a user does, with `args`, and waits for it.
CommandRun runInspectDesk(const QStringList &args, const CommandOptions &options = {});

} // namespace inspectdesk::test
