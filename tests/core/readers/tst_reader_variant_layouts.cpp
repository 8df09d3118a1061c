// Red team, layout half: variants whose difficulty is geometry (wide tables with the grade far
// right, labels wrapped over three lines, tables split over a page with the header repeated,
// page-number footers, grades on the line under their label), built as real PDFs; and
// damaged or protected files. Expectations are written from each document's meaning.
#include "PdfBuilder.h"
#include "TestData.h"
#include "VariantCheck.h"

#include <QFile>
#include <QTest>

using namespace inspectdesk;
using namespace inspectdesk::test;

namespace {
const QString kProse =
    QStringLiteral("Partnership working is good and 3 children's centres opened this year, as set out on page 4. "
                   "The council's plan for 2008 was agreed on 1 April 2007 and 2 schools left special measures.");
} // namespace

class TestReaderVariantLayouts : public QObject
{
    Q_OBJECT
private slots:
    void apaWideTableSplitOverPages()
    {
        PdfBuilder pdf;
        pdf.text(60, 50, QStringLiteral("17 December 2007"));
        pdf.text(60, 80, QStringLiteral("Dear Mr Smith"));
        pdf.setFont(11, true);
        // The council's name wrapped in the middle.
        pdf.text(60, 105, QStringLiteral("Annual performance assessment of services for children and"));
        pdf.text(60, 119, QStringLiteral("young people in Newcastle upon"));
        pdf.text(60, 133, QStringLiteral("Tyne City Council 2007"));
        pdf.setFont(10);
        // A joint area review quoted on page 1 must not make the letter a JAR.
        double y = pdf.paragraph(
            60, 155, 480,
            QStringLiteral(
                "The joint area review of services for children and young people in Newcastle upon Tyne, published in "
                "March 2007, found that services were good. This letter summarises the findings of the 2007 annual "
                "performance assessment. ") +
                kProse);
        y = pdf.paragraph(60, y + 8, 480,
                          QStringLiteral("4: outstanding / excellent; 3: good; 2: adequate; 1: inadequate"));
        auto header = [&](double hy) {
            pdf.setFont(10, true);
            pdf.text(60, hy, QStringLiteral("Assessment judgement area"));
            pdf.text(500, hy, QStringLiteral("Grade awarded"));
            pdf.setFont(10);
        };
        header(y + 20);
        pdf.text(60, y + 40, QStringLiteral("Overall effectiveness of children’s services"));
        pdf.text(545, y + 40, QStringLiteral("2"));
        pdf.text(60, y + 58, QStringLiteral("Being healthy"));
        pdf.text(545, y + 58, QStringLiteral("3"));
        pdf.text(60, y + 76, QStringLiteral("Staying safe"));
        pdf.text(545, y + 76, QStringLiteral("1"));
        pdf.text(297, 815, QStringLiteral("1")); // page number footer
        pdf.newPage();
        header(60); // the table's header repeated on the next page
        pdf.text(60, 80, QStringLiteral("Enjoying and achieving"));
        pdf.text(545, 80, QStringLiteral("4"));
        pdf.text(60, 98, QStringLiteral("Making a positive contribution"));
        pdf.text(545, 98, QStringLiteral("3"));
        pdf.text(60, 116, QStringLiteral("Achieving economic well-being"));
        pdf.text(545, 116, QStringLiteral("2"));
        // Label wrapped over three lines, grade centred on the middle one.
        pdf.text(60, 134, QStringLiteral("Capacity to improve, including the"));
        pdf.text(60, 146, QStringLiteral("management of services for children"));
        pdf.text(545, 146, QStringLiteral("3"));
        pdf.text(60, 158, QStringLiteral("and young people"));
        pdf.paragraph(60, 190, 480, kProse);
        pdf.text(297, 815, QStringLiteral("2"));
        const ExtractionResult r = extractReportPdf(pdf.finish());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::Apa);
        QCOMPARE(r.report.council, QStringLiteral("Newcastle upon Tyne City Council"));
        QCOMPARE(r.report.assessmentYear, 2007);
        QCOMPARE(r.report.published, QDate(2007, 12, 17));
        QVERIFY(judgementsAre(r.report, {{"", "overall_effectiveness", "adequate", "2"},
                                         {"", "being_healthy", "good", "3"},
                                         {"", "staying_safe", "inadequate", "1"},
                                         {"", "enjoying_and_achieving", "outstanding", "4"},
                                         {"", "making_a_positive_contribution", "good", "3"},
                                         {"", "achieving_economic_wellbeing", "adequate", "2"},
                                         {"", "capacity_to_improve", "good", "3"}}));
        QVERIFY(!hasWarning(r.report, QStringLiteral("twice")));
        const auto *healthy = findJudgement(r.report, {}, QStringLiteral("being_healthy"));
        QCOMPARE(healthy->page, 1);
        QVERIFY(healthy->box.left() > 540);
        QCOMPARE(findJudgement(r.report, {}, QStringLiteral("capacity_to_improve"))->page, 2);
    }

    void safeguardingRecordOverPageBreak()
    {
        PdfBuilder pdf;
        pdf.setFont(14, true);
        pdf.text(60, 70, QStringLiteral("Inspection of safeguarding and looked after children services"));
        pdf.text(60, 92, QStringLiteral("Rochdale"));
        pdf.setFont(10);
        pdf.text(60, 120, QStringLiteral("Inspection dates: 31 January – 11 February 2011"));
        pdf.text(60, 134, QStringLiteral("Published: 18 March 2011"));
        pdf.text(60, 160,
                 QStringLiteral("Outstanding (Grade 1)   Good (Grade 2)   Adequate (Grade 3)   Inadequate (Grade 4)"));
        pdf.setFont(11, true);
        pdf.text(60, 190, QStringLiteral("Safeguarding services"));
        pdf.text(60, 210, QStringLiteral("Overall effectiveness"));
        pdf.text(420, 210, QStringLiteral("Grade 2 (good)"));
        pdf.setFont(10);
        double y = pdf.paragraph(
            60, 230, 480, kProse + QStringLiteral(" Children and young people are safe and partnerships are good."));
        pdf.setFont(11, true);
        pdf.text(60, y + 20, QStringLiteral("Record of main findings: Rochdale"));
        pdf.text(60, y + 40, QStringLiteral("Safeguarding services"));
        pdf.setFont(10);
        const QList<QPair<QString, QString>> sg = {
            {QStringLiteral("Overall effectiveness"), QStringLiteral("Good")},
            {QStringLiteral("Capacity for improvement"), QStringLiteral("Outstanding")},
            {QStringLiteral("Partnerships"), QStringLiteral("Good")}};
        y += 60;
        for (const auto &row : sg) {
            pdf.text(60, y, row.first);
            pdf.text(520, y, row.second);
            y += 16;
        }
        pdf.text(60, 815, QStringLiteral("Rochdale Inspection of safeguarding and looked after children"));
        pdf.text(540, 815, QStringLiteral("3"));
        pdf.newPage();
        pdf.setFont(11, true);
        pdf.text(60, 60, QStringLiteral("Record of main findings: Rochdale"));
        pdf.text(60, 80, QStringLiteral("Services for looked after children"));
        pdf.setFont(10);
        pdf.text(60, 100, QStringLiteral("Overall effectiveness"));
        pdf.text(520, 100, QStringLiteral("Inadequate"));
        pdf.text(60, 116, QStringLiteral("Outcomes for looked after children and care leavers"));
        pdf.text(60, 132, QStringLiteral("Being healthy"));
        pdf.text(520, 132, QStringLiteral("Adequate"));
        pdf.text(60, 148, QStringLiteral("Making a positive contribution, including user"));
        pdf.text(60, 160, QStringLiteral("engagement"));
        pdf.text(520, 154, QStringLiteral("Good"));
        pdf.text(60, 815, QStringLiteral("Rochdale Inspection of safeguarding and looked after children"));
        pdf.text(540, 815, QStringLiteral("4"));
        const ExtractionResult r = extractReportPdf(pdf.finish());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::SafeguardingLacInspection);
        QCOMPARE(r.report.council, QStringLiteral("Rochdale"));
        QCOMPARE(r.report.assessmentYear, 2011);
        QCOMPARE(r.report.published, QDate(2011, 3, 18));
        QVERIFY(judgementsAre(r.report, {{"safeguarding", "overall_effectiveness", "good", "Good"},
                                         {"safeguarding", "capacity_to_improve", "outstanding", "Outstanding"},
                                         {"safeguarding", "partnerships", "good", "Good"},
                                         {"looked_after_children", "overall_effectiveness", "inadequate", "Inadequate"},
                                         {"looked_after_children", "being_healthy", "adequate", "Adequate"},
                                         {"looked_after_children", "making_a_positive_contribution", "good", "Good"}}));
        QVERIFY(!hasWarning(r.report, QStringLiteral("twice")));
    }

    void csAssessmentLegendTableAndNextLine()
    {
        PdfBuilder pdf;
        pdf.text(60, 60, QStringLiteral("Published: 3 December 2010"));
        pdf.text(60, 90, QStringLiteral("Annual children’s services assessment"));
        const QStringList legend = {QStringLiteral("Performs excellently (4)"), QStringLiteral("Performs well (3)"),
                                    QStringLiteral("Performs adequately (2)"), QStringLiteral("Performs poorly (1)")};
        double y = 120;
        for (const QString &l : legend) {
            pdf.text(60, y, l);
            pdf.text(250, y, QStringLiteral("An organisation that meets the description of this grade"));
            y += 14;
        }
        pdf.text(60, y + 20, QStringLiteral("Hull City Council children’s services assessment 2010"));
        pdf.text(60, y + 50, QStringLiteral("Children’s services assessment"));
        pdf.text(60, y + 64, QStringLiteral("Performs well (3)"));
        pdf.paragraph(60, y + 90, 480, kProse);
        const ExtractionResult r = extractReportPdf(pdf.finish());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::ChildrenServicesAssessment);
        QCOMPARE(r.report.council, QStringLiteral("Hull City Council"));
        QCOMPARE(r.report.assessmentYear, 2010);
        QCOMPARE(r.report.published, QDate(2010, 12, 3));
        QVERIFY(judgementsAre(r.report, {{"", "overall_effectiveness", "good", "Performs well (3)"}}));
        QVERIFY(!hasWarning(r.report, QStringLiteral("twice")));
    }

    void encryptedWithUserPassword()
    {
        const ExtractionResult r = extractReportFile(dataPath(QStringLiteral("bad/encrypted_user_password.pdf")));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("encrypted")) && r.error.contains(QStringLiteral("password")),
                 qPrintable(r.error));
        QVERIFY(r.report.judgements.isEmpty());
    }

    void encryptedOwnerPasswordOnlyStillReads()
    {
        // Only an owner (permissions) password: anyone may open it, so it is read normally.
        const ExtractionResult r = extractReportFile(dataPath(QStringLiteral("bad/encrypted_owner_password_only.pdf")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.report.kind, ReportKind::ChildrenServicesAssessment);
        QVERIFY(judgementsAre(r.report, {{"", "overall_effectiveness", "good", "Performs well (3)"}}));
    }

    void zeroPagesAndGarbage()
    {
        const ExtractionResult none = extractReportFile(dataPath(QStringLiteral("bad/zero_pages.pdf")));
        QVERIFY(!none.ok);
        QVERIFY2(none.error.contains(QStringLiteral("no pages")) || none.error.contains(QStringLiteral("damaged")),
                 qPrintable(none.error));
        const ExtractionResult garbage = extractReportFile(dataPath(QStringLiteral("bad/garbage_after_header.pdf")));
        QVERIFY(!garbage.ok);
        QVERIFY(!garbage.error.isEmpty());
    }
};

QTEST_MAIN(TestReaderVariantLayouts)
#include "tst_reader_variant_layouts.moc"
