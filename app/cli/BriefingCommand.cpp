#include "CliSupport.h"
#include "CommandLine.h"
#include "Commands.h"
#include "CouncilOption.h"

#include "briefing/BriefingWriter.h"
#include "register/CouncilRegister.h"
#include "store/Database.h"
#include "store/ReportStore.h"

namespace inspectdesk::cli {

namespace {
bool yearOption(const QCommandLineParser &parser, const QString &name, int *year)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    *year = parser.value(name).toInt(&ok);
    return ok && *year >= 1990 && *year <= 2100;
}
} // namespace

int runBriefing(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Write a briefing pack PDF: cover, latest judgements with change per council, trend and "
                       "comparison charts, sources and a note on unreviewed data."));
    parser.addOption({QStringLiteral("council"),
                      QStringLiteral("A council to include (repeat): its LA code or any form of its name."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("First assessment year."), QStringLiteral("year")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("Last assessment year."), QStringLiteral("year")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("The PDF file to write."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("title"), QStringLiteral("Title on the cover."), QStringLiteral("text")});
    parser.addOption({QStringLiteral("compare"),
                      QStringLiteral("Compare the first --council with its statistical neighbours (the DfE model in "
                                     "force in each year), its region or England."),
                      QStringLiteral("neighbours|region|england")});
    addCommonOptions(parser);
    int code = 0;
    if (!parseOrExit(parser, arguments, &code))
        return code;
    if (!parser.isSet(QStringLiteral("out")))
        return failWith(ExitUsage, QStringLiteral("briefing: --out FILE is required"));
    if (!parser.isSet(QStringLiteral("council")))
        return failWith(ExitUsage, QStringLiteral("briefing: give at least one --council NAME"));
    BriefingOptions options;
    if (!yearOption(parser, QStringLiteral("from"), &options.fromYear) ||
        !yearOption(parser, QStringLiteral("to"), &options.toYear))
        return failWith(ExitUsage, QStringLiteral("briefing: --from and --to take a year such as 2008"));
    if (options.fromYear && options.toYear && options.fromYear > options.toYear)
        return failWith(
            ExitUsage,
            QStringLiteral("briefing: --from %1 is after --to %2").arg(options.fromYear).arg(options.toYear));
    options.title = parser.value(QStringLiteral("title"));
    if (parser.isSet(QStringLiteral("compare"))) {
        const QString group = parser.value(QStringLiteral("compare"));
        if (!comparatorGroupFromId(group, &options.comparators) || options.comparators == ComparatorGroup::Chosen)
            return failWith(
                ExitUsage,
                QStringLiteral("briefing: --compare takes neighbours, region or england, not '%1'").arg(group));
    }

    Database db;
    if (!openDatabase(db, parser, true, &code))
        return code;
    ReportStore store(db);
    const QStringList known = store.councilNames();
    for (const QString &wanted : parser.values(QStringLiteral("council"))) {
        QString error;
        const QString council = councilFromOption(wanted, known, &error);
        if (council.isEmpty())
            return failWith(ExitUsage, QStringLiteral("briefing: %1").arg(error));
        if (!options.councils.contains(council))
            options.councils << council;
    }
    if (options.comparators != ComparatorGroup::Chosen) {
        for (const RegisterCouncil *c : CouncilRegister::builtIn().councils())
            if (c->shortName == options.councils.first())
                options.focusLaCode = c->laCode;
        if (options.focusLaCode <= 0)
            return failWith(ExitUsage, QStringLiteral("briefing: --compare needs a council of the register; '%1' "
                                                      "is not one")
                                           .arg(options.councils.first()));
    }
    const QList<JudgementFact> facts = store.judgementFacts();
    if (!store.lastError().isEmpty())
        return failWith(ExitFailure, QStringLiteral("%1: %2").arg(db.displayLocation(), store.lastError()));
    const BriefingData data = BriefingData::build(facts, options);
    QString error;
    int pages = 0;
    if (!BriefingWriter::write(parser.value(QStringLiteral("out")), data, &error, &pages))
        return failWith(ExitFailure, QStringLiteral("briefing: %1").arg(error));
    const auto count = [](qsizetype n, const char *one, const char *many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    out() << "wrote " << parser.value(QStringLiteral("out")) << " (" << count(pages, "page", "pages") << ", "
          << count(data.councils.size(), "council", "councils") << ", ";
    if (options.focusLaCode > 0)
        out() << "compared with " << count(data.comparedWith.size(), "council", "councils") << ", ";
    out() << count(data.unreviewedItems.size(), "unreviewed judgement", "unreviewed judgements") << ")" << Qt::endl;
    return ExitOk;
}

} // namespace inspectdesk::cli
