#include "CommandLine.h"

#include "CliSupport.h"
#include "Commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <cstring>

namespace inspectdesk::cli {

namespace {
int runHelp(const QStringList &arguments);

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
    {"export", "Export all judgements (--csv FILE, --xlsx FILE)", runExport, false},
    {"extract", "Print the judgements read from a report as JSON (no database)", runExtract, false},
    {"briefing", "Write a briefing pack PDF (--council NAME... --from Y --to Y --out FILE)", runBriefing, true},
    {"councils", "List the register's councils with their LA code, region and reports (--region NAME)", runCouncils,
     false},
    {"help", "Show the commands, or the help of one (help COMMAND)", runHelp, false},
};

// Options of the whole program (not of a command). --man is hidden: the build uses it to
// write the manual page.
const char *const kProgramOptions[] = {"--help", "-h", "--version", "-v", "--man"};

// Qt's own options for a window (QGuiApplication/QApplication), with or without a value.
const char *const kQtOptionsWithValue[] = {"platform",      "platformpluginpath",
                                           "platformtheme", "plugin",
                                           "qmljsdebugger", "qwindowgeometry",
                                           "qwindowicon",   "qwindowtitle",
                                           "session",       "style",
                                           "stylesheet",    "display",
                                           "geometry",      "title",
                                           "name"};
const char *const kQtFlags[] = {"reverse", "widgetcount", "nograb", "dograb", "sync", "testability"};

const Command *findCommand(const QString &name)
{
    for (const Command &c : kCommands)
        if (name == QLatin1String(c.name))
            return &c;
    return nullptr;
}

QStringList commandNames()
{
    QStringList names;
    for (const Command &c : kCommands)
        names << QString::fromLatin1(c.name);
    return names;
}

bool isProgramOption(const QString &arg)
{
    return std::any_of(std::begin(kProgramOptions), std::end(kProgramOptions),
                       [&](const char *o) { return arg == QLatin1String(o); });
}

// 0: not a Qt option; 1: a Qt flag; 2: a Qt option whose value is the next argument.
int qtOptionArity(const QString &arg)
{
    QString name = arg;
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    const bool inlineValue = name.contains(QLatin1Char('='));
    name = name.section(QLatin1Char('='), 0, 0);
    for (const char *o : kQtOptionsWithValue)
        if (name == QLatin1String(o))
            return inlineValue ? 1 : 2;
    for (const char *o : kQtFlags)
        if (name == QLatin1String(o))
            return 1;
    return 0;
}

// The first option that neither the program nor Qt's window knows, or "".
QString firstUnknownOption(const QStringList &args)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (!arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-") || isProgramOption(arg))
            continue;
        const int arity = qtOptionArity(arg);
        if (arity == 0)
            return arg;
        i += arity - 1;
    }
    return {};
}

QString usageHint()
{
    return QStringLiteral("usage: inspectdesk [COMMAND] [OPTIONS] [FILE...]; 'inspectdesk help' lists the commands");
}

QString usage()
{
    QString text = QStringLiteral("Usage: inspectdesk [COMMAND] [OPTIONS]\n"
                                  "       inspectdesk [DATABASE] [REPORT.pdf...]\n\n"
                                  "Without a command, opens the InspectDesk window (with the database and "
                                  "reports given).\n\nCommands:\n");
    for (const Command &c : kCommands)
        text += QStringLiteral("  %1 %2\n").arg(QString::fromLatin1(c.name), -10).arg(QString::fromLatin1(c.summary));
    text += QStringLiteral("\nOptions:\n  --help     Show this help (or COMMAND --help, help COMMAND)\n"
                           "  --version  Show the version\n\nExit codes: 0 success, 1 failure, "
                           "2 usage error, 3 import skipped duplicates only.\n");
    return text;
}

int unknownCommand(const QString &name)
{
    const QString near = nearestWord(name, commandNames());
    return failWith(
        ExitUsage,
        QStringLiteral("unknown command '%1'%2; %3")
            .arg(name, near.isEmpty() ? QString() : QStringLiteral("; did you mean %1?").arg(near), usageHint()));
}

int runHelp(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments.at(1) == QLatin1String("--help") || arguments.at(1) == QLatin1String("-h")) {
        out() << usage();
        out().flush();
        return ExitOk;
    }
    const Command *command = findCommand(arguments.at(1));
    if (!command || command->run == runHelp)
        return command ? runHelp({}) : unknownCommand(arguments.at(1));
    return command->run({arguments.at(1), QStringLiteral("--help")});
}

// Roff needs a backslash doubled and a line starting with '.' or '\'' guarded.
QString roff(const QString &text)
{
    QStringList lines;
    for (QString line : text.split(QLatin1Char('\n'))) {
        line.replace(QLatin1Char('\\'), QLatin1String("\\e"));
        if (line.startsWith(QLatin1Char('.')) || line.startsWith(QLatin1Char('\'')))
            line.prepend(QLatin1String("\\&"));
        lines << line;
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
} // namespace

QString nearestWord(const QString &typed, const QStringList &candidates)
{
    // Edit distance (insert, delete, change a letter); a suggestion only for a slip of a
    // letter or two, never for an unrelated word.
    auto distance = [](const QString &a, const QString &b) {
        QList<int> row(b.size() + 1);
        for (int j = 0; j <= b.size(); ++j)
            row[j] = j;
        for (int i = 1; i <= a.size(); ++i) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.size(); ++j) {
                const int up = row[j];
                row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
                diagonal = up;
            }
        }
        return row[b.size()];
    };
    QString best;
    int bestDistance = std::min(2, int(typed.size()) / 2);
    for (const QString &c : candidates) {
        const int d = distance(typed.toLower(), c);
        if (d <= bestDistance && (best.isEmpty() || d < bestDistance)) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}

QString manualPage()
{
    QString page = QStringLiteral(".TH INSPECTDESK 1 \"\" \"InspectDesk %1\" \"User Commands\"\n"
                                  ".SH NAME\ninspectdesk \\- review and chart Ofsted children's services "
                                  "inspection judgements\n.SH SYNOPSIS\n.nf\n")
                       .arg(QCoreApplication::applicationVersion());
    const QString text = usage();
    page += roff(text.section(QStringLiteral("\n\n"), 0, 0)) + QStringLiteral(".fi\n.SH DESCRIPTION\n.nf\n");
    page += roff(text.section(QStringLiteral("\n\n"), 1)) + QStringLiteral(".fi\n.SH COMMANDS\n");
    for (const Command &c : kCommands) {
        if (c.run == runHelp)
            continue;
        ScopedOutputCapture capture;
        c.run({QString::fromLatin1(c.name), QStringLiteral("--help")});
        page += QStringLiteral(".SS %1\n.nf\n").arg(QString::fromLatin1(c.name)) + roff(capture.text()) +
                QStringLiteral(".fi\n");
    }
    // The help names the default database under the home of whoever runs it; the page is
    // written at build time, for every user.
    if (QDir::homePath() != QDir::rootPath())
        page.replace(QDir::homePath() + QLatin1Char('/'), QStringLiteral("~/"));
    page += QStringLiteral(".SH ENVIRONMENT\n.TP\n.B PGPASSWORD\nThe PostgreSQL password when --db names a "
                           "team database without one (~/.pgpass is read too).\n"
                           ".SH SEE ALSO\nThe README of InspectDesk.\n");
    return page;
}

bool isCommandLineInvocation(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (!firstUnknownOption(args).isEmpty())
        return true;
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (isProgramOption(arg))
            return true;
        if (arg.startsWith(QLatin1Char('-'))) {
            i += qtOptionArity(arg) - 1;
            continue;
        }
        if (findCommand(arg))
            return true;
        // The window takes files (a database, report PDFs). A bare word that names no file
        // is a mistyped command: answer it here rather than open a window.
        return !QFileInfo::exists(arg) && !arg.contains(QLatin1Char('.')) && !arg.contains(QLatin1Char('/')) &&
               !arg.contains(QLatin1Char('='));
    }
    return false;
}

bool commandNeedsGui(int argc, char **argv)
{
    const Command *c = argc >= 2 ? findCommand(QString::fromLocal8Bit(argv[1])) : nullptr;
    return c && c->needsGui;
}

int runCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return failWith(ExitUsage, QStringLiteral("no command given; %1").arg(usageHint()));
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
    if (first == QLatin1String("--man")) {
        out() << manualPage();
        out().flush();
        return ExitOk;
    }
    if (const Command *command = findCommand(first))
        return command->run(arguments.mid(1));
    const QStringList rest = arguments.mid(1);
    if (const QString option = firstUnknownOption(rest); !option.isEmpty()) {
        const QString near = nearestWord(option, {QStringLiteral("--help"), QStringLiteral("--version")});
        return failWith(
            ExitUsage,
            QStringLiteral("unknown option '%1'%2; %3")
                .arg(option, near.isEmpty() ? QString() : QStringLiteral("; did you mean %1?").arg(near), usageHint()));
    }
    // Otherwise the first word after any window options is a mistyped command.
    for (int i = 0; i < rest.size(); ++i) {
        if (rest.at(i).startsWith(QLatin1Char('-')))
            i += qtOptionArity(rest.at(i)) - 1;
        else
            return unknownCommand(rest.at(i));
    }
    return failWith(ExitUsage, QStringLiteral("no command given; %1").arg(usageHint()));
}

} // namespace inspectdesk::cli
