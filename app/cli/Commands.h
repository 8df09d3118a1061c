#pragma once

#include <QStringList>

namespace inspectdesk::cli {

// One function per subcommand, each in its own file. arguments[0] is the subcommand name.
int runImport(const QStringList &arguments);
int runList(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runExtract(const QStringList &arguments);
int runBriefing(const QStringList &arguments);
int runCouncils(const QStringList &arguments);

} // namespace inspectdesk::cli
