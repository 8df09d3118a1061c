#include "readers/ReaderSupport.h"
#include "readers/Recognition.h"
#include "readers/ReportFacts.h"

namespace inspectdesk {

namespace {

// Annual performance assessment letters (2005-2008): a letter with a summary table
// ("Being healthy 3") and section headings ("Being healthy Grade 3"), 4 = outstanding.
class ApaReader final : public ReportReader
{
public:
    ReportKind kind() const override { return ReportKind::Apa; }

    double recognise(const ReportSource &s) const override
    {
        static const QList<Cue> cues = {
            cue("annual performance assessment of (?:services for )?children(?:['’]s services| and young people)", 0.6),
            cue("\\bAPA grade\\b", 0.3),
            cue("\\bDear (?:Mr|Mrs|Ms|Miss|Dr)\\b", 0.1),
            cue("\\bthis joint area review\\b", -0.5),
        };
        return scoreCues(s.flat, cues);
    }

    ExtractedReport read(const ReportSource &s) const override
    {
        static const QStringList keys = {"overall_effectiveness",          "being_healthy",
                                         "staying_safe",                   "enjoying_and_achieving",
                                         "making_a_positive_contribution", "achieving_economic_wellbeing",
                                         "capacity_to_improve"};
        const QString &t = s.flat.text();
        ExtractedReport report;
        report.kind = kind();
        report.pageCount = s.doc.pageCount();
        JudgementCollector collector(report);

        // Title: "Annual performance assessment of services for children and young people
        // in <Council> <year>".
        static const QRegularExpression title = ReaderSupport::ci(
            "annual performance assessment of services for children and young people in ([^\\f]{3,80}?) ((?:19|20)\\d\\d)\\b");
        const auto m = title.match(t);
        if (m.hasMatch()) {
            report.council = ReportFacts::tidyName(m.captured(1), t);
            report.assessmentYear = m.captured(2).toInt();
        }
        if (report.council.isEmpty())
            report.council = ReportFacts::councilName(t.left(s.flat.pageEnd(1)));
        if (report.assessmentYear == 0) {
            static const QRegularExpression yearRe = ReaderSupport::ci("\\b((?:19|20)\\d\\d) annual performance assessment");
            report.assessmentYear = ReaderSupport::capture(yearRe, t).toInt();
        }
        report.published = ReportFacts::letterDate(t);
        if (!report.published.isValid())
            report.published = ReportFacts::publishedDate(t);

        ScanOptions options;
        options.keys = keys;
        options.gradeNumbers = true;
        options.rowNumbers = true;
        const Scale scale = ReaderSupport::numberScale(s.flat, Scale::FourIsOutstanding, collector);
        for (const auto &g : GradeScanner(s.flat, options).scan())
            collector.add(g, scale, ReaderSupport::baseConfidence(g.hit));
        collector.requireAreas(QString(), keys, QStringLiteral("annual performance assessment"));
        ReaderSupport::warnMissingFacts(report, collector);
        return report;
    }
};

} // namespace

std::unique_ptr<ReportReader> makeApaReader() { return std::make_unique<ApaReader>(); }

} // namespace inspectdesk
