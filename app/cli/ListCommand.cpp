#include "CliSupport.h"
#include "Commands.h"

#include "store/Database.h"
#include "store/ReportStore.h"

namespace inspectdesk::cli {

int runList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the reports in the database, one per line "
                                                    "(tab-separated, with a header)."));
    addCommonOptions(parser);
    int code = 0;
    if (!parseOrExit(parser, arguments, &code))
        return code;
    Database db;
    if (!openDatabase(db, parser, true, &code))
        return code;
    ReportStore store(db);
    const QList<ReportSummary> reports = store.reports();
    if (!store.lastError().isEmpty())
        return failWith(1, QStringLiteral("%1: %2").arg(db.displayLocation(), store.lastError()));
    out() << "id\tcouncil\tkind\tyear\tpublished\tpages\treviewed\twarnings\tfile\n";
    for (const ReportSummary &r : reports) {
        out() << r.id << '\t' << r.council << '\t' << reportKindId(r.kind) << '\t'
              << (r.assessmentYear > 0 ? QString::number(r.assessmentYear) : QStringLiteral("-")) << '\t'
              << (r.published.isValid() ? r.published.toString(Qt::ISODate) : QStringLiteral("-")) << '\t'
              << r.pageCount << '\t' << r.reviewedCount << '/' << r.judgementCount << '\t' << r.warningCount << '\t'
              << r.fileName << '\n';
    }
    out().flush();
    return 0;
}

} // namespace inspectdesk::cli
