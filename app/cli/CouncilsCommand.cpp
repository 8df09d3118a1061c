#include "CliSupport.h"
#include "CommandLine.h"
#include "Commands.h"

#include "register/CouncilRegister.h"
#include "store/Database.h"
#include "store/ReportStore.h"

namespace inspectdesk::cli {

int runCouncils(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("List the councils of the register (every English council since 2005), one per line "
                       "(tab-separated, with a header): DfE LA code, short name, region, type, when it ended "
                       "('-' = current) and how many reports the database holds. Reports whose council is "
                       "unresolved follow, with '-' as code."));
    parser.addOption(
        {QStringLiteral("region"), QStringLiteral("Only the councils of this region."), QStringLiteral("name")});
    addCommonOptions(parser);
    int code = 0;
    if (!parseOrExit(parser, arguments, &code))
        return code;
    const CouncilRegister &reg = CouncilRegister::builtIn();
    const QString region = parser.value(QStringLiteral("region")).simplified();
    if (!region.isEmpty() && !reg.regions().contains(region, Qt::CaseInsensitive))
        return failWith(ExitUsage, QStringLiteral("councils: no region called '%1'; regions are %2")
                                       .arg(region, reg.regions().join(QStringLiteral(", "))));
    Database db;
    if (!openDatabase(db, parser, true, &code))
        return code;
    ReportStore store(db);
    const QList<ReportSummary> reports = store.reports();
    if (!store.lastError().isEmpty())
        return failWith(ExitFailure, QStringLiteral("%1: %2").arg(db.displayLocation(), store.lastError()));
    QHash<int, int> byCode;
    QMap<QString, int> unresolved;
    for (const ReportSummary &r : reports) {
        if (r.laCode > 0)
            ++byCode[r.laCode];
        else
            ++unresolved[r.council];
    }
    out() << "la_code\tcouncil\tregion\ttype\tended\treports\n";
    const QList<int> wanted = region.isEmpty() ? QList<int>() : reg.inRegion(region);
    for (const RegisterCouncil *c : reg.councils()) {
        if (!region.isEmpty() && !wanted.contains(c->laCode))
            continue;
        out() << c->laCode << '\t' << c->shortName << '\t' << c->region << '\t' << c->councilType << '\t'
              << (c->ended.isValid() ? c->ended.toString(Qt::ISODate) : QStringLiteral("-")) << '\t'
              << byCode.value(c->laCode) << '\n';
    }
    if (region.isEmpty())
        for (auto it = unresolved.cbegin(); it != unresolved.cend(); ++it)
            out() << "-\t" << it.key() << "\t-\t-\t-\t" << it.value() << '\n';
    out().flush();
    return ExitOk;
}

} // namespace inspectdesk::cli
