#include "ReportCouncil.h"

#include "model/ExtractedReport.h"

namespace inspectdesk {

QDate reportCouncilDate(const QDate &published, int assessmentYear)
{
    if (published.isValid())
        return published;
    return assessmentYear > 0 ? QDate(assessmentYear, 7, 1) : QDate();
}

QString unresolvedCouncilMessage(const QString &printed, const CouncilResolution &resolution,
                                 const CouncilRegister &reg)
{
    QStringList names;
    for (int code : resolution.candidates)
        if (const RegisterCouncil *c = reg.byCode(code))
            names << QStringLiteral("%1 (%2)").arg(c->shortName).arg(code);
    const QString which = printed.trimmed().isEmpty() ? QStringLiteral("no council name was found")
                                                      : QStringLiteral("council '%1' is not one council of the "
                                                                       "register")
                                                            .arg(printed.simplified());
    const QString might =
        names.isEmpty() ? QString() : QStringLiteral(" (might be: %1)").arg(names.join(QStringLiteral(", ")));
    return QStringLiteral("%1%2; choose the council in the form").arg(which, might);
}

CouncilResolution resolveReportCouncil(ExtractedReport &report, const CouncilRegister &reg)
{
    const CouncilResolution r = reg.resolve(report.council, reportCouncilDate(report.published, report.assessmentYear));
    report.laCode = r.laCode;
    if (!r.isResolved())
        report.warnings << ExtractionWarning{unresolvedCouncilMessage(report.council, r, reg), QString(), 0, QRectF()};
    else if (r.partial)
        report.warnings << ExtractionWarning{QStringLiteral("council printed as '%1' read as %2 (%3), the only council "
                                                            "whose name ends so; check it in the form")
                                                 .arg(report.council.simplified(), reg.byCode(r.laCode)->shortName)
                                                 .arg(r.laCode),
                                             QString(), 0, QRectF()};
    return r;
}

} // namespace inspectdesk
