#include "CommandRun.h"

#include "TestData.h"

#include <QProcess>

namespace inspectdesk::test {

CommandRun runInspectDesk(const QStringList &args, const CommandOptions &options)
{
    QProcess p;
    p.setProcessEnvironment(options.env);
    if (!options.workingDirectory.isEmpty())
        p.setWorkingDirectory(options.workingDirectory);
    p.start(binaryPath(), args);
    if (!p.waitForFinished(options.timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    CommandRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.rawOut = p.readAllStandardOutput();
    r.out = QString::fromUtf8(r.rawOut);
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace inspectdesk::test
