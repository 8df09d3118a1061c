#include "readers/LaterFrameworkReader.h"

#include "readers/ReaderSupport.h"
#include "readers/ReportFacts.h"

namespace inspectdesk {

ExtractedReport LaterFrameworkReader::read(const ReportSource &s) const
{
    const QString &t = s.flat.text();
    ExtractedReport report;
    report.kind = kind();
    report.pageCount = s.doc.pageCount();
    JudgementCollector collector(report);

    // The council is printed on the line above the title ("Bristol City Council\nInspection of ...").
    const QRegularExpression above(QStringLiteral("(?:^|\\n)([A-Z][^\\n\\t\\f]{2,80}?)[ \\t]*\\n[ \\t]*(?:") + titlePattern()
                                       + QLatin1Char(')'),
                                   QRegularExpression::CaseInsensitiveOption);
    report.council = ReaderSupport::capture(above, t);
    if (report.council.isEmpty()) {
        static const QRegularExpression la(QStringLiteral("\\bLocal authority\\s*:?\\s*([A-Z][^\\n\\t\\f]{2,60}?)[ ]*[\\n\\t\\f]"));
        report.council = ReaderSupport::capture(la, t);
    }
    if (report.council.isEmpty())
        report.council = ReportFacts::councilName(t);
    report.published = ReportFacts::publishedDate(t);
    report.assessmentYear = ReaderSupport::inspectionYear(t);
    if (report.assessmentYear == 0 && report.published.isValid())
        report.assessmentYear = report.published.year();

    ScanOptions options;
    options.keys = expectedKeys() + optionalKeys();
    options.words = true;
    options.gradeNumbers = true;
    const Scale scale = ReaderSupport::numberScale(s.flat, Scale::OneIsOutstanding, collector);
    for (const auto &g : GradeScanner(s.flat, options).scan())
        collector.add(g, scale, ReaderSupport::baseConfidence(g.hit));
    collector.requireAreas(QString(), expectedKeys(), reportKindLabel(kind()));
    ReaderSupport::warnMissingFacts(report, collector);
    return report;
}

namespace {

class SifReader final : public LaterFrameworkReader
{
public:
    ReportKind kind() const override { return ReportKind::Sif; }

protected:
    QList<Cue> cues() const override
    {
        return {cue("inspection of services for children in need of help and protection,? children looked after and care leavers", 0.7),
                cue("review of the effectiveness of the local safeguarding children board", 0.2),
                cue("\\bsingle inspection framework\\b", 0.2)};
    }
    QStringList expectedKeys() const override
    {
        return {"overall_effectiveness", "children_who_need_help_and_protection", "children_in_care",
                "leadership_and_management"};
    }
    QStringList optionalKeys() const override { return {"adoption", "care_leavers"}; }
    QString titlePattern() const override { return QStringLiteral("Inspection of services for children in need"); }
};

class IlacsReader final : public LaterFrameworkReader
{
public:
    ReportKind kind() const override { return ReportKind::Ilacs; }

protected:
    QList<Cue> cues() const override
    {
        return {cue("\\binspection of (?:the )?local authority children['’]s services\\b|\\bILACS\\b", 0.6),
                cue("\\binspection of children['’]s social care services\\b", 0.5),
                cue("impact of leaders on social work practice with children and families", 0.3)};
    }
    QStringList expectedKeys() const override
    {
        return {"overall_effectiveness", "impact_of_leaders", "children_who_need_help_and_protection",
                "children_in_care"};
    }
    QStringList optionalKeys() const override { return {"care_leavers"}; }
    QString titlePattern() const override
    {
        return QStringLiteral("Inspection of (?:the )?(?:local authority )?children['’]s (?:social care )?services");
    }
};

} // namespace

std::unique_ptr<ReportReader> makeSifReader() { return std::make_unique<SifReader>(); }
std::unique_ptr<ReportReader> makeIlacsReader() { return std::make_unique<IlacsReader>(); }

} // namespace inspectdesk
