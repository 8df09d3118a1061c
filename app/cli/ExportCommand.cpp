#include "CliSupport.h"
#include "CommandLine.h"
#include "Commands.h"

#include "export/JudgementsTable.h"
#include "export/TableWriter.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QFile>

namespace inspectdesk::cli {

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Export every judgement with its report as CSV (UTF-8 with a byte-order mark) and/or XLSX."));
    addCommonOptions(parser);
    parser.addOption(
        {QStringLiteral("csv"), QStringLiteral("Write CSV to <file> ('-' for stdout)."), QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("xlsx"), QStringLiteral("Write an XLSX workbook to <file>."), QStringLiteral("file")});
    int code = 0;
    if (!parseOrExit(parser, arguments, &code))
        return code;
    const QString csvPath = parser.value(QStringLiteral("csv"));
    const QString xlsxPath = parser.value(QStringLiteral("xlsx"));
    if (csvPath.isEmpty() && xlsxPath.isEmpty())
        return failWith(ExitUsage, QStringLiteral("export: --csv FILE or --xlsx FILE is required"));
    if (xlsxPath == QLatin1String("-"))
        return failWith(ExitUsage,
                        QStringLiteral("export: an XLSX workbook cannot go to standard output; name a file"));
    Database db;
    if (!openDatabase(db, parser, true, &code))
        return code;
    ReportStore store(db);
    const QList<JudgementFact> facts = store.judgementFacts();
    if (!store.lastError().isEmpty())
        return failWith(ExitFailure, QStringLiteral("%1: %2").arg(db.displayLocation(), store.lastError()));
    const QList<DataTable> tables{judgementsTable(facts, QDateTime::currentDateTime())};
    QString error;
    if (!xlsxPath.isEmpty() && !TableWriter::write(xlsxPath, tables, TableFormat::Xlsx, &error))
        return failWith(ExitFailure, error);
    if (csvPath == QLatin1String("-")) {
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || !TableWriter::writeCsv(tables, &stdoutFile))
            return failWith(ExitFailure, QStringLiteral("-: cannot write to standard output"));
    } else if (!csvPath.isEmpty() && !TableWriter::write(csvPath, tables, TableFormat::Csv, &error)) {
        return failWith(ExitFailure, error);
    }
    return ExitOk;
}

} // namespace inspectdesk::cli
