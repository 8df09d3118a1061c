#include "CliSupport.h"
#include "CommandLine.h"
#include "Commands.h"

#include "store/CsvExport.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QFile>
#include <QSaveFile>

namespace inspectdesk::cli {

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Export every judgement with its report as CSV."));
    addCommonOptions(parser);
    parser.addOption(
        {QStringLiteral("csv"), QStringLiteral("Write CSV to <file> ('-' for stdout)."), QStringLiteral("file")});
    int code = 0;
    if (!parseOrExit(parser, arguments, &code))
        return code;
    if (!parser.isSet(QStringLiteral("csv")))
        return failWith(ExitUsage, QStringLiteral("export: --csv FILE is required"));
    Database db;
    if (!openDatabase(db, parser, true, &code))
        return code;
    ReportStore store(db);
    const QList<JudgementFact> facts = store.judgementFacts();
    if (!store.lastError().isEmpty())
        return failWith(ExitFailure, QStringLiteral("%1: %2").arg(db.displayLocation(), store.lastError()));
    const QString path = parser.value(QStringLiteral("csv"));
    if (path == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || !writeJudgementsCsv(facts, &stdoutFile))
            return failWith(ExitFailure, QStringLiteral("-: cannot write to standard output"));
        return ExitOk;
    }
    // QSaveFile: the target appears complete or not at all.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failWith(ExitFailure, QStringLiteral("%1: %2").arg(path, file.errorString()));
    if (!writeJudgementsCsv(facts, &file) || !file.commit())
        return failWith(ExitFailure, QStringLiteral("%1: %2").arg(path, file.errorString()));
    return ExitOk;
}

} // namespace inspectdesk::cli
