#include "CliSupport.h"
#include "CommandLine.h"
#include "Commands.h"
#include "ImportProgress.h"

#include "import/ImportPipeline.h"
#include "store/Database.h"
#include "store/ReportStore.h"

namespace inspectdesk::cli {

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Import Ofsted report PDFs: extract their judgements and store them with the original file. "
                       "A FOLDER is searched recursively for *.pdf files; other files in it are counted as "
                       "skipped. Each report is stored in its own transaction. Exit codes: 0 all imported, "
                       "1 a file failed, 2 usage error, 3 files already in the database were skipped."));
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Report PDF(s) or folder(s) to import."),
                                 QStringLiteral("FILE|FOLDER..."));
    int code = 0;
    if (!parseOrExit(parser, arguments, &code))
        return code;
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty())
        return failWith(ExitUsage, QStringLiteral("import: no FILE given"));
    Database db;
    if (!openDatabase(db, parser, false, &code))
        return code;
    ReportStore store(db);
    const ImportFileList list = collectImportFiles(paths);
    ImportTally tally;
    tally.skipped = list.skipped;
    // A folder without a single PDF is most likely the wrong folder: said, and a failure.
    for (const QString &folder : list.emptyFolders)
        failWith(0, QStringLiteral("%1: no PDF files in this folder").arg(folder));
    ImportProgress progress(int(list.files.size()));
    ImportPipeline pipeline(store, currentReviewer());
    pipeline.run(list.files, [&](int, const ImportResult &result) {
        tally.add(result);
        progress.report(result);
    });
    progress.finish(tally.summary());
    if (tally.failed || !list.emptyFolders.isEmpty())
        return ExitFailure;
    return tally.duplicates ? ExitSkippedDuplicates : ExitOk;
}

} // namespace inspectdesk::cli
