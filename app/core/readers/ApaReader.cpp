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
        static const QStringList keys = {"overall_effectiveness",
                                         "being_healthy",
                                         "staying_safe",
                                         "enjoying_and_achieving",
                                         "making_a_positive_contribution",
                                         "achieving_economic_wellbeing",
                                         "capacity_to_improve"};
        // Graded only in the earliest letters; not expected in the others.
        static const QStringList optionalKeys = {"social_care_services"};
        const QString &t = s.flat.text();
        ExtractedReport report;
        report.kind = kind();
        report.pageCount = s.doc.pageCount();
        JudgementCollector collector(report);

        // Title: "Annual performance assessment of services for children and young people
        // in <Council> <year>" (the year may be on the next line), or in 2005 "2005 ANNUAL
        // PERFORMANCE ASSESSMENT ... IN THE LONDON BOROUGH OF CAMDEN" with the year in front.
        // The name never runs on into the letter's first sentence.
        static const QRegularExpression withYear =
            ReaderSupport::ci("annual performance assessment of services for children and young people in\\s+"
                              "([^\\n\\t\\f]{3,80}?(?:\\n[^\\n\\t\\f]{1,40}?)?)\\s+((?:19|20)\\d\\d)\\b");
        static const QRegularExpression lineOnly =
            ReaderSupport::ci("annual performance assessment of services for children and young people "
                              "in\\s+([^\\n\\t\\f]{3,80}?)[ ]*\\n");
        static const QRegularExpression leadingThe = ReaderSupport::ci("^the ");
        auto m = withYear.match(t);
        if (m.hasMatch() && looksLikeName(m.captured(1))) {
            report.assessmentYear = m.captured(2).toInt();
        } else {
            m = lineOnly.match(t);
        }
        if (m.hasMatch())
            report.council = ReportFacts::tidyName(m.captured(1).simplified().remove(leadingThe), t);
        if (report.council.isEmpty())
            report.council = ReportFacts::councilName(t.left(s.flat.pageEnd(1)));
        if (report.assessmentYear == 0) {
            static const QRegularExpression yearRe =
                ReaderSupport::ci("\\b((?:19|20)\\d\\d) annual performance assessment");
            report.assessmentYear = ReaderSupport::capture(yearRe, t).toInt();
        }
        report.published = ReportFacts::publishedDate(t);
        if (!report.published.isValid())
            report.published = ReportFacts::letterDate(t);

        ScanOptions options;
        options.keys = keys + optionalKeys;
        options.gradeNumbers = true;
        options.rowNumbers = true;
        const Scale scale = ReaderSupport::numberScale(s.flat, Scale::FourIsOutstanding, collector);
        for (const auto &g : GradeScanner(s.flat, options).scan())
            collector.add(g, scale, ReaderSupport::baseConfidence(g.hit));
        collector.requireAreas(QString(), keys, QStringLiteral("annual performance assessment"));
        ReaderSupport::warnMissingFacts(report, collector);
        return report;
    }

private:
    // A council's name: capitalised words with only the small joining words of place names.
    static bool looksLikeName(const QString &s)
    {
        static const QStringList joins = {"upon", "on", "and", "of", "the", "in", "le", "&"};
        const QStringList words = s.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &w : words)
            if (!w.front().isUpper() && !joins.contains(w))
                return false;
        return !words.isEmpty();
    }
};

} // namespace

std::unique_ptr<ReportReader> makeApaReader()
{
    return std::make_unique<ApaReader>();
}

} // namespace inspectdesk
