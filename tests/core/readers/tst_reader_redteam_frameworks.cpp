// Red team, third round: later frameworks' lower-case heading grades, "Grade 2 - good" forms
// in safeguarding/LAC inspections and joint area reviews, a table and heading that disagree,
// councils whose names hold "&", "upon", "St" or several words, and area labels hyphenated at
// a line end. Every expectation was written from the fixture's text, not the extractor's output.
#include "PdfBuilder.h"
#include "TestData.h"
#include "VariantCheck.h"

#include <QFile>
#include <QTest>

using namespace inspectdesk;
using namespace inspectdesk::test;

namespace {
QString areaOf(const ExtractedReport &r, const char *section, const char *key)
{
    const JudgementRecord *j = findJudgement(r, QLatin1String(section), QLatin1String(key));
    return j ? j->area : QStringLiteral("<missing>");
}
} // namespace

class TestReaderRedTeamFrameworks : public QObject
{
    Q_OBJECT
private slots:
    void sifLowerCaseHeadingsAndTable()
    {
        // Summary table in capitalised words; section headings repeat each grade in lower case
        // after a colon ("...: requires improvement to be good", one wrapped onto its own line);
        // the overall headline, set large and wrapped, says "require", not "requires". Prose
        // "Adoption performance: good progress" and "Care leavers: the local offer" are not grades.
        const ExtractionResult r = readVariant("sif_2016_lower_headings");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Sif);
        QCOMPARE(r.report.council, QStringLiteral("Bath and North East Somerset Council"));
        QCOMPARE(r.report.assessmentYear, 2016);
        QCOMPARE(r.report.published, QDate(2016, 7, 18));
        QVERIFY(
            judgementsAre(r.report, {{"", "overall_effectiveness", "adequate", "require improvement to be good"},
                                     {"", "children_who_need_help_and_protection", "adequate", "Requires improvement"},
                                     {"", "children_looked_after_and_achieving_permanence", "good", "Good"},
                                     {"", "adoption_performance", "good", "Good"},
                                     {"", "care_leavers", "adequate", "Requires improvement"},
                                     {"", "leadership_management_and_governance", "adequate", "Requires improvement"},
                                     {"lscb", "lscb_effectiveness", "good", "good"}}));
        QVERIFY(!hasWarning(r.report, QStringLiteral("twice")));
        QCOMPARE(areaOf(r.report, "", "adoption_performance"), QStringLiteral("Adoption performance"));
    }

    void safeguardingGradeWithWord()
    {
        // "Grade 2 - good", "Grade 2 (good)", "Grade 2 – good" on the reversed scale; "&" in the
        // council's name; labels hyphenated at a line end ("con-" / "tribution", "Well-" / "Being").
        const ExtractionResult r = readVariant("sglac_2010_grade_dash");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::SafeguardingLacInspection);
        QCOMPARE(r.report.council, QStringLiteral("Telford & Wrekin"));
        QCOMPARE(r.report.assessmentYear, 2010);
        QCOMPARE(r.report.published, QDate(2010, 7, 30));
        QVERIFY(judgementsAre(
            r.report,
            {{"safeguarding", "overall_effectiveness", "good", "Grade 2 - good"},
             {"safeguarding", "capacity_to_improve", "good", "Grade 2 (good)"},
             {"safeguarding", "children_are_safe", "good", "Grade 2 – good"},
             {"safeguarding", "quality_of_provision", "adequate", "Grade 3 - adequate"},
             {"safeguarding", "leadership_and_management", "good", "Grade 2 (good)"},
             {"looked_after_children", "overall_effectiveness", "adequate", "Grade 3 (adequate)"},
             {"looked_after_children", "capacity_to_improve", "good", "Grade 2 - good"},
             {"looked_after_children", "being_healthy", "good", "Grade 2 (good)"},
             {"looked_after_children", "staying_safe", "adequate", "Grade 3 (adequate)"},
             {"looked_after_children", "enjoying_and_achieving", "adequate", "Grade 3 - adequate"},
             {"looked_after_children", "making_a_positive_contribution", "outstanding", "Grade 1 (outstanding)"},
             {"looked_after_children", "achieving_economic_wellbeing", "adequate", "Grade 3 (adequate)"}}));
        QVERIFY(!hasWarning(r.report, QStringLiteral("twice")));
        QVERIFY(!hasWarning(r.report, QStringLiteral("scale")));
        QCOMPARE(areaOf(r.report, "looked_after_children", "making_a_positive_contribution"),
                 QStringLiteral("Making a positive contribution, including user engagement"));
        QCOMPARE(areaOf(r.report, "looked_after_children", "achieving_economic_wellbeing"),
                 QStringLiteral("Achieving Economic Well-Being"));
    }

    void safeguardingLowerCaseColonHeadings()
    {
        // Headings print the grade as a lower-case word after a colon ("Overall effectiveness:
        // adequate"); prose after a colon ("Being healthy: the health of ...", "Partnership
        // working: the partnership is strong") is not a grade, nor is a sentence that wraps to
        // start a line with a label and a colon ("...for the service's" / "overall effectiveness:
        // outstanding.").
        const ExtractionResult r = readVariant("sglac_2012_colon_headings");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::SafeguardingLacInspection);
        QCOMPARE(r.report.council, QStringLiteral("St Helens"));
        QCOMPARE(r.report.assessmentYear, 2012);
        QCOMPARE(r.report.published, QDate(2012, 3, 30));
        QVERIFY(judgementsAre(r.report, {{"safeguarding", "overall_effectiveness", "adequate", "adequate"},
                                         {"safeguarding", "capacity_to_improve", "good", "good"},
                                         {"safeguarding", "quality_of_provision", "adequate", "adequate"},
                                         {"safeguarding", "leadership_and_management", "adequate", "adequate"},
                                         {"looked_after_children", "overall_effectiveness", "good", "good"},
                                         {"looked_after_children", "capacity_to_improve", "good", "good"},
                                         {"looked_after_children", "being_healthy", "good", "good"},
                                         {"looked_after_children", "staying_safe", "outstanding", "outstanding"},
                                         {"looked_after_children", "enjoying_and_achieving", "adequate", "adequate"}}));
        QVERIFY(!hasWarning(r.report, QStringLiteral("twice")));
    }

    void lookedAfterChildrenOnly2013()
    {
        // 2012-13 "Inspection of looked after children services": one part, reversed scale,
        // "Grade N (word)" headings confirmed by the "Record of main findings" table; the
        // previous inspection's grade quoted in the text is not read.
        const ExtractionResult r = readVariant("lac_2013_looked_after_only");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::SafeguardingLacInspection);
        QCOMPARE(r.report.council, QStringLiteral("Northshire County Council"));
        QCOMPARE(r.report.assessmentYear, 2013);
        QVERIFY(judgementsAre(r.report,
                              {{"looked_after_children", "overall_effectiveness", "adequate", "Adequate"},
                               {"looked_after_children", "capacity_to_improve", "good", "Good"},
                               {"looked_after_children", "outcomes_for_looked_after_children", "adequate", "Adequate"},
                               {"looked_after_children", "quality_of_provision", "adequate", "Adequate"},
                               {"looked_after_children", "leadership_and_management", "good", "Good"}}));
        QVERIFY(!hasWarning(r.report, QStringLiteral("twice")));
        for (const auto &j : r.report.judgements)
            QVERIFY2(j.confidence > 0.95, qPrintable(j.key)); // both readings agree
    }

    void jarGradeWithWord()
    {
        // A "Grades" table of bare numbers (4 = outstanding) and headings repeating them as
        // "Grade 2 - adequate" / "Grade 3 (good)", one on the line below its wrapped label.
        const ExtractionResult r = readVariant("jar_2008_grade_words");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Jar);
        QCOMPARE(r.report.council, QStringLiteral("Kingston upon Hull City Council"));
        QCOMPARE(r.report.assessmentYear, 2008);
        QCOMPARE(r.report.published, QDate(2008, 3, 4));
        QVERIFY(judgementsAre(r.report, {{"", "safeguarding", "adequate", "2"},
                                         {"", "looked_after_children", "good", "3"},
                                         {"", "learning_difficulties_and_disabilities", "adequate", "2"},
                                         {"", "service_management", "good", "3"},
                                         {"", "capacity_to_improve", "good", "3"}}));
        QVERIFY(!hasWarning(r.report, QStringLiteral("twice")));
        QVERIFY(!hasWarning(r.report, QStringLiteral("scale")));
    }

    void ilacsTableAndHeadingDisagree()
    {
        // The table says children in care "Requires improvement to be good", the section heading
        // says "good": a reviewer must decide, so it is flagged and not confident.
        const ExtractionResult r = readVariant("ilacs_2019_table_disagrees");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Ilacs);
        QCOMPARE(r.report.council, QStringLiteral("Kingston upon Hull City Council"));
        QCOMPARE(r.report.assessmentYear, 2019);
        QCOMPARE(r.report.published, QDate(2019, 8, 23));
        QVERIFY(judgementsAre(r.report,
                              {{"", "impact_of_leaders", "good", "Good"},
                               {"", "children_who_need_help_and_protection", "good", "Good"},
                               {"", "children_in_care_and_care_leavers", "adequate", "Requires improvement to be good"},
                               {"", "overall_effectiveness", "good", "Good"}}));
        QVERIFY(hasWarning(r.report,
                           QStringLiteral("children_in_care_and_care_leavers is printed twice with different grades")));
        QVERIFY(findJudgement(r.report, QString(), QStringLiteral("children_in_care_and_care_leavers"))->confidence <=
                0.4);
        QVERIFY(!hasWarning(r.report, QStringLiteral("impact_of_leaders is printed twice")));
    }

    void ilacsCouncilNames_data()
    {
        // ILACS titles name the council, which may hold "&", "St." with its full stop,
        // "upon", several words, or hyphens; the title must still be recognised and the name kept.
        QTest::addColumn<QString>("name");
        QTest::newRow("ampersand") << QStringLiteral("Telford & Wrekin");
        QTest::newRow("St with stop") << QStringLiteral("St. Helens");
        QTest::newRow("St") << QStringLiteral("St Helens");
        QTest::newRow("upon") << QStringLiteral("Kingston upon Hull");
        QTest::newRow("five words") << QStringLiteral("Bath and North East Somerset");
        QTest::newRow("hyphens") << QStringLiteral("Stockton-on-Tees");
        QTest::newRow("apostrophe") << QStringLiteral("King’s Lynn and West Norfolk");
    }
    void ilacsCouncilNames()
    {
        QFETCH(QString, name);
        QFile file(dataPath(QStringLiteral("variants/ilacs_2022_council_names.txt")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll()).replace(QStringLiteral("Telford & Wrekin"), name);
        const ExtractionResult r = extractReportText(text);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Ilacs);
        QCOMPARE(r.report.council, name);
        QCOMPARE(r.report.assessmentYear, 2022);
        QCOMPARE(r.report.published, QDate(2022, 5, 20));
        QVERIFY(judgementsAre(r.report, {{"", "impact_of_leaders", "outstanding", "Outstanding"},
                                         {"", "children_who_need_help_and_protection", "outstanding", "Outstanding"},
                                         {"", "children_in_care_and_care_leavers", "good", "Good"},
                                         {"", "overall_effectiveness", "outstanding", "Outstanding"}}));
        QVERIFY(!hasWarning(r.report, QStringLiteral("twice")));
    }

    void councilNamesInOtherKinds_data()
    {
        // The same reports for councils with harder names: every judgement must read exactly as
        // in the original fixture (checked by hand above) and the name must be kept whole.
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("printedName");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("council");
        const QString sif = QStringLiteral("sif_2016_lower_headings"),
                      sif0 = QStringLiteral("Bath and North East Somerset");
        const QString sg = QStringLiteral("sglac_2010_grade_dash"), sg0 = QStringLiteral("Telford & Wrekin");
        QTest::newRow("sif St.") << sif << sif0 << QStringLiteral("St. Helens") << QStringLiteral("St. Helens Council");
        QTest::newRow("sif ampersand") << sif << sif0 << QStringLiteral("Telford & Wrekin")
                                       << QStringLiteral("Telford & Wrekin Council");
        QTest::newRow("sif upon") << sif << sif0 << QStringLiteral("Kingston upon Hull City")
                                  << QStringLiteral("Kingston upon Hull City Council");
        QTest::newRow("sg St.") << sg << sg0 << QStringLiteral("St. Helens") << QStringLiteral("St. Helens");
        QTest::newRow("sg five words") << sg << sg0 << QStringLiteral("Bath and North East Somerset")
                                       << QStringLiteral("Bath and North East Somerset");
        QTest::newRow("sg hyphens") << sg << sg0 << QStringLiteral("Stoke-on-Trent")
                                    << QStringLiteral("Stoke-on-Trent");
    }
    void councilNamesInOtherKinds()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, printedName);
        QFETCH(QString, name);
        QFETCH(QString, council);
        const ExtractionResult original = readVariant(qPrintable(fixture));
        QFile file(dataPath(QStringLiteral("variants/%1.txt").arg(fixture)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ExtractionResult r = extractReportText(QString::fromUtf8(file.readAll()).replace(printedName, name));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, original.report.kind);
        QCOMPARE(r.report.council, council);
        QCOMPARE(r.report.judgements.size(), original.report.judgements.size());
        for (const auto &j : original.report.judgements) {
            const JudgementRecord *got = findJudgement(r.report, j.section, j.key);
            QVERIFY2(got, qPrintable(j.key));
            QCOMPARE(got->judgement, j.judgement);
            QCOMPARE(got->printed, j.printed);
        }
    }

    void pdfLabelsSplitAtLineEnd()
    {
        // As a real PDF: labels hyphenated over two lines of a narrow cell, each grade set level
        // with the middle of its label. The stored label is joined; the box is the grade's.
        PdfBuilder pdf;
        pdf.setFont(14, true);
        pdf.text(60, 70, QStringLiteral("Inspection of safeguarding and looked after children services"));
        pdf.text(60, 92, QStringLiteral("Kingston upon Hull"));
        pdf.setFont(10);
        pdf.text(60, 120, QStringLiteral("Inspection dates: 4 – 15 July 2011"));
        pdf.text(60, 134, QStringLiteral("Published: 19 August 2011"));
        pdf.text(60, 160,
                 QStringLiteral("Outstanding (Grade 1)   Good (Grade 2)   Adequate (Grade 3)   Inadequate (Grade 4)"));
        pdf.setFont(11, true);
        pdf.text(60, 190, QStringLiteral("Services for looked after children"));
        pdf.setFont(10);
        pdf.text(60, 214, QStringLiteral("Overall effectiveness: good"));
        pdf.text(60, 240, QStringLiteral("Making a positive con-"));
        pdf.text(60, 252, QStringLiteral("tribution"));
        pdf.text(400, 246, QStringLiteral("Grade 2 (good)"));
        pdf.text(60, 276, QStringLiteral("Achieving Economic Well-"));
        pdf.text(60, 288, QStringLiteral("Being"));
        pdf.text(400, 282, QStringLiteral("Grade 3 (adequate)"));
        const ExtractionResult r = extractReportPdf(pdf.finish());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::SafeguardingLacInspection);
        QCOMPARE(r.report.council, QStringLiteral("Kingston upon Hull"));
        QVERIFY(judgementsAre(
            r.report, {{"looked_after_children", "overall_effectiveness", "good", "good"},
                       {"looked_after_children", "making_a_positive_contribution", "good", "Grade 2 (good)"},
                       {"looked_after_children", "achieving_economic_wellbeing", "adequate", "Grade 3 (adequate)"}}));
        QCOMPARE(areaOf(r.report, "looked_after_children", "making_a_positive_contribution"),
                 QStringLiteral("Making a positive contribution"));
        QCOMPARE(areaOf(r.report, "looked_after_children", "achieving_economic_wellbeing"),
                 QStringLiteral("Achieving Economic Well-Being"));
        for (const char *key : {"making_a_positive_contribution", "achieving_economic_wellbeing"}) {
            const QRectF box =
                findJudgement(r.report, QStringLiteral("looked_after_children"), QLatin1String(key))->box;
            QVERIFY2(box.left() >= 395 && box.left() < 410, key); // the grade's words, not the label's
            QCOMPARE(findJudgement(r.report, QStringLiteral("looked_after_children"), QLatin1String(key))->page, 1);
        }
    }
};

QTEST_MAIN(TestReaderRedTeamFrameworks)
#include "tst_reader_redteam_frameworks.moc"
