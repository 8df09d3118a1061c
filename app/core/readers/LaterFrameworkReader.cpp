#include "readers/LaterFrameworkReader.h"

#include "readers/JudgementTable.h"
#include "readers/ReaderSupport.h"
#include "readers/ReportFacts.h"

namespace inspectdesk {

namespace {
const QString kQuoted = QStringLiteral("-"); // a part quoting another inspection's grades
}

ExtractedReport LaterFrameworkReader::read(const ReportSource &s) const
{
    const QString &t = s.flat.text();
    ExtractedReport report;
    report.kind = kind();
    report.pageCount = s.doc.pageCount();
    JudgementCollector collector(report);

    // The council is printed above the title ("Bristol City Council\nInspection of ..."), over
    // two lines when long ("Royal Borough of Kingston upon\nThames"): a name that opens the
    // document may take two lines, joined; elsewhere only the line directly above counts.
    const QString title = QStringLiteral("[ \\t]*\\n[ \\t]*(?:Re-)?(?:") + titlePattern() + QLatin1Char(')');
    const QRegularExpression opening(
        QStringLiteral("^\\s*([A-Z][^\\n\\t\\f\\d]{2,60}\\n[ \\t]*[A-Z][^\\n\\t\\f\\d]{1,60}?)") + title,
        QRegularExpression::CaseInsensitiveOption); // "Re-inspection of ..." too
    const QRegularExpression above(QStringLiteral("(?:^|\\n)([A-Z][^\\n\\t\\f]{2,80}?)") + title,
                                   QRegularExpression::CaseInsensitiveOption);
    // ILACS titles name it, over a line break too: "Inspection of Doncaster Metropolitan\nBorough
    // Council children's services", "Inspection of Leeds local authority children's services".
    static const QRegularExpression inTitle(QStringLiteral(
        "(?:^|\\n)[ \\t]*Inspection of (?:the )?([A-Z][^\\n\\t\\f]{0,60}?(?:\\n[ \\t]*[^\\n\\t\\f]{1,60}?)?)"
        "\\s+(?:local\\s+authority\\s+)?children['’]s\\s+(?:social\\s+care\\s+)?services\\b"));
    report.council = ReaderSupport::capture(inTitle, t);
    static const QRegularExpression authority(QStringLiteral("\\s+local\\s+authority$"));
    report.council.remove(authority); // "Inspection of Blackburn with Darwen / local authority children's ..."
    if (report.council.isEmpty())
        report.council = ReaderSupport::capture(opening, t);
    if (report.council.isEmpty())
        report.council = ReaderSupport::capture(above, t);
    if (report.council.isEmpty()) {
        static const QRegularExpression la(
            QStringLiteral("\\bLocal authority\\s*:?\\s*([A-Z][^\\n\\t\\f]{2,60}?)[ ]*[\\n\\t\\f]"));
        report.council = ReaderSupport::capture(la, t);
    }
    if (report.council.isEmpty())
        report.council = ReportFacts::councilName(t);
    // A review of the LSCB alone is headed by the board's name: the council is its area.
    static const QRegularExpression board(QStringLiteral("\\s+(?:Local\\s+)?Safeguarding\\s+Children\\s+Board$"),
                                          QRegularExpression::CaseInsensitiveOption);
    report.council.remove(board);
    report.published = ReportFacts::publishedDate(t);
    report.assessmentYear = ReaderSupport::inspectionYear(t);
    ReaderSupport::readInspectionFacts(report, t);
    if (kind() == ReportKind::Ilacs && report.inspectionEnd.isValid()) {
        // ILACS short inspections take one week of fieldwork, standard ones two; the report
        // does not name its type.
        const qint64 days = report.inspectionStart.daysTo(report.inspectionEnd);
        report.inspectionType = days <= 7    ? QStringLiteral("short")
                                : days <= 14 ? QStringLiteral("standard")
                                             : QString();
    }
    if (report.assessmentYear == 0 && report.published.isValid())
        report.assessmentYear = report.published.year();

    ScanOptions options;
    options.keys = gradedKeys();
    options.words = true;
    options.colonWords = true;
    options.gradeNumbers = true;
    // The previous inspection's judgements, listed in "Information about this local
    // authority area" ("Previous Ofsted inspections ... The judgements for the local
    // authority were: Overall effectiveness: Inadequate"), are not this report's.
    const auto ci = QRegularExpression::CaseInsensitiveOption;
    options.sections = {
        {QRegularExpression(
             QStringLiteral("(?:^|\\n)[ \\t]*Previous\\s+Ofsted\\s+inspections?\\b|"
                            "\\bthe\\s+judgements\\s+(?:for|of)\\s+the\\s+local\\s+authority\\s+were\\b"),
             ci),
         kQuoted},
        {QRegularExpression(QStringLiteral("(?:^|\\n)[ \\t]*(?:Local\\s+leadership|Other\\s+Ofsted\\s+inspections?|"
                                           "Executive\\s+summary|Summary\\s+for\\s+children)\\b"),
                            ci),
         QString()},
    };
    const Scale scale = ReaderSupport::numberScale(s.flat, Scale::OneIsOutstanding, collector);
    // The LSCB review's judgement is its own section of the report.
    auto place = [](LabelledGrade g) {
        if (g.key == QLatin1String("lscb_effectiveness"))
            g.section = QStringLiteral("lscb");
        return g;
    };
    // The page-1 table first: its printed form ("Requires improvement to be good", joined
    // from wrapped cells) is kept when the scanner or a section heading reads the grade again.
    const QList<LabelledGrade> table = JudgementTable::read(s.flat, options.keys);
    for (const auto &g : table)
        collector.add(place(g), scale, ReaderSupport::baseConfidence(g.hit));
    // A grade the table placed is not read again from the same words: a label cut at a line
    // end ("children in care" / "and care leavers") would give it a second, wrong key.
    auto inTable = [&table](const LabelledGrade &g) {
        return std::any_of(table.cbegin(), table.cend(), [&g](const LabelledGrade &row) {
            return g.hit.start < row.hit.end && row.hit.start < g.hit.end;
        });
    };
    // The SIF headline sentences are page 1's too, read before the rest of the report.
    if (kind() == ReportKind::Sif) // ILACS prints no headline sentences: never invent a grade from prose
        for (const auto &g : headlineJudgements(s.flat))
            collector.add(place(g), scale, 0.85);
    for (const auto &g : GradeScanner(s.flat, options).scan())
        if (!inTable(g) && g.section != kQuoted)
            collector.add(place(g), scale, ReaderSupport::baseConfidence(g.hit));
    collector.requireAreas(QString(), expectedKeys(report, t), reportKindLabel(kind()));
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
    // Earlier SIF reports say "The overall judgement is requires improvement" / "... is that
    // children's services require improvement"; the LSCB line may start "The effectiveness of".
    static const QRegularExpression headline(QStringLiteral(
        "(?:^|\\n)[ \\t]*(?:((?:Children['’]s\\s+services?(?:\\s+(?:in|on)\\s+(?:the\\s+)?(?:St\\.\\s)?[A-Z]"
        "(?:[^\\n\\t\\f.]|\\n(?![ "
        "\\t]*\\n)){1,60}?)?)|The\\s+overall\\s+judgement(?:\\s+is\\s+that\\s+children['’]s\\s+"
        "services?)?)|"
        "(The\\s+(?:judgement\\s+for\\s+the\\s+)?(?:effectiveness\\s+of\\s+the\\s+)?(?:(?i:Local\\s+Safeguarding\\s+"
        "Children\\s+Board)(?:\\s+\\(LSCB\\))?|LSCB)))"
        "\\s+(?:(?:are|is)\\s+((?i:requires?\\s+improvement(?:\\s+to\\s+be\\s+good)?|outstanding|good|inadequate))|"
        "((?i:requires?\\s+improvement(?:\\s+to\\s+be\\s+good)?)))[ ]*\\.?[ ]*(?=\\n|\\f|$)"));
    const QString &t = flat.text();
    QList<LabelledGrade> out;
    auto it = headline.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        const bool overall = !m.captured(1).isEmpty();
        LabelledGrade g;
        g.key = overall ? QStringLiteral("overall_effectiveness") : QStringLiteral("lscb_effectiveness");
        g.area = (overall ? m.captured(1) : m.captured(2)).simplified();
        g.hit.form = GradeForm::Word;
        // "require(s) improvement ..." is printed with its verb, exactly as the report has it.
        const int group = m.capturedStart(3) >= 0 ? 3 : 4;
        g.hit.start = int(m.capturedStart(group));
        g.hit.end = int(m.capturedEnd(group));
        g.hit.printed = m.captured(group).simplified();
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
    QStringList gradedKeys() const override
    {
        return {"overall_effectiveness",
                "children_who_need_help_and_protection",
                "children_looked_after_and_achieving_permanence",
                "adoption_performance",
                "care_leavers",
                "leadership_management_and_governance",
                "lscb_effectiveness"};
    }
    QStringList expectedKeys(const ExtractedReport &report, const QString &text) const override
    {
        // A review of the LSCB published on its own grades the board only.
        static const QRegularExpression localAuthority(
            QStringLiteral("inspection\\s+of\\s+services\\s+for\\s+children\\s+in\\s+need"),
            QRegularExpression::CaseInsensitiveOption);
        Q_UNUSED(report)
        if (!localAuthority.match(text.left(6000)).hasMatch())
            return {};
        return {"overall_effectiveness", "children_who_need_help_and_protection",
                "children_looked_after_and_achieving_permanence", "leadership_management_and_governance"};
    }
    QString titlePattern() const override
    {
        return QStringLiteral("Inspection of services for children in need|Review of the effectiveness of the Local "
                              "Safeguarding Children");
    }
};

class IlacsReader final : public LaterFrameworkReader
{
public:
    ReportKind kind() const override { return ReportKind::Ilacs; }

protected:
    QList<Cue> cues() const override
    {
        // The title names the council in many forms, sometimes over two lines: "Inspection of
        // Barking and Dagenham / children's services", "Inspection of local authority children's
        // social care / services". Only a title at the start of a line counts.
        return {cue("(?:^|\\n)[ \\t]*inspection of (?:[^\\n\\t\\f.]{1,80}\\n)?[^\\n\\t\\f.]{0,80}?children['’]s "
                    "(?:social care )?services\\b|\\bILACS\\b",
                    0.6),
                cue("impact of leaders on social work practice", 0.3), cue("(?:^|\\n)[ \\t]*lead inspector\\b", 0.1)};
    }
    QStringList gradedKeys() const override
    {
        return {"overall_effectiveness",
                "impact_of_leaders",
                "children_who_need_help_and_protection",
                "children_in_care_and_care_leavers",
                "children_in_care",
                "care_leavers"};
    }
    QStringList expectedKeys(const ExtractedReport &report, const QString &) const override
    {
        // 2018-22: one judgement on children in care and care leavers; from 2023 two; from
        // April 2026 no overall effectiveness is printed (and none is ever made up).
        QStringList keys = {"impact_of_leaders", "children_who_need_help_and_protection"};
        auto has = [&report](const char *key) {
            return std::any_of(report.judgements.cbegin(), report.judgements.cend(),
                               [key](const JudgementRecord &j) { return j.key == QLatin1String(key); });
        };
        const bool separate = !has("children_in_care_and_care_leavers") &&
                              (has("children_in_care") || has("care_leavers") || report.assessmentYear >= 2023);
        keys << (separate ? QStringList{"children_in_care", "care_leavers"}
                          : QStringList{"children_in_care_and_care_leavers"});
        const QDate start = report.inspectionStart.isValid() ? report.inspectionStart : report.published;
        if (!(start.isValid() && start >= QDate(2026, 4, 1)))
            keys << QStringLiteral("overall_effectiveness");
        return keys;
    }
    QString titlePattern() const override
    {
        return QStringLiteral(
            "Inspection\\s+of\\s+(?:the\\s+)?(?:local\\s+authority\\s+)?children['’]s\\s+(?:social\\s+care\\s+)?"
            "services");
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
