#pragma once

#include <QStringList>

namespace inspectdesk::cli {

// A subcommand (import, list, export, extract, briefing) or --help/--version means no
// window. Decided from argv before any QCoreApplication exists.
bool isCommandLineInvocation(int argc, char **argv);
// Commands that draw (briefing packs with charts) need a QGuiApplication.
bool commandNeedsGui(int argc, char **argv);
// Runs a command line (arguments()[0] is the program); returns the process exit code.
int runCommandLine(const QStringList &arguments);

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitSkippedDuplicates = 3 };

} // namespace inspectdesk::cli
