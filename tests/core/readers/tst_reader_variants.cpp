// Red team: reports as other councils and other years printed them (tests/data/variants,
// written from real Ofsted publications' wording), read as text. Every expectation below was
// written from the fixture's meaning, not from the extractor's output. Layout stressors that
// need real PDF geometry are in tst_reader_variant_layouts.cpp.
#include "TestData.h"
#include "VariantCheck.h"

#include <QTest>

using namespace inspectdesk;
using namespace inspectdesk::test;

class TestReaderVariants : public QObject
{
    Q_OBJECT
private slots:
    void apa2005Wording()
    {
        // Year before the title in capitals, council without its year, "Date:" line, 2005 area
        // names wrapped over two lines ending in '.', grade legend in words only.
        const ExtractionResult r = readVariant("apa_2005_camden");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Apa);
        QCOMPARE(r.report.council, QStringLiteral("London Borough of Camden"));
        QCOMPARE(r.report.assessmentYear, 2005);
        QCOMPARE(r.report.published, QDate(2005, 11, 28));
        QVERIFY(judgementsAre(r.report, {{"", "overall_effectiveness", "good", "3"},
                                         {"", "capacity_to_improve", "good", "3"},
                                         {"", "social_care_services", "adequate", "2"}}));
        // The five outcomes are only discussed in prose in this letter: flagged, not guessed.
        QVERIFY(hasWarning(r.report, QStringLiteral("being_healthy")));
        // Its legend is in words only, so its numbers were read on the APA's usual scale: said.
        QVERIFY(hasWarning(r.report, QStringLiteral("no scale legend found; numbers read on this kind's usual")));
    }

    void apa2006TableWithJarMention()
    {
        // Mentions a joint area review on page 1; title wrapped before the council name; grades
        // far right of the table and again as "Grade n" headings; numbers in prose.
        const ExtractionResult r = readVariant("apa_2006_table");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Apa);
        QCOMPARE(r.report.council, QStringLiteral("Warrington Borough Council"));
        QCOMPARE(r.report.assessmentYear, 2006);
        QCOMPARE(r.report.published, QDate(2006, 11, 20));
        QVERIFY(judgementsAre(r.report, {{"", "overall_effectiveness", "adequate", "2"},
                                         {"", "being_healthy", "good", "3"},
                                         {"", "staying_safe", "adequate", "2"},
                                         {"", "enjoying_and_achieving", "inadequate", "1"},
                                         {"", "making_a_positive_contribution", "good", "3"},
                                         {"", "achieving_economic_wellbeing", "adequate", "2"},
                                         {"", "capacity_to_improve", "adequate", "2"}}));
        QVERIFY(!hasWarning(r.report, QStringLiteral("twice")));
    }

    void csAssessmentLegendInGradeForm()
    {
        // The scale table prints "Performs excellently (4) An organisation that ...": those rows
        // are the legend, the grade is "performs adequately (2)" after a colon, lower case.
        const ExtractionResult r = readVariant("cs_2009_parens_legend");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::ChildrenServicesAssessment);
        QCOMPARE(r.report.council, QStringLiteral("Dudley Metropolitan Borough Council"));
        QCOMPARE(r.report.assessmentYear, 2009);
        QCOMPARE(r.report.published, QDate(2009, 12, 9));
        QVERIFY(judgementsAre(r.report, {{"", "overall_effectiveness", "adequate", "performs adequately (2)"}}));
        QVERIFY(!hasWarning(r.report, QStringLiteral("twice")));
        QVERIFY(r.report.judgements[0].confidence >= 0.9);
    }

    void csAssessmentRatingOnNextLine()
    {
        const ExtractionResult r = readVariant("cs_2010_next_line");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.council, QStringLiteral("Doncaster Metropolitan Borough Council"));
        QCOMPARE(r.report.assessmentYear, 2010);
        QCOMPARE(r.report.published, QDate(2010, 12, 14)); // "Date published 14 December 2010"
        QVERIFY(judgementsAre(r.report, {{"", "overall_effectiveness", "inadequate", "Performs poorly (1)"}}));
        QCOMPARE(r.report.judgements[0].scale, Scale::PerformsScale);
    }

    void csAssessmentPublishedLabel()
    {
        const ExtractionResult r = readVariant("cs_2012_excellent");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.council, QStringLiteral("Royal Borough of Kensington and Chelsea"));
        QCOMPARE(r.report.assessmentYear, 2012);
        QCOMPARE(r.report.published, QDate(2012, 12, 6));
        QVERIFY(judgementsAre(r.report, {{"", "overall_effectiveness", "outstanding", "Performs excellently (4)"}}));
    }

    void safeguardingOtherTitleAndCouncil()
    {
        // "Safeguarding and looked after children inspection" title, "Date published" without a
        // colon, contents with page numbers 1-4, "Grade 4 (inadequate)" headings agreeing with
        // the record of main findings, and a wrapped row "Making a positive contribution,
        // including user engagement" whose grade is NOT user engagement's.
        const ExtractionResult r = readVariant("sglac_2011_haringey");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::SafeguardingLacInspection);
        QCOMPARE(r.report.council, QStringLiteral("Haringey"));
        QCOMPARE(r.report.assessmentYear, 2011);
        QCOMPARE(r.report.published, QDate(2012, 1, 27));
        QVERIFY(judgementsAre(r.report,
                              {{"safeguarding", "overall_effectiveness", "inadequate", "Inadequate"},
                               {"safeguarding", "capacity_to_improve", "adequate", "Adequate"},
                               {"safeguarding", "children_are_safe", "inadequate", "Inadequate"},
                               {"safeguarding", "children_feel_safe", "adequate", "Adequate"},
                               {"safeguarding", "quality_of_provision", "inadequate", "Inadequate"},
                               {"safeguarding", "leadership_and_management", "inadequate", "Inadequate"},
                               {"safeguarding", "partnerships", "good", "Good"},
                               {"looked_after_children", "overall_effectiveness", "adequate", "Adequate"},
                               {"looked_after_children", "capacity_to_improve", "adequate", "Adequate"},
                               {"looked_after_children", "being_healthy", "good", "Good"},
                               {"looked_after_children", "staying_safe", "adequate", "Adequate"},
                               {"looked_after_children", "enjoying_and_achieving", "adequate", "Adequate"},
                               {"looked_after_children", "making_a_positive_contribution", "good", "Good"},
                               {"looked_after_children", "achieving_economic_wellbeing", "inadequate", "Inadequate"},
                               {"looked_after_children", "quality_of_provision", "adequate", "Adequate"},
                               {"looked_after_children", "leadership_and_management", "adequate", "Adequate"}}));
        QVERIFY(!hasWarning(r.report, QStringLiteral("twice")));
        QCOMPARE(
            findJudgement(r.report, QStringLiteral("safeguarding"), QStringLiteral("overall_effectiveness"))->scale,
            Scale::Words);
    }

    void jarTwoGradeColumns()
    {
        // A 2006 JAR grading the five outcomes in a table with two grade columns. A row whose
        // columns differ ("Staying safe 3 2") must not be given either grade confidently.
        const ExtractionResult r = readVariant("jar_2006_two_columns");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Jar);
        QCOMPARE(r.report.council, QStringLiteral("Wakefield"));
        QCOMPARE(r.report.assessmentYear, 2006);
        QCOMPARE(r.report.published, QDate(2006, 5, 19));
        QVERIFY(judgementsAre(r.report, {{"", "being_healthy", "good", "3"},
                                         {"", "staying_safe", "", "3 2"},
                                         {"", "enjoying_and_achieving", "adequate", "2"},
                                         {"", "making_a_positive_contribution", "good", "3"},
                                         {"", "achieving_economic_wellbeing", "adequate", "2"},
                                         {"", "service_management", "adequate", "2"},
                                         {"", "capacity_to_improve", "good", "3"},
                                         {"youth_service", "standards_of_achievement", "adequate", "2"},
                                         {"youth_service", "quality_of_practice", "good", "3"},
                                         {"youth_service", "quality_of_curriculum_and_resources", "adequate", "2"},
                                         {"youth_service", "leadership_and_management", "adequate", "2"}}));
        QVERIFY(hasWarning(r.report, QStringLiteral("two different grades")));
    }

    void sifHeadlineJudgements()
    {
        // The overall and LSCB judgements are headline sentences, not table rows; the same
        // words in a paragraph ("The quality of practice is Inadequate in many cases") are not.
        const ExtractionResult r = readVariant("sif_2015_headline");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Sif);
        QCOMPARE(r.report.council, QStringLiteral("Birmingham City Council"));
        QCOMPARE(r.report.assessmentYear, 2015);
        QCOMPARE(r.report.published, QDate(2015, 3, 23));
        QVERIFY(judgementsAre(
            r.report, {{"", "overall_effectiveness", "inadequate", "inadequate"},
                       {"", "children_who_need_help_and_protection", "inadequate", "Inadequate"},
                       {"", "children_looked_after_and_achieving_permanence", "adequate", "Requires improvement"},
                       {"", "adoption_performance", "adequate", "Requires improvement"},
                       {"", "care_leavers", "inadequate", "Inadequate"},
                       {"", "leadership_management_and_governance", "inadequate", "Inadequate"},
                       {"lscb", "lscb_effectiveness", "adequate", "requires improvement"}}));
        QVERIFY(!hasWarning(r.report, QStringLiteral("twice")));
    }

    void ilacsCouncilInTitle()
    {
        // "Inspection of Leeds local authority children's services": the council is inside the
        // title; section headings ": outstanding" agree with the table; prose "judged to be
        // good" about the previous inspection is not a grade.
        const ExtractionResult r = readVariant("ilacs_2019_local_authority");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Ilacs);
        QCOMPARE(r.report.council, QStringLiteral("Leeds"));
        QCOMPARE(r.report.assessmentYear, 2018);
        QVERIFY(!r.report.published.isValid()); // not printed: flagged, not invented
        QVERIFY(hasWarning(r.report, QStringLiteral("publication date")));
        QVERIFY(judgementsAre(r.report, {{"", "impact_of_leaders", "outstanding", "Outstanding"},
                                         {"", "children_who_need_help_and_protection", "outstanding", "Outstanding"},
                                         {"", "children_in_care_and_care_leavers", "good", "Good"},
                                         {"", "overall_effectiveness", "outstanding", "Outstanding"}}));
        QVERIFY(!hasWarning(r.report, QStringLiteral("twice")));
    }

    void ilacs2023SeparateCareLeavers()
    {
        const ExtractionResult r = readVariant("ilacs_2023_separate_leavers");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Ilacs);
        QCOMPARE(r.report.council, QStringLiteral("Kent"));
        QCOMPARE(r.report.assessmentYear, 2023);
        QVERIFY(
            judgementsAre(r.report, {{"", "impact_of_leaders", "adequate", "Requires improvement to be good"},
                                     {"", "children_who_need_help_and_protection", "good", "Good"},
                                     {"", "children_in_care", "adequate", "Requires improvement to be good"},
                                     {"", "care_leavers", "inadequate", "Inadequate"},
                                     {"", "overall_effectiveness", "adequate", "Requires improvement to be good"}}));
    }
};

QTEST_GUILESS_MAIN(TestReaderVariants)
#include "tst_reader_variants.moc"
