// Real reports of the national archive (copied into tests/data/archive/pdf), each chosen for
// a layout rule; expected values written by hand from the printed PDF.
#include "VariantCheck.h"

using namespace inspectdesk;
using namespace inspectdesk::test;

Q_DECLARE_METATYPE(QList<inspectdesk::test::Expected>)

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

    void ilacsHeaderAndGrades_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("council");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QString>("lead");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QList<Expected>>("judgements");
        const char *ri = "Requires improvement to be good";
        // Cells "Requires improvement" / "to be good" beside a wrapped label, one without a
        // tab before it, and the overall grade split above and below "Overall effectiveness".
        QTest::newRow("2019 grade above and below its label")
            << QStringLiteral("stockton-on-tees_2019-07-01") << QStringLiteral("Stockton-on-Tees") << QDate(2019, 5, 20)
            << QDate(2019, 5, 24) << QStringLiteral("Matt Reed") << QStringLiteral("short")
            << QList<Expected>{{"", "impact_of_leaders", "adequate", ri},
                               {"", "children_who_need_help_and_protection", "adequate", ri},
                               {"", "children_in_care_and_care_leavers", "adequate", ri},
                               {"", "overall_effectiveness", "adequate", ri}};
        // "Inspection of Barking and Dagenham / children's services": recognised, name whole;
        // the 2023 framework's separate care leavers judgement.
        QTest::newRow("2023 title over two lines")
            << QStringLiteral("barking-and-dagenham_2023-09-04") << QStringLiteral("Barking and Dagenham")
            << QDate(2023, 7, 10) << QDate(2023, 7, 21) << QStringLiteral("Naintara Khosla")
            << QStringLiteral("standard")
            << QList<Expected>{{"", "impact_of_leaders", "adequate", ri},
                               {"", "children_who_need_help_and_protection", "adequate", ri},
                               {"", "children_in_care", "adequate", ri},
                               {"", "care_leavers", "good", "Good"},
                               {"", "overall_effectiveness", "adequate", ri}};
    }

    void ilacsHeaderAndGrades()
    {
        QFETCH(QString, file);
        QFETCH(QList<Expected>, judgements);
        const ExtractionResult r = readArchive(qPrintable(file));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Ilacs);
        QTEST(r.report.council, "council");
        QTEST(r.report.inspectionStart, "start");
        QTEST(r.report.inspectionEnd, "end");
        QTEST(r.report.leadInspector, "lead");
        QTEST(r.report.inspectionType, "type");
        QVERIFY(judgementsAre(r.report, judgements));
        // The label wrapped over two lines is read whole.
        const JudgementRecord *j = findJudgement(r.report, QString(), QStringLiteral("impact_of_leaders"));
        QCOMPARE(j->area, QStringLiteral("The impact of leaders on social work practice with children and families"));
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
