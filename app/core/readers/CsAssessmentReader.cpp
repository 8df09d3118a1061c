#include "readers/ReaderSupport.h"
#include "readers/Recognition.h"
#include "readers/ReportFacts.h"

#include <cstdlib>

namespace inspectdesk {

namespace {

// Annual children's services assessments (2009-2012): a letter with one grade,
// "Performs well (3)" on the performs scale (4 = performs excellently).
class CsAssessmentReader final : public ReportReader
{
public:
    ReportKind kind() const override { return ReportKind::ChildrenServicesAssessment; }

    double recognise(const ReportSource &s) const override
    {
        static const QList<Cue> cues = {
            cue("\\bchildren['’]s services assessment\\b", 0.5),
            cue("\\bPerforms (?:excellently|well|adequately|poorly) \\(\\s*[1-4]\\s*\\)", 0.4),
            cue("\\bannual assessment of children['’]s services\\b", 0.1),
        };
        return scoreCues(s.flat, cues);
    }

    ExtractedReport read(const ReportSource &s) const override
    {
        static const QStringList keys = {"overall_effectiveness"};
        const QString &t = s.flat.text();
        ExtractedReport report;
        report.kind = kind();
        report.pageCount = s.doc.pageCount();
        JudgementCollector collector(report);

        // "<Council> children's services assessment <year>" heads the judgement; the heading
        // may wrap anywhere, also inside the council's name.
        static const QRegularExpression heading =
            ReaderSupport::ci("children['’]s services assessment ((?:19|20)\\d\\d)\\b");
        auto it = heading.globalMatch(t);
        while (it.hasNext() && report.council.isEmpty()) {
            const auto m = it.next();
            const QString name = ReportFacts::nameEndingAt(t, int(m.capturedStart()));
            if (name.isEmpty())
                continue;
            report.council = ReportFacts::tidyName(name, t);
            report.assessmentYear = m.captured(1).toInt();
        }
        if (report.council.isEmpty())
            report.council = ReportFacts::councilName(t.left(s.flat.pageEnd(1)));
        report.published = ReportFacts::publishedDate(t);
        if (!report.published.isValid())
            report.published = ReportFacts::letterDate(t);
        if (report.assessmentYear == 0 && report.published.isValid())
            report.assessmentYear = report.published.year();

        // The one grade: a "Performs ... (n)" with or without its label in front.
        const QList<GradeHit> hits = GradePatterns::performs(t);
        for (const auto &h : hits) {
            const auto label = AreaVocabulary::labelBefore(t, h.start, keys, true);
            if (isLegendEntry(t, h) || (!label && inScaleList(t, h, hits)))
                continue;
            LabelledGrade g;
            g.hit = h;
            g.key = QStringLiteral("overall_effectiveness");
            g.area = label ? t.mid(label->start, label->end - label->start).simplified()
                           : QStringLiteral("Children's services assessment");
            g.page = s.flat.pageAt(h.start);
            g.box = s.flat.boxOf(h.start, h.end);
            collector.add(g, Scale::PerformsScale, label ? 0.95 : 0.85);
        }
        collector.requireAreas(QString(), keys, QStringLiteral("children's services assessment"));
        ReaderSupport::warnMissingFacts(report, collector);
        return report;
    }

private:
    // The letter's scale table may print its steps in the grade's own form ("Performs well (3)
    // An organisation that exceeds minimum requirements"): those rows explain the scale and
    // are not the council's grade.
    static bool isLegendEntry(const QString &t, const GradeHit &h)
    {
        static const QRegularExpression explanation(
            QStringLiteral("^[ \\t]*(?:an?|the)\\s+(?:organisation|service|authority|council)\\s+that\\b"),
            QRegularExpression::CaseInsensitiveOption);
        return explanation.match(t.mid(h.end, 80)).hasMatch();
    }
    // Several different steps printed within a few lines of each other are a list of the
    // scale, whatever follows them.
    static bool inScaleList(const QString &t, const GradeHit &h, const QList<GradeHit> &all)
    {
        for (const auto &o : all)
            if (o.number != h.number && std::abs(o.start - h.start) < 240 &&
                t.mid(std::min(o.start, h.start), std::abs(o.start - h.start)).count(QLatin1Char('\n')) <= 3)
                return true;
        return false;
    }
};

} // namespace

std::unique_ptr<ReportReader> makeCsAssessmentReader()
{
    return std::make_unique<CsAssessmentReader>();
}

} // namespace inspectdesk
