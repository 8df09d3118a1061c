#include "readers/ReaderSupport.h"
#include "readers/Recognition.h"
#include "readers/ReportFacts.h"

namespace inspectdesk {

namespace {

// Ofsted letters that grade nothing: monitoring visits, focused visits, joint targeted area
// inspections. They are children's services reports, so they are imported (kind `other`),
// with a warning that they carry no graded judgements; grades of earlier inspections they
// quote are never read as theirs.
class UngradedLetterReader final : public ReportReader
{
public:
    ReportKind kind() const override { return ReportKind::Other; }

    double recognise(const ReportSource &s) const override
    {
        // The letter's own heading, at the start of a line ("Monitoring visit to Slough
        // children's services"); a full inspection report mentioning "the focused visit in
        // 2018" in its prose does not start a line with it.
        static const QList<Cue> cues = {
            cue("(?:^|\\n)[ \\t]*(?:focused|monitoring) visit (?:to|of)\\b|(?:^|\\n)[ \\t]*joint targeted area "
                "inspection|(?:^|\\n)[ \\t]*joint inspection of (?:the )?multi-agency response",
                0.7),
            cue("(?:do|does|will) not result in (?:a )?graded judgements?|(?:visits?|inspections?) (?:are|is) not "
                "graded|no graded judgements?",
                0.35),
        };
        return scoreCues(s.flat, cues);
    }

    ExtractedReport read(const ReportSource &s) const override
    {
        const QString &t = s.flat.text();
        ExtractedReport report;
        report.kind = kind();
        report.pageCount = s.doc.pageCount();
        JudgementCollector collector(report);
        static const QRegularExpression heading(QStringLiteral(
            "(?:^|\\n)[ \\t]*(?:Focused visit|Monitoring visit|Joint targeted area inspection[^\\n]{0,80}?) "
            "(?:to|of|in) (?:the )?([A-Z][^\\n\\t\\f]{1,80}?)\\s+children['’]s\\s+services"));
        report.council = ReaderSupport::capture(heading, t);
        if (report.council.isEmpty())
            report.council = ReportFacts::councilName(t);
        report.published = ReportFacts::publishedDate(t);
        report.assessmentYear = ReaderSupport::inspectionYear(t);
        ReaderSupport::readInspectionFacts(report, t);
        const QDate letter = ReportFacts::letterDate(t);
        if (report.assessmentYear == 0 && letter.isValid())
            report.assessmentYear = letter.year();
        collector.warn(QStringLiteral("an ungraded Ofsted letter (monitoring visit, focused visit or joint targeted "
                                      "area inspection): it carries no graded judgements"));
        if (report.council.isEmpty())
            collector.warn(QStringLiteral("council name not found"));
        return report;
    }
};

} // namespace

std::unique_ptr<ReportReader> makeUngradedLetterReader()
{
    return std::make_unique<UngradedLetterReader>();
}

} // namespace inspectdesk
