#include "CliSupport.h"
#include "CommandLine.h"
#include "Commands.h"

#include "import/ReportImporter.h"
#include "store/Database.h"
#include "store/ReportStore.h"

namespace inspectdesk::cli {

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import Ofsted report PDFs: extract their judgements "
                                                    "and store them with the original file."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Report PDF(s) to import."),
                                 QStringLiteral("FILE..."));
    int code = 0;
    if (!parseOrExit(parser, arguments, &code))
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return failWith(ExitUsage, QStringLiteral("import: no FILE given"));
    Database db;
    if (!openDatabase(db, parser, false, &code))
        return code;
    ReportStore store(db);
    ReportImporter importer(store);
    const QString user = currentReviewer();
    int failed = 0;
    int duplicates = 0;
    // Each file is its own transaction: one bad file does not undo the others.
    for (const QString &file : files) {
        const ImportResult result = importer.importFile(file, user);
        switch (result.outcome) {
        case ImportOutcome::Imported:
            out() << result.message << Qt::endl;
            break;
        case ImportOutcome::Duplicate:
            ++duplicates;
            failWith(0, result.message + QStringLiteral(" (skipped)"));
            break;
        case ImportOutcome::Failed:
            ++failed;
            failWith(0, result.message);
            break;
        }
    }
    if (failed)
        return ExitFailure;
    return duplicates ? ExitSkippedDuplicates : ExitOk;
}

} // namespace inspectdesk::cli
