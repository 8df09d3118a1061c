// Red team, second round: typography and wording of real reports from other councils and
// years (tests/data/variants), read as text. Every expectation was written from what the
// fixture's report says, not from the extractor's output.
#include "PdfBuilder.h"
#include "TestData.h"
#include "VariantCheck.h"

#include <QTest>

using namespace inspectdesk;
using namespace inspectdesk::test;

class TestReaderRedTeam : public QObject
{
    Q_OBJECT
private slots:
    void apaGradeWithWord()
    {
        // "Summary of grades" table, headings "Grade 3 - good" / "Grade 3: good" / "Grade 2 – adequate",
        // "&" in the council's name, curly apostrophes, a non-breaking hyphen in "well‑being",
        // numbers in prose (Key Stage 2, 16 to 19, 3 schools).
        const ExtractionResult r = readVariant("apa_2007_grade_words");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Apa);
        QCOMPARE(r.report.council, QStringLiteral("Brighton & Hove City Council"));
        QCOMPARE(r.report.assessmentYear, 2007);
        QCOMPARE(r.report.published, QDate(2007, 11, 29));
        QVERIFY(judgementsAre(r.report, {{"", "overall_effectiveness", "good", "3"},
                                         {"", "being_healthy", "good", "3"},
                                         {"", "staying_safe", "adequate", "2"},
                                         {"", "enjoying_and_achieving", "good", "3"},
                                         {"", "making_a_positive_contribution", "outstanding", "4"},
                                         {"", "achieving_economic_wellbeing", "adequate", "2"},
                                         {"", "capacity_to_improve", "good", "3"}}));
        QVERIFY(!hasWarning(r.report, QStringLiteral("twice")));
        QVERIFY(!hasWarning(r.report, QStringLiteral("not found")));
    }

    void apaLegendAfterTableAndContradiction()
    {
        // The legend follows the table; one heading prints a number and a word that disagree
        // ("Grade 2 - good" where 2 is adequate): the table's grade stands, flagged, never "good".
        const ExtractionResult r = readVariant("apa_2008_legend_after");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Apa);
        QCOMPARE(r.report.council, QStringLiteral("City of Bradford Metropolitan District Council"));
        QCOMPARE(r.report.assessmentYear, 2008);
        QCOMPARE(r.report.published, QDate(2008, 12, 18));
        QVERIFY(judgementsAre(r.report, {{"", "overall_effectiveness", "adequate", "2"},
                                         {"", "being_healthy", "good", "3"},
                                         {"", "staying_safe", "adequate", "2"},
                                         {"", "enjoying_and_achieving", "adequate", "2"},
                                         {"", "making_a_positive_contribution", "good", "3"},
                                         {"", "achieving_economic_wellbeing", "adequate", "2"},
                                         {"", "capacity_to_improve", "good", "3"}}));
        QVERIFY(hasWarning(r.report, QStringLiteral("enjoying_and_achieving")));
        QVERIFY(findJudgement(r.report, QString(), QStringLiteral("enjoying_and_achieving"))->confidence <= 0.5);
        QVERIFY(!hasWarning(r.report, QStringLiteral("no scale legend")));
    }

    void apa2005Typography()
    {
        // Ligatures, non-breaking spaces, a soft hyphen and a line-end hyphen ("con-" /
        // "tribution") inside labels; the 2005 long-form
        // labels; a label at the foot of a page whose "Grade 2" follows the running footer and
        // the next page's running header; a "4 = outstanding" legend at the end.
        const ExtractionResult r = readVariant("apa_2005_typography");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Apa);
        QCOMPARE(r.report.council, QStringLiteral("City of York"));
        QCOMPARE(r.report.assessmentYear, 2005);
        QCOMPARE(r.report.published, QDate(2005, 12, 7));
        QVERIFY(judgementsAre(r.report, {{"", "overall_effectiveness", "good", "Grade 3"},
                                         {"", "being_healthy", "good", "Grade 3"},
                                         {"", "staying_safe", "adequate", "Grade 2"},
                                         {"", "enjoying_and_achieving", "good", "Grade 3"},
                                         {"", "making_a_positive_contribution", "outstanding", "Grade 4"},
                                         {"", "achieving_economic_wellbeing", "adequate", "Grade 2"},
                                         {"", "capacity_to_improve", "good", "Grade 3"},
                                         {"", "social_care_services", "adequate", "Grade 2"}}));
        QVERIFY(!hasWarning(r.report, QStringLiteral("twice")));
        // The label is stored joined, as the report means it.
        QCOMPARE(findJudgement(r.report, QString(), QStringLiteral("making_a_positive_contribution"))->area,
                 QStringLiteral("Making a positive contribution"));
    }

    void ilacsLowerCaseHeadingsOnly()
    {
        // No judgement table in the text: the grades are the section headings, printed in lower
        // case after a colon and wrapped. Prose "Care leavers: the local offer ...",
        // "Overall effectiveness of early help is good," and "Lead inspector: Nick Good" are not grades.
        const ExtractionResult r = readVariant("ilacs_2021_headings_only");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Ilacs);
        QCOMPARE(r.report.council, QStringLiteral("Royal Borough of Windsor and Maidenhead"));
        QCOMPARE(r.report.assessmentYear, 2021);
        QCOMPARE(r.report.published, QDate(2022, 1, 14));
        QVERIFY(judgementsAre(r.report,
                              {{"", "children_who_need_help_and_protection", "good", "good"},
                               {"", "children_in_care_and_care_leavers", "adequate", "requires improvement to be good"},
                               {"", "impact_of_leaders", "adequate", "requires improvement to be good"},
                               {"", "overall_effectiveness", "adequate", "Requires improvement to be good"}}));
        QVERIFY(!hasWarning(r.report, QStringLiteral("twice")));
    }

    void focusedVisitHasNoGrades()
    {
        // A focused visit letter says in so many words that it gives no graded judgement; the
        // last inspection's grades quoted in prose, and an inspector called Good, are not its grades.
        const ExtractionResult r = readVariant("ilacs_2022_focused_visit");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.council, QStringLiteral("London Borough of Hammersmith & Fulham"));
        QCOMPARE(r.report.kind, ReportKind::Other); // imported, not refused, not an inspection
        QVERIFY(judgementsAre(r.report, {}));
        QVERIFY(hasWarning(r.report, QStringLiteral("no graded judgements")));
    }

    void pdfLabelAcrossPageFurniture()
    {
        // As a real PDF: a heading's grade pushed to the next page, below that page's running
        // header, with the previous page's footer in between; "ﬁ" ligatures in the text.
        PdfBuilder pdf;
        const QString header = QStringLiteral("Wigan Council – Annual performance assessment 2008");
        pdf.text(60, 50, QStringLiteral("12 December 2008"));
        pdf.text(60, 80, QStringLiteral("Dear Ms Jones"));
        pdf.text(60, 105, QStringLiteral("Annual performance assessment of services for children and young people in"));
        pdf.text(60, 119, QStringLiteral("Wigan Council 2008"));
        pdf.paragraph(60, 140, 480,
                      QStringLiteral("This letter summarises the ﬁndings of the 2008 annual performance "
                                     "assessment. Grades: 4: outstanding; 3: good; 2: adequate; 1: inadequate."));
        pdf.text(60, 200, QStringLiteral("Being healthy"));
        pdf.text(480, 200, QStringLiteral("Grade 3"));
        pdf.text(60, 220, QStringLiteral("Staying safe"));
        pdf.text(480, 220, QStringLiteral("Grade 2"));
        pdf.text(60, 815, header + QStringLiteral("   Page 1"));
        pdf.newPage();
        pdf.text(60, 40, header);
        pdf.paragraph(60, 70, 480,
                      QStringLiteral(
                          "Children are safe and 3 of the 4 homes are good. The ﬁrst priority is 16 to 19 provision."));
        pdf.text(60, 790, QStringLiteral("Capacity to improve, including the management of services for children"));
        pdf.text(60, 815, header + QStringLiteral("   Page 2"));
        pdf.newPage();
        pdf.text(60, 40, header);
        pdf.text(480, 70, QStringLiteral("Grade 2"));
        pdf.paragraph(60, 100, 480, QStringLiteral("The council has adequate capacity to improve."));
        pdf.text(60, 815, header + QStringLiteral("   Page 3"));
        const ExtractionResult r = extractReportPdf(pdf.finish());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Apa);
        QCOMPARE(r.report.council, QStringLiteral("Wigan Council"));
        QCOMPARE(r.report.assessmentYear, 2008);
        QVERIFY(judgementsAre(r.report, {{"", "being_healthy", "good", "Grade 3"},
                                         {"", "staying_safe", "adequate", "Grade 2"},
                                         {"", "capacity_to_improve", "adequate", "Grade 2"}}));
        QCOMPARE(findJudgement(r.report, QString(), QStringLiteral("capacity_to_improve"))->page, 3);
        // The other usual areas are not printed: flagged, not invented.
        QVERIFY(hasWarning(r.report, QStringLiteral("enjoying_and_achieving")));
    }
};

QTEST_MAIN(TestReaderRedTeam)
#include "tst_reader_redteam.moc"
