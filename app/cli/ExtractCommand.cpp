#include "CliSupport.h"
#include "CommandLine.h"
#include "Commands.h"

#include "model/ReportJson.h"
#include "readers/ReportExtractor.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace inspectdesk::cli {

int runExtract(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Read a report (PDF or text) and print its judgements as JSON, with the page, box and "
                       "confidence of each and a warnings list. Nothing is stored."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Report PDF or .txt file."));
    int code = 0;
    if (!parseOrExit(parser, arguments, &code))
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return failWith(ExitUsage, QStringLiteral("extract: give exactly one FILE"));
    const QString path = files.first();
    if (!QFileInfo::exists(path))
        return failWith(ExitFailure, QStringLiteral("%1: no such file").arg(path));
    const ExtractionResult result = extractReportFile(path);
    if (!result.ok)
        return failWith(ExitFailure, QStringLiteral("%1: %2").arg(path, result.error));
    QJsonObject json = toJson(result.report);
    json.insert(QStringLiteral("file"), QFileInfo(path).fileName());
    out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    out().flush();
    return ExitOk;
}

} // namespace inspectdesk::cli
