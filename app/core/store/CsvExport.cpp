#include "CsvExport.h"

#include <QStringList>

namespace inspectdesk {

namespace {
QString field(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) &&
        !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

bool writeJudgementsCsv(const QList<JudgementFact> &facts, QIODevice *out)
{
    const QStringList header{QStringLiteral("report_id"),   QStringLiteral("council"),
                             QStringLiteral("report_type"), QStringLiteral("assessment_year"),
                             QStringLiteral("published"),   QStringLiteral("file"),
                             QStringLiteral("section"),     QStringLiteral("key"),
                             QStringLiteral("area"),        QStringLiteral("printed"),
                             QStringLiteral("scale"),       QStringLiteral("judgement"),
                             QStringLiteral("page"),        QStringLiteral("confidence"),
                             QStringLiteral("status")};
    if (out->write(header.join(QLatin1Char(',')).toUtf8() + "\r\n") < 0)
        return false;
    for (const JudgementFact &f : facts) {
        const QStringList row{QString::number(f.reportId),
                              f.council,
                              reportKindId(f.kind),
                              f.assessmentYear > 0 ? QString::number(f.assessmentYear) : QString(),
                              f.published.isValid() ? f.published.toString(Qt::ISODate) : QString(),
                              f.fileName,
                              f.section,
                              f.key,
                              f.area,
                              f.printed,
                              scaleId(f.scale),
                              judgementId(f.judgement),
                              f.page > 0 ? QString::number(f.page) : QString(),
                              QString::number(f.confidence, 'f', 2),
                              reviewStatusId(f.status)};
        QStringList cells;
        for (const QString &c : row)
            cells << field(c);
        if (out->write(cells.join(QLatin1Char(',')).toUtf8() + "\r\n") < 0)
            return false;
    }
    return true;
}

} // namespace inspectdesk
