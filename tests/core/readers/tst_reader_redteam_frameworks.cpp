// Red team, third round: later frameworks' lower-case heading grades, "Grade 2 - good" forms
// in safeguarding/LAC inspections and joint area reviews, a table and heading that disagree,
// councils whose names hold "&", "upon", "St" or several words, and area labels hyphenated at
// a line end. Every expectation was written from the fixture's text, not the extractor's output.
#include "TestData.h"
#include "VariantCheck.h"

#include <QTest>

using namespace inspectdesk;
using namespace inspectdesk::test;

namespace {
ExtractionResult readVariant(const char *name)
{
    return extractReportFile(dataPath(QStringLiteral("variants/%1.txt").arg(QLatin1String(name))));
}
} // namespace

class TestReaderRedTeamFrameworks : public QObject
{
    Q_OBJECT
private slots:
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
        QVERIFY(judgementsAre(r.report, {{"", "impact_of_leaders", "good", "Good"},
                                         {"", "children_who_need_help_and_protection", "good", "Good"},
                                         {"", "children_in_care", "adequate", "Requires improvement to be good"},
                                         {"", "overall_effectiveness", "good", "Good"}}));
        QVERIFY(hasWarning(r.report, QStringLiteral("children_in_care is printed twice with different grades")));
        QVERIFY(findJudgement(r.report, QString(), QStringLiteral("children_in_care"))->confidence <= 0.4);
        QVERIFY(!hasWarning(r.report, QStringLiteral("impact_of_leaders is printed twice")));
    }
};

QTEST_GUILESS_MAIN(TestReaderRedTeamFrameworks)
#include "tst_reader_redteam_frameworks.moc"
