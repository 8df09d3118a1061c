#include "readers/JarProse.h"
#include "readers/ReaderSupport.h"
#include "readers/Recognition.h"
#include "readers/ReportFacts.h"

namespace inspectdesk {

namespace {

const QString kYouth = QStringLiteral("youth_service");
const QString kCorporate = QStringLiteral("corporate_assessment");
const QString kOtherAnnex = QStringLiteral("-");

// Joint area reviews (2005-2009): a "Grades" table for the areas reviewed (4 = outstanding),
// annexes with the youth service's key aspect grades and the corporate assessment's
// judgements in prose. JARs usually print neither their year nor their date in the text.
class JarReader final : public ReportReader
{
public:
    ReportKind kind() const override { return ReportKind::Jar; }

    double recognise(const ReportSource &s) const override
    {
        static const QList<Cue> cues = {
            cue("\\bjoint area review\\b", 0.5),
            cue("\\bthis joint area review\\b|\\bjoint area review of\\b", 0.3),
            cue("\\bLocal services overall\\b", 0.2),
            cue("\\bkey aspect inspection grades\\b|\\bcorporate assessment\\b", 0.1),
            // An APA letter's title near the start: the letter only quotes the review.
            cue("annual performance assessment of services for children and young people in", -0.5),
        };
        return scoreCues(s.flat, cues);
    }

    ExtractedReport read(const ReportSource &s) const override
    {
        static const QStringList mainKeys = {"safeguarding", "looked_after_children",
                                             "learning_difficulties_and_disabilities", "service_management",
                                             "capacity_to_improve"};
        static const QStringList outcomeKeys = {"being_healthy",
                                                "staying_safe",
                                                "enjoying_and_achieving",
                                                "making_a_positive_contribution",
                                                "achieving_economic_wellbeing",
                                                "overall_effectiveness"};
        static const QStringList youthKeys = {"standards_of_achievement", "quality_of_practice",
                                              "quality_of_curriculum_and_resources", "leadership_and_management"};
        const QString &t = s.flat.text();
        ExtractedReport report;
        report.kind = kind();
        report.pageCount = s.doc.pageCount();
        JudgementCollector collector(report);

        report.council = findCouncil(t);
        report.published = ReportFacts::publishedDate(t);
        report.assessmentYear = ReaderSupport::inspectionYear(t);
        if (report.assessmentYear == 0 && report.published.isValid())
            report.assessmentYear = report.published.year(); // printed on the title page, not guessed

        ScanOptions options;
        options.keys = mainKeys + outcomeKeys + youthKeys;
        options.rowNumbers = true;
        options.gradeNumbers = true;
        options.sections = {
            {QRegularExpression(QStringLiteral("(?:^|\\n)[ \\t]*(?:\\d+\\.\\s*)?Annex\\s+[A-Z][ \\t]*(?=\\n)"),
                                QRegularExpression::CaseInsensitiveOption),
             kOtherAnnex},
            {QRegularExpression(QStringLiteral("\\bAnnex\\s+[A-Z]\\b(?=\\s+[A-Z][A-Z ’'–-]{8,})")), kOtherAnnex},
            {ReaderSupport::ci(
                 "enhanced youth inspection|key aspect inspection grades|youth (?:service|work) inspection report"),
             kYouth},
            {ReaderSupport::ci("corporate assessment\\W{0,5}achievement|corporate assessment\\s*[–—-]\\s*children"),
             kCorporate},
        };
        const Scale scale = ReaderSupport::numberScale(s.flat, Scale::FourIsOutstanding, collector);
        GradeScanner scanner(s.flat, options);
        for (auto g : scanner.scan()) {
            if (g.section == kOtherAnnex)
                continue; // grades quoted from another report (e.g. the APA summary)
            if (g.section.isEmpty() && youthKeys.contains(g.key) && !mainKeys.contains(g.key))
                continue;
            collector.add(g, scale, ReaderSupport::baseConfidence(g.hit));
        }

        // Corporate assessment annex: judgements stated in prose, optional and low-confidence.
        static const QRegularExpression corporate =
            ReaderSupport::ci("corporate assessment\\W{0,5}achievement|corporate assessment\\s*[–—-]\\s*children");
        const auto cm = corporate.match(t);
        if (cm.hasMatch()) {
            int end = int(t.size());
            static const QRegularExpression nextAnnex(QStringLiteral("\\bAnnex\\s+[A-Z]\\b"));
            const auto nm = nextAnnex.match(t, int(cm.capturedEnd()));
            if (nm.hasMatch())
                end = int(nm.capturedStart());
            for (const auto &r : proseJudgements(s.flat, int(cm.capturedEnd()), end, kCorporate))
                collector.addRecord(r);
        }

        collector.requireAreas(QString(), mainKeys, QStringLiteral("joint area review"));
        bool hasYouth = false;
        for (const auto &j : std::as_const(report.judgements))
            hasYouth = hasYouth || j.section == kYouth;
        if (hasYouth || t.contains(QLatin1String("youth inspection"), Qt::CaseInsensitive))
            collector.requireAreas(kYouth, youthKeys, QStringLiteral("youth service annex"));
        ReaderSupport::warnMissingFacts(report, collector);
        return report;
    }

private:
    static QString findCouncil(const QString &t)
    {
        // 1. Title page: "Joint area review <Area> Children's Services Authority Area".
        static const QRegularExpression title =
            ReaderSupport::ci("joint area review (?:of )?([^\\f]{3,60}?) children['’]s services authority area");
        QString name = ReaderSupport::capture(title, t);
        if (!name.isEmpty())
            return name;
        // 2. An annex heading naming the area: "... CHILDREN AND YOUNG PEOPLE IN STOCKTON-ON-TEES".
        static const QRegularExpression annex(
            QStringLiteral("CHILDREN\\s+AND\\s+YOUNG\\s+PEOPLE\\s+IN\\s+([A-Z][A-Z’'-]*(?:[ \\n][A-Z][A-Z’'-]*){0,5})"
                           "(?=\\s*\\n|\\s+[a-z]|\\s+[A-Z][a-z])"));
        name = ReaderSupport::capture(annex, t);
        if (!name.isEmpty())
            return name;
        // 3. The context section's first sentence: "<Area> is a/the ... authority".
        static const QRegularExpression context(
            QStringLiteral("Context\\s+(?:\\d+\\.\\s*)?([A-Z][\\w’'-]+(?:\\s+(?:(?:upon|on|and|of|the)\\s+)?[A-Z][\\w’'"
                           "-]+){0,5})\\s+is\\s+(?:a|an|the)\\b"));
        name = ReaderSupport::capture(context, t);
        if (!name.isEmpty())
            return name;
        return ReportFacts::councilName(t);
    }
};

} // namespace

std::unique_ptr<ReportReader> makeJarReader()
{
    return std::make_unique<JarReader>();
}

} // namespace inspectdesk
