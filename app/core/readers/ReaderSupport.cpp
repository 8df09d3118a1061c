#include "readers/ReaderSupport.h"

#include "readers/ReportFacts.h"

namespace inspectdesk::ReaderSupport {

QRegularExpression ci(const char *pattern)
{
    QString p = QString::fromUtf8(pattern);
    p.replace(QLatin1Char(' '), QLatin1String("\\s+"));
    return QRegularExpression(p, QRegularExpression::CaseInsensitiveOption);
}

Scale numberScale(const FlatText &flat, Scale kindScale, JudgementCollector &collector)
{
    const Scale legend = GradePatterns::legendScale(flat.text());
    if (legend == kindScale)
        return kindScale;
    if (legend == Scale::Unknown) {
        collector.assumeNumberScale(kindScale);
        return kindScale;
    }
    collector.warn(QStringLiteral("the report's scale legend (%1) contradicts its kind (%2): numeric grades not mapped")
                       .arg(scaleId(legend), scaleId(kindScale)));
    return Scale::Unknown;
}

QString capture(const QRegularExpression &re, const QString &text, int group)
{
    const auto m = re.match(text);
    return m.hasMatch() ? ReportFacts::tidyName(m.captured(group), text) : QString();
}

void warnMissingFacts(ExtractedReport &report, JudgementCollector &collector)
{
    if (report.council.isEmpty())
        collector.warn(QStringLiteral("council name not found"));
    if (report.assessmentYear == 0)
        collector.warn(QStringLiteral("assessment year is not printed in the report"));
    if (!report.published.isValid())
        collector.warn(QStringLiteral("publication date is not printed in the report"));
    if (report.judgements.isEmpty())
        collector.warn(QStringLiteral("no judgements found"));
}

void readInspectionFacts(ExtractedReport &report, const QString &text)
{
    ReportFacts::inspectionPeriod(text, &report.inspectionStart, &report.inspectionEnd);
    report.leadInspector = ReportFacts::leadInspector(text);
}

int inspectionYear(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("inspection\\s+dates?\\s*:?[^\\n\\f]{0,60}?\\b((?:19|20)\\d\\d)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

double baseConfidence(const GradeHit &hit)
{
    switch (hit.form) {
    case GradeForm::GradeNumber:
        return hit.word.isEmpty() ? 0.85 : 0.95; // a word confirms the number
    case GradeForm::Performs:
        return 0.95;
    case GradeForm::Word:
        return 0.9;
    case GradeForm::RowNumber:
        return 0.85;
    }
    return 0.5;
}

} // namespace inspectdesk::ReaderSupport
