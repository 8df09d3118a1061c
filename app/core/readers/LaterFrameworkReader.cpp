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
    const QRegularExpression above(QStringLiteral("(?:^|\\n)([A-Z][^\\n\\t\\f]{2,80}?)[ \\t]*\\n[ \\t]*(?:") +
                                       titlePattern() + QLatin1Char(')'),
                                   QRegularExpression::CaseInsensitiveOption);
    // ILACS titles name it: "Inspection of Leeds local authority children's services".
    static const QRegularExpression inTitle(QStringLiteral(
        "\\bInspection of (?:the )?([A-Z][^\\n\\t\\f]{1,60}?)\\s+local authority children['’]s services\\b"));
    report.council = ReaderSupport::capture(inTitle, t);
    if (report.council.isEmpty())
        report.council = ReaderSupport::capture(above, t);
    if (report.council.isEmpty()) {
        static const QRegularExpression la(
            QStringLiteral("\\bLocal authority\\s*:?\\s*([A-Z][^\\n\\t\\f]{2,60}?)[ ]*[\\n\\t\\f]"));
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
    options.colonWords = true;
    options.gradeNumbers = true;
    const Scale scale = ReaderSupport::numberScale(s.flat, Scale::OneIsOutstanding, collector);
    for (const auto &g : GradeScanner(s.flat, options).scan())
        collector.add(g, scale, ReaderSupport::baseConfidence(g.hit));
    for (const auto &g : headlineJudgements(s.flat))
        collector.add(g, scale, 0.85);
    collector.requireAreas(QString(), expectedKeys(), reportKindLabel(kind()));
    ReaderSupport::warnMissingFacts(report, collector);
    return report;
}

QList<LabelledGrade> LaterFrameworkReader::headlineJudgements(const FlatText &flat)
{
    // SIF reports state the overall and LSCB judgements as fixed headline sentences, each on
    // its own line: "Children's services in Birmingham are inadequate", "The Local
    // Safeguarding Children Board (LSCB) requires improvement." Only a whole line counts:
    // the same words inside a paragraph ("... when services were judged good") never do. A
    // headline set large may wrap (no blank line inside it).
    static const QRegularExpression headline(QStringLiteral(
        "(?:^|\\n)[ \\t]*(?:(Children['’]s\\s+services\\s+in\\s+(?:St\\.\\s)?[A-Z](?:[^\\n\\t\\f.]|\\n(?![ "
        "\\t]*\\n)){1,60}?)|"
        "(The\\s+Local\\s+Safeguarding\\s+Children\\s+Board(?:\\s+\\(LSCB\\))?|The\\s+LSCB))"
        "\\s+(?:are|is|(requires?))\\s+(outstanding|good|inadequate|improvement(?:\\s+to\\s+be\\s+good)?)[ ]*\\.?[ "
        "]*(?=\\n|\\f|$)"));
    const QString &t = flat.text();
    QList<LabelledGrade> out;
    auto it = headline.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        const bool overall = !m.captured(1).isEmpty();
        LabelledGrade g;
        g.key = overall ? QStringLiteral("overall_effectiveness") : QStringLiteral("lscb");
        g.area = (overall ? m.captured(1) : m.captured(2)).simplified();
        g.hit.form = GradeForm::Word;
        // "require(s) improvement ..." is printed with its verb, exactly as the report has it.
        const int from = m.capturedStart(3) >= 0 ? int(m.capturedStart(3)) : int(m.capturedStart(4));
        g.hit.start = from;
        g.hit.end = int(m.capturedEnd(4));
        g.hit.printed = t.mid(from, g.hit.end - from).simplified();
        g.hit.word = g.hit.printed.toLower();
        g.page = flat.pageAt(g.hit.start);
        g.box = flat.boxOf(int(m.capturedStart(1) >= 0 ? m.capturedStart(1) : m.capturedStart(2)), g.hit.end);
        out << g;
    }
    return out;
}

namespace {

class SifReader final : public LaterFrameworkReader
{
public:
    ReportKind kind() const override { return ReportKind::Sif; }

protected:
    QList<Cue> cues() const override
    {
        return {cue("inspection of services for children in need of help and protection,? children looked after and "
                    "care leavers",
                    0.7),
                // A review of the LSCB was also published on its own (same framework, one judgement).
                cue("review of the effectiveness of the local safeguarding children board", 0.5),
                cue("\\bsingle inspection framework\\b", 0.2)};
    }
    QStringList expectedKeys() const override
    {
        return {"overall_effectiveness", "children_who_need_help_and_protection", "children_in_care",
                "leadership_and_management"};
    }
    QStringList optionalKeys() const override { return {"adoption", "care_leavers", "lscb"}; }
    QString titlePattern() const override { return QStringLiteral("Inspection of services for children in need"); }
};

class IlacsReader final : public LaterFrameworkReader
{
public:
    ReportKind kind() const override { return ReportKind::Ilacs; }

protected:
    QList<Cue> cues() const override
    {
        // The title names the council: "Inspection of Leeds local authority children's services".
        // The name may hold "&", "upon", "St." and hyphens: "Telford & Wrekin", "St. Helens".
        // The title names the council in many forms, sometimes over two lines: "Inspection of
        // Barking and Dagenham / children's services", "Inspection of local authority children's
        // social care / services". Only a title at the start of a line counts.
        return {cue("(?:^|\\n)[ \\t]*inspection of (?:[^\\n\\t\\f.]{1,80}\\n)?[^\\n\\t\\f.]{0,80}?children['’]s "
                    "(?:social care )?services\\b|\\bILACS\\b",
                    0.6),
                cue("impact of leaders on social work practice", 0.3), cue("(?:^|\\n)[ \\t]*lead inspector\\b", 0.1)};
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

std::unique_ptr<ReportReader> makeSifReader()
{
    return std::make_unique<SifReader>();
}
std::unique_ptr<ReportReader> makeIlacsReader()
{
    return std::make_unique<IlacsReader>();
}

} // namespace inspectdesk
