#pragma once

#include <QStringList>

namespace inspectdesk::cli {

// A subcommand (import, list, export, extract, briefing, help), --help/--version, or
// anything the window would not understand (an unknown option, a mistyped command) means
// no window. Decided from argv before any QCoreApplication exists.
bool isCommandLineInvocation(int argc, char **argv);
// Commands that draw (briefing packs with charts) need a QGuiApplication.
bool commandNeedsGui(int argc, char **argv);
// Runs a command line (arguments()[0] is the program); returns the process exit code.
int runCommandLine(const QStringList &arguments);

// The closest of candidates to typed (a few letters apart at most), or "".
QString nearestWord(const QString &typed, const QStringList &candidates);
// The manual page (roff), made from the same text as the help of each command.
QString manualPage();

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitSkippedDuplicates = 3 };

} // namespace inspectdesk::cli
