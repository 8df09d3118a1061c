#include "ColumnLimits.h"

namespace inspectdesk::ColumnLimits {

QString tooLong(const QString &what, const QString &value, int limit)
{
    qsizetype characters = 0;
    for (qsizetype i = 0; i < value.size(); ++i)
        if (!value.at(i).isLowSurrogate())
            ++characters;
    if (characters <= limit)
        return {};
    return QStringLiteral("%1 is %2 characters long (at most %3)").arg(what).arg(characters).arg(limit);
}

QString checkJudgement(const JudgementRecord &judgement)
{
    for (const QString &why : {tooLong(QStringLiteral("judgement section"), judgement.section, kSection),
                               tooLong(QStringLiteral("judgement key"), judgement.key, kJudgementKey)})
        if (!why.isEmpty())
            return why;
    return {};
}

QString checkReport(const ExtractedReport &report, const QString &fileName, const QString &user)
{
    for (const QString &why : {tooLong(QStringLiteral("council name"), report.council, kCouncilName),
                               tooLong(QStringLiteral("file name"), fileName, kFileName),
                               tooLong(QStringLiteral("user name"), user, kUserName)})
        if (!why.isEmpty())
            return why;
    for (const JudgementRecord &j : report.judgements)
        if (const QString why = checkJudgement(j); !why.isEmpty())
            return why;
    for (const ExtractionWarning &w : report.warnings)
        if (const QString why = tooLong(QStringLiteral("warning key"), w.key, kJudgementKey); !why.isEmpty())
            return why;
    return {};
}

} // namespace inspectdesk::ColumnLimits
