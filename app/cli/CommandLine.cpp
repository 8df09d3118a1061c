#include "CommandLine.h"

#include "CliSupport.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <cstring>

namespace inspectdesk::cli {

namespace {
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &);
    bool needsGui;
};

const Command kCommands[] = {
    {"import", "Import report PDFs into the database", runImport, false},
    {"list", "List the reports in the database", runList, false},
    {"export", "Export all judgements (--csv FILE)", runExport, false},
    {"extract", "Print the judgements read from a report as JSON (no database)", runExtract, false},
    {"briefing", "Write a briefing pack PDF (--council NAME... --from Y --to Y --out FILE)", runBriefing, true},
    {"councils", "List the register's councils with their LA code, region and reports (--region NAME)", runCouncils,
     false},
};

const Command *findCommand(const char *name)
{
    for (const Command &c : kCommands)
        if (std::strcmp(c.name, name) == 0)
            return &c;
    return nullptr;
}

QString usage()
{
    QString text = QStringLiteral("Usage: inspectdesk [COMMAND] [OPTIONS]\n\n"
                                  "Without a command, opens the InspectDesk window.\n\nCommands:\n");
    for (const Command &c : kCommands)
        text += QStringLiteral("  %1 %2\n").arg(QString::fromLatin1(c.name), -10).arg(QString::fromLatin1(c.summary));
    text += QStringLiteral("\nOptions:\n  --help     Show this help (or COMMAND --help)\n"
                           "  --version  Show the version\n\nExit codes: 0 success, 1 failure, "
                           "2 usage error, 3 import skipped duplicates only.\n");
    return text;
}
} // namespace

bool isCommandLineInvocation(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const char *first = argv[1];
    if (findCommand(first) || std::strcmp(first, "--help") == 0 || std::strcmp(first, "-h") == 0 ||
        std::strcmp(first, "--version") == 0 || std::strcmp(first, "-v") == 0)
        return true;
    // The window takes files (a database, report PDFs) and Qt's own -options. A bare word
    // that names no file is a mistyped command: answer it here rather than open a window.
    const QString arg = QString::fromLocal8Bit(first);
    return !arg.startsWith(QLatin1Char('-')) && !QFileInfo::exists(arg) && !arg.contains(QLatin1Char('.')) &&
           !arg.contains(QLatin1Char('/'));
}

bool commandNeedsGui(int argc, char **argv)
{
    const Command *c = argc >= 2 ? findCommand(argv[1]) : nullptr;
    return c && c->needsGui;
}

int runCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return failWith(ExitUsage, QStringLiteral("no command given; try --help"));
    const QString first = arguments.at(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        out() << usage();
        out().flush();
        return ExitOk;
    }
    const Command *command = findCommand(first.toLocal8Bit().constData());
    if (!command)
        return failWith(ExitUsage, QStringLiteral("unknown command '%1'; try --help").arg(first));
    return command->run(arguments.mid(1));
}

} // namespace inspectdesk::cli
