#include "readers/ReaderSupport.h"
#include "readers/Recognition.h"
#include "readers/ReportFacts.h"

namespace inspectdesk {

namespace {

const QString kSafeguarding = QStringLiteral("safeguarding");
const QString kLac = QStringLiteral("looked_after_children");

// Inspections of safeguarding and looked after children services (2009-2012): two parts,
// each with headings "Overall effectiveness Grade 3 (adequate)" (REVERSED scale: 1 is
// outstanding) and a closing "Record of main findings" table printing words only.
class SafeguardingLacReader final : public ReportReader
{
public:
    ReportKind kind() const override { return ReportKind::SafeguardingLacInspection; }

    double recognise(const ReportSource &s) const override
    {
        static const QList<Cue> cues = {
            cue("inspection of safeguarding and looked after children(?: services)?|"
                "safeguarding and looked after children(?: services)? inspection|"
                // 2012-13: looked after children services only.
                "inspection of looked after children(?:['’]s)? services",
                0.7),
            cue("record of main findings", 0.2),
            cue("services for looked after children", 0.1),
        };
        return scoreCues(s.flat, cues);
    }

    ExtractedReport read(const ReportSource &s) const override
    {
        static const QStringList common = {"overall_effectiveness",
                                           "capacity_to_improve",
                                           "quality_of_provision",
                                           "service_responsiveness",
                                           "assessment_and_direct_work",
                                           "case_planning_review_and_recording",
                                           "leadership_and_management",
                                           "ambition_and_prioritisation",
                                           "evaluation",
                                           "user_engagement",
                                           "partnerships",
                                           "equality_and_diversity",
                                           "value_for_money"};
        static const QStringList sgOnly = {"children_are_safe", "children_feel_safe"};
        static const QStringList lacOnlyKeys = {"being_healthy", "staying_safe", "enjoying_and_achieving",
                                                "making_a_positive_contribution", "achieving_economic_wellbeing"};
        static const QStringList lacOnlyInspection = {"overall_effectiveness", "capacity_to_improve",
                                                      "outcomes_for_looked_after_children", "quality_of_provision",
                                                      "leadership_and_management"};
        const QString &t = s.flat.text();
        // The 2012-13 inspections of looked after children services grade one part only.
        static const QRegularExpression lacTitle(
            QStringLiteral("inspection\\s+of\\s+looked\\s+after\\s+children(?:['’]s)?\\s+services"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression bothTitle(QStringLiteral("safeguarding\\s+and\\s+looked\\s+after\\s+children"),
                                                  QRegularExpression::CaseInsensitiveOption);
        const auto lacOnlyTitle = lacTitle.match(t);
        const bool lacOnly = lacOnlyTitle.hasMatch() && lacOnlyTitle.capturedStart() < 2000 &&
                             !bothTitle.match(t.left(int(lacOnlyTitle.capturedEnd()) + 200)).hasMatch();
        ExtractedReport report;
        report.kind = kind();
        report.pageCount = s.doc.pageCount();
        JudgementCollector collector(report);

        report.council = findCouncil(t);
        report.published = ReportFacts::publishedDate(t);
        report.assessmentYear = ReaderSupport::inspectionYear(t);
        ReaderSupport::readInspectionFacts(report, t);
        if (report.assessmentYear == 0 && report.published.isValid())
            report.assessmentYear = report.published.year();

        const auto ci = QRegularExpression::CaseInsensitiveOption;
        ScanOptions options;
        options.keys = lacOnly ? lacOnlyInspection : common + sgOnly + lacOnlyKeys;
        options.gradeNumbers = true;
        options.words = true;
        options.colonWords = true; // "Overall effectiveness: good" headings
        options.sections = {
            {QRegularExpression(QStringLiteral("inspection\\s+outcomes:\\s*safeguarding\\s+services"), ci),
             kSafeguarding},
            {QRegularExpression(QStringLiteral("\\bSafeguarding\\s+services(?=[ ]*[\\n\\t\\f])")), kSafeguarding},
            {QRegularExpression(
                 QStringLiteral("inspection\\s+outcomes:\\s*services\\s+for\\s+looked\\s+after\\s+children"), ci),
             kLac},
            {QRegularExpression(
                 QStringLiteral("\\bServices\\s+for\\s+looked\\s+after\\s+children(?=[ ]*(?:[\\n\\t\\f]|$))")),
             kLac},
        };
        const Scale scale = ReaderSupport::numberScale(s.flat, Scale::OneIsOutstanding, collector);
        if (lacOnly) {
            // One part: every grade after the title is the looked after children section's.
            options.sections = {{QRegularExpression(QRegularExpression::escape(lacOnlyTitle.captured(0))), kLac}};
            for (auto g : GradeScanner(s.flat, options).scan())
                if (!g.section.isEmpty())
                    collector.add(g, scale, ReaderSupport::baseConfidence(g.hit));
            collector.requireAreas(kLac, lacOnlyInspection, QStringLiteral("looked after children services"));
            ReaderSupport::warnMissingFacts(report, collector);
            return report;
        }
        GradeScanner scanner(s.flat, options);
        for (const auto &g : scanner.scan()) {
            if (g.section.isEmpty())
                continue; // before either part starts: the scale legend, contents, context
            if ((g.section == kSafeguarding && lacOnlyKeys.contains(g.key)) ||
                (g.section == kLac && sgOnly.contains(g.key)))
                continue;
            collector.add(g, scale, ReaderSupport::baseConfidence(g.hit));
        }
        collector.requireAreas(kSafeguarding, common + sgOnly, QStringLiteral("safeguarding services"));
        collector.requireAreas(kLac, common + lacOnlyKeys, QStringLiteral("services for looked after children"));
        ReaderSupport::warnMissingFacts(report, collector);
        return report;
    }

private:
    static QString findCouncil(const QString &t)
    {
        // Title page: the area's name follows the title ("... children services\nStockton-on-Tees").
        static const QRegularExpression title(
            QStringLiteral("inspection\\s+of\\s+(?:safeguarding\\s+and\\s+)?looked\\s+after\\s+children(?:['’]s)?\\s+"
                           "services[ "
                           "\\t\\n]+([A-Z][^\\n\\t\\f]{1,60}?)[ ]*[\\n\\t\\f]"),
            QRegularExpression::CaseInsensitiveOption);
        QString name = ReaderSupport::capture(title, t);
        if (!name.isEmpty() && !name.contains(QLatin1String("Inspection")) && name.split(QLatin1Char(' ')).size() <= 6)
            return name;
        // Running header: "<Area> Inspection of safeguarding and looked after children".
        static const QRegularExpression header(
            QStringLiteral("(?:^|\\n)([A-Z][^\\n\\t\\f]{1,60}?)\\s+Inspection\\s+of\\s+safeguarding\\s+and\\s+"
                           "looked\\s+after\\s+children"));
        name = ReaderSupport::capture(header, t);
        if (!name.isEmpty())
            return name;
        static const QRegularExpression record(
            QStringLiteral("Record of main findings:\\s*([^\\n\\t\\f]{2,60}?)[ ]*[\\n\\t\\f]"));
        name = ReaderSupport::capture(record, t);
        return name.isEmpty() ? ReportFacts::councilName(t) : name;
    }
};

} // namespace

std::unique_ptr<ReportReader> makeSafeguardingLacReader()
{
    return std::make_unique<SafeguardingLacReader>();
}

} // namespace inspectdesk
