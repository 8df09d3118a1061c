// Real reports of the national archive (copied into tests/data/archive/pdf), each chosen for
// a layout rule; expected values written by hand from the printed PDF.
#include "VariantCheck.h"

using namespace inspectdesk;
using namespace inspectdesk::test;

namespace {
ExtractionResult readArchive(const char *name)
{
    return extractReportFile(dataPath(QStringLiteral("archive/pdf/%1.pdf").arg(QLatin1String(name))));
}
} // namespace

class TestReaderArchive : public QObject
{
    Q_OBJECT
private slots:
    void sif2014GradeAroundLabel()
    {
        // "Requires" above a label, "improvement" below it; the overall judgement as the
        // headline "The overall judgement is requires improvement."; the LSCB's as "The
        // effectiveness of the Local Safeguarding Children Board (LSCB)" / "requires improvement."
        const ExtractionResult r = readArchive("hillingdon_2014-02-11");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Sif);
        QCOMPARE(r.report.council, QStringLiteral("London Borough of Hillingdon"));
        QCOMPARE(r.report.inspectionStart, QDate(2013, 11, 25));
        QCOMPARE(r.report.inspectionEnd, QDate(2013, 12, 18));
        QVERIFY(judgementsAre(
            r.report, {{"", "overall_effectiveness", "adequate", "requires improvement"},
                       {"", "children_who_need_help_and_protection", "adequate", "Requires improvement"},
                       {"", "children_looked_after_and_achieving_permanence", "adequate", "Requires improvement"},
                       {"", "adoption_performance", "good", "Good"},
                       {"", "care_leavers", "adequate", "Requires improvement"},
                       {"", "leadership_management_and_governance", "adequate", "Requires improvement"},
                       {"lscb", "lscb_effectiveness", "adequate", "requires improvement"}}));
        QVERIFY(!hasWarning(r.report, QStringLiteral("twice")));
        QVERIFY(!hasWarning(r.report, QStringLiteral("usual areas")));
        // Graded in words: no numbers were read, so the missing number legend is not a warning.
        QVERIFY(!hasWarning(r.report, QStringLiteral("no scale legend")));
    }

    void ilacsGradeAboveAndBelowLabel()
    {
        // Cells "Requires improvement" / "to be good" beside a wrapped label, one without a
        // tab before it, and the overall grade split above and below "Overall effectiveness".
        const ExtractionResult r = readArchive("stockton-on-tees_2019-07-01");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Ilacs);
        QCOMPARE(r.report.council, QStringLiteral("Stockton-on-Tees"));
        QCOMPARE(r.report.inspectionStart, QDate(2019, 5, 20));
        QCOMPARE(r.report.inspectionEnd, QDate(2019, 5, 24));
        QCOMPARE(r.report.leadInspector, QStringLiteral("Matt Reed"));
        QCOMPARE(r.report.inspectionType, QStringLiteral("short"));
        const char *ri = "Requires improvement to be good";
        QVERIFY(judgementsAre(r.report, {{"", "impact_of_leaders", "adequate", ri},
                                         {"", "children_who_need_help_and_protection", "adequate", ri},
                                         {"", "children_in_care_and_care_leavers", "adequate", ri},
                                         {"", "overall_effectiveness", "adequate", ri}}));
        const JudgementRecord *j = findJudgement(r.report, QString(), QStringLiteral("impact_of_leaders"));
        QCOMPARE(j->area, QStringLiteral("The impact of leaders on social work practice with children and families"));
    }

    void ilacs2023TitleOverTwoLines()
    {
        // "Inspection of Barking and Dagenham / children's services": recognised, name whole;
        // the 2023 framework's separate care leavers judgement.
        const ExtractionResult r = readArchive("barking-and-dagenham_2023-09-04");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Ilacs);
        QCOMPARE(r.report.council, QStringLiteral("Barking and Dagenham"));
        QCOMPARE(r.report.inspectionStart, QDate(2023, 7, 10));
        QCOMPARE(r.report.inspectionEnd, QDate(2023, 7, 21));
        QCOMPARE(r.report.leadInspector, QStringLiteral("Naintara Khosla"));
        QCOMPARE(r.report.inspectionType, QStringLiteral("standard"));
        const char *ri = "Requires improvement to be good";
        QVERIFY(judgementsAre(r.report, {{"", "impact_of_leaders", "adequate", ri},
                                         {"", "children_who_need_help_and_protection", "adequate", ri},
                                         {"", "children_in_care", "adequate", ri},
                                         {"", "care_leavers", "good", "Good"},
                                         {"", "overall_effectiveness", "adequate", ri}}));
    }

    void ilacsSocialCareTitleWrapped()
    {
        // "Inspection of local authority children's social care / services" under the name.
        const ExtractionResult r = readArchive("tameside_2019-07-01");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Ilacs);
        QCOMPARE(r.report.council, QStringLiteral("Tameside metropolitan borough"));
        QCOMPARE(r.report.leadInspector, QStringLiteral("Dominic Stevens"));
        QCOMPARE(findJudgement(r.report, QString(), QStringLiteral("overall_effectiveness"))->printed,
                 QStringLiteral("Requires improvement to be good"));
    }

    void lscbReviewAlone()
    {
        // A review of the LSCB published on its own: one judgement, in the lscb section.
        const ExtractionResult r = readArchive("surrey_2015-08-03");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Sif);
        QCOMPARE(r.report.council, QStringLiteral("Surrey"));
        QVERIFY(judgementsAre(r.report, {{"lscb", "lscb_effectiveness", "adequate", "requires improvement"}}));
        QVERIFY(!hasWarning(r.report, QStringLiteral("usual areas")));
    }

    void ilacsFromApril2026HasNoOverall()
    {
        const ExtractionResult r = readArchive("trafford_2026-08-03");
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Ilacs);
        QVERIFY(!findJudgement(r.report, QString(), QStringLiteral("overall_effectiveness"))); // never invented
        QVERIFY(findJudgement(r.report, QString(), QStringLiteral("children_in_care")));
        QVERIFY(findJudgement(r.report, QString(), QStringLiteral("care_leavers")));
        QVERIFY(!hasWarning(r.report, QStringLiteral("usual areas")));
    }
};

QTEST_GUILESS_MAIN(TestReaderArchive)
#include "tst_reader_archive.moc"
