// Generality: reports from other councils, with other grades, laid out differently from the
// corpus (real tables, labels wrapped, grade on the next line, columns moved, two-column
// pages, re-wrapped text) must still read right. PDFs are built here and read back by poppler.
#include "PdfBuilder.h"
#include "TestData.h"
#include "readers/ReportExtractor.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace inspectdesk;
using inspectdesk::test::PdfBuilder;

namespace {

const JudgementRecord *find(const ExtractedReport &r, const QString &section, const QString &key)
{
    for (const auto &j : r.judgements)
        if (j.section == section && j.key == key)
            return &j;
    return nullptr;
}

QString judgementOf(const ExtractedReport &r, const QString &section, const QString &key)
{
    const auto *j = find(r, section, key);
    return j ? judgementId(j->judgement) : QStringLiteral("<missing>");
}

// Set TST_SAVE_PDF=dir to keep the generated PDFs for inspection.
QByteArray kept(const QByteArray &pdf, const char *name)
{
    const QString dir = qEnvironmentVariable("TST_SAVE_PDF");
    if (!dir.isEmpty()) {
        QFile f(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".pdf"));
        if (f.open(QIODevice::WriteOnly))
            f.write(pdf);
    }
    return pdf;
}

bool hasWarning(const ExtractedReport &r, const QString &needle)
{
    for (const auto &w : r.warnings)
        if (w.message.contains(needle))
            return true;
    return false;
}

const QString kProse = QStringLiteral(
    "Partners work well together and the council has a clear view of its strengths and of the areas it "
    "must develop further. Services are well targeted and most outcomes are in line with similar areas.");

} // namespace

class TestReaderLayouts : public QObject
{
    Q_OBJECT
private slots:
    void apaRealTableOtherCouncil()
    {
        PdfBuilder pdf;
        pdf.text(60, 60, QStringLiteral("5 December 2006"));
        pdf.text(60, 90, QStringLiteral("Kent County Council"));
        pdf.text(60, 104, QStringLiteral("Sessions House, Maidstone"));
        double y = pdf.paragraph(
            60, 140, 470,
            QStringLiteral(
                "Annual performance assessment of services for children and young people in Kent County Council 2006"));
        y = pdf.paragraph(
            60, y + 10, 470,
            QStringLiteral(
                "Performance is judged on a four point scale: 4: outstanding; 3: good; 2: adequate; 1: inadequate."));
        // A real table: label column at x=70, grade column far right at x=470.
        pdf.text(70, y + 20, QStringLiteral("Assessment judgement area"));
        pdf.text(470, y + 20, QStringLiteral("APA grade"));
        const QList<QPair<QString, QString>> rows = {
            {QStringLiteral("Overall effectiveness of children’s services"), QStringLiteral("2")},
            {QStringLiteral("Being healthy"), QStringLiteral("4")},
            {QStringLiteral("Staying safe"), QStringLiteral("1")},
            {QStringLiteral("Enjoying and achieving"), QStringLiteral("3")},
            {QStringLiteral("Making a positive contribution"), QStringLiteral("2")},
            {QStringLiteral("Achieving economic well-being"), QStringLiteral("3")}};
        double ry = y + 40;
        for (const auto &r : rows) {
            pdf.text(70, ry, r.first);
            pdf.text(480, ry, r.second);
            ry += 18;
        }
        // A label wrapped over two lines, its grade beside the first.
        pdf.text(70, ry, QStringLiteral("Capacity to improve, including the management of"));
        pdf.text(480, ry, QStringLiteral("2"));
        pdf.text(70, ry + 12, QStringLiteral("services for children and young people"));
        pdf.newPage();
        // Headings with "Grade n" on the next line.
        y = 60;
        for (const auto &r : rows) {
            pdf.setFont(11, true);
            pdf.text(60, y, r.first);
            pdf.text(60, y + 14, QStringLiteral("Grade ") + r.second);
            pdf.setFont(10);
            y = pdf.paragraph(60, y + 34, 470, kProse) + 14;
        }
        const ExtractionResult res = extractReportPdf(kept(pdf.finish(), "apa"));
        QVERIFY2(res.ok, qPrintable(res.error));
        const ExtractedReport &rep = res.report;
        QCOMPARE(rep.kind, ReportKind::Apa);
        QCOMPARE(rep.council, QStringLiteral("Kent County Council"));
        QCOMPARE(rep.assessmentYear, 2006);
        QCOMPARE(rep.published, QDate(2006, 12, 5));
        QCOMPARE(judgementOf(rep, {}, QStringLiteral("overall_effectiveness")), QStringLiteral("adequate"));
        QCOMPARE(judgementOf(rep, {}, QStringLiteral("being_healthy")), QStringLiteral("outstanding"));
        QCOMPARE(judgementOf(rep, {}, QStringLiteral("staying_safe")), QStringLiteral("inadequate"));
        QCOMPARE(judgementOf(rep, {}, QStringLiteral("enjoying_and_achieving")), QStringLiteral("good"));
        QCOMPARE(judgementOf(rep, {}, QStringLiteral("making_a_positive_contribution")), QStringLiteral("adequate"));
        QCOMPARE(judgementOf(rep, {}, QStringLiteral("achieving_economic_wellbeing")), QStringLiteral("good"));
        QCOMPARE(judgementOf(rep, {}, QStringLiteral("capacity_to_improve")), QStringLiteral("adequate"));
        QCOMPARE(rep.judgements.size(), 7);
        const auto *healthy = find(rep, {}, QStringLiteral("being_healthy"));
        QCOMPARE(healthy->page, 1);
        QVERIFY(healthy->box.left() > 470 && healthy->box.top() > 0); // the table's grade cell, in points
        QVERIFY(!hasWarning(rep, QStringLiteral("twice")));
    }

    void safeguardingTwoColumnsAndRealRecordTable()
    {
        PdfBuilder pdf;
        pdf.setFont(16, true);
        pdf.text(60, 60, QStringLiteral("Inspection of safeguarding and"));
        pdf.text(60, 80, QStringLiteral("looked after children services"));
        pdf.text(60, 104, QStringLiteral("Leeds"));
        pdf.setFont(10);
        pdf.text(60, 140, QStringLiteral("Inspection dates: 1 to 12 March 2011"));
        pdf.text(60, 156, QStringLiteral("Published: 15 April 2011"));
        pdf.text(60, 190,
                 QStringLiteral("Outstanding (Grade 1) A service that significantly exceeds minimum requirements"));
        pdf.text(60, 204, QStringLiteral("Inadequate (Grade 4) A service that does not meet minimum requirements"));
        pdf.newPage();
        // Two text columns; headings with their grade on the next line in the left column.
        pdf.setFont(12, true);
        pdf.text(50, 60, QStringLiteral("The inspection outcomes: safeguarding services"));
        pdf.setFont(10);
        double yl = 90, yr = 90;
        pdf.setFont(10, true);
        pdf.text(50, yl, QStringLiteral("Overall effectiveness"));
        pdf.text(50, yl + 13, QStringLiteral("Grade 1 (outstanding)"));
        pdf.setFont(10);
        yl = pdf.paragraph(50, yl + 30, 230, kProse + QLatin1Char(' ') + kProse);
        pdf.setFont(10, true);
        pdf.text(50, yl + 10, QStringLiteral("Capacity for improvement"));
        pdf.text(50, yl + 23, QStringLiteral("Grade 3 (adequate)"));
        pdf.setFont(10);
        yl = pdf.paragraph(50, yl + 40, 230, kProse);
        yr = pdf.paragraph(315, yr, 230, kProse + QLatin1Char(' ') + kProse + QLatin1Char(' ') + kProse);
        pdf.setFont(10, true);
        pdf.text(315, yr + 10, QStringLiteral("Leadership and management"));
        pdf.text(315, yr + 23, QStringLiteral("Grade 4 (inadequate)"));
        pdf.setFont(10);
        pdf.paragraph(315, yr + 40, 230, kProse);
        pdf.newPage();
        // Record of main findings as a real table: words in a column at x=430, wrapped labels.
        pdf.setFont(12, true);
        pdf.text(60, 60, QStringLiteral("Record of main findings: Leeds"));
        pdf.text(60, 84, QStringLiteral("Safeguarding services"));
        pdf.setFont(10);
        double y = 110;
        auto row = [&](const QStringList &label, const QString &grade) {
            for (int i = 0; i < label.size(); ++i)
                pdf.text(60, y + 12 * i, label[i]);
            pdf.text(430, y, grade);
            y += 12 * label.size() + 8;
        };
        row({QStringLiteral("Overall effectiveness")}, QStringLiteral("Outstanding"));
        row({QStringLiteral("Capacity for improvement")}, QStringLiteral("Good")); // disagrees with Grade 3
        row({QStringLiteral("Children and young people are safe: effectiveness of services"),
             QStringLiteral("in taking reasonable steps to ensure that children and young"),
             QStringLiteral("people are safe")},
            QStringLiteral("Adequate"));
        row({QStringLiteral("Service responsiveness including complaints")}, QStringLiteral("Inadequate"));
        row({QStringLiteral("Leadership and management")}, QStringLiteral("Inadequate"));
        pdf.setFont(12, true);
        pdf.text(60, y + 10, QStringLiteral("Services for looked after children"));
        pdf.setFont(10);
        y += 36;
        row({QStringLiteral("Overall effectiveness")}, QStringLiteral("Good"));
        row({QStringLiteral("Economic well-being")}, QStringLiteral("Outstanding"));

        const ExtractionResult res = extractReportPdf(kept(pdf.finish(), "sg"));
        QVERIFY2(res.ok, qPrintable(res.error));
        const ExtractedReport &rep = res.report;
        const QString sg = QStringLiteral("safeguarding"), lac = QStringLiteral("looked_after_children");
        QCOMPARE(rep.kind, ReportKind::SafeguardingLacInspection);
        QCOMPARE(rep.council, QStringLiteral("Leeds"));
        QCOMPARE(rep.assessmentYear, 2011);
        QCOMPARE(rep.published, QDate(2011, 4, 15));
        // Reversed scale: Grade 1 is outstanding, Grade 4 inadequate.
        QCOMPARE(judgementOf(rep, sg, QStringLiteral("overall_effectiveness")), QStringLiteral("outstanding"));
        QCOMPARE(judgementOf(rep, sg, QStringLiteral("leadership_and_management")), QStringLiteral("inadequate"));
        QCOMPARE(judgementOf(rep, sg, QStringLiteral("children_are_safe")), QStringLiteral("adequate"));
        QCOMPARE(judgementOf(rep, sg, QStringLiteral("service_responsiveness")), QStringLiteral("inadequate"));
        QCOMPARE(judgementOf(rep, lac, QStringLiteral("overall_effectiveness")), QStringLiteral("good"));
        QCOMPARE(judgementOf(rep, lac, QStringLiteral("achieving_economic_wellbeing")), QStringLiteral("outstanding"));
        // Heading says Grade 3 (adequate), record says Good: flagged, not silently chosen.
        QVERIFY(hasWarning(rep, QStringLiteral("capacity_to_improve is printed twice")));
        QVERIFY(find(rep, sg, QStringLiteral("capacity_to_improve"))->confidence <= 0.5);
        QVERIFY(hasWarning(rep, QStringLiteral("usual areas not found")));
        QVERIFY(!hasWarning(rep, QStringLiteral("overall_effectiveness is printed twice")));
    }

    void jarMovedColumnsAndNumberedRows()
    {
        PdfBuilder pdf;
        pdf.text(60, 60, QStringLiteral("Main findings"));
        double y = pdf.paragraph(
            60, 80, 470, QStringLiteral("The main findings of this joint area review are as follows. ") + kProse);
        pdf.text(60, y + 10, QStringLiteral("Grades"));
        pdf.text(60, y + 26, QStringLiteral("4: outstanding; 3: good; 2: adequate; 1: inadequate"));
        pdf.text(300, y + 44, QStringLiteral("Local services overall"));
        const QList<QPair<QString, QString>> rows = {
            {QStringLiteral("Safeguarding"), QStringLiteral("2")},
            {QStringLiteral("Looked after children"), QStringLiteral("1")},
            {QStringLiteral("Learning difficulties and/or disabilities"), QStringLiteral("3")},
            {QStringLiteral("Service management"), QStringLiteral("2")},
            {QStringLiteral("Capacity to improve"), QStringLiteral("3")}};
        double ry = y + 62;
        for (const auto &r : rows) {
            pdf.text(60, ry, r.first);
            pdf.text(330, ry, r.second); // grade column moved left
            ry += 16;
        }
        pdf.paragraph(60, ry + 20, 470, kProse);
        pdf.newPage();
        pdf.text(60, 60, QStringLiteral("Annex B"));
        pdf.text(60, 76, QStringLiteral("SUMMARY OF THE ENHANCED YOUTH INSPECTION REPORT"));
        pdf.text(60, 100, QStringLiteral("Key aspect inspection grades"));
        pdf.text(100, 116, QStringLiteral("Key Aspect"));
        pdf.text(440, 116, QStringLiteral("Grade"));
        const QList<QStringList> youth = {{"1", "Standards of young people’s achievement", "2"},
                                          {"", "Quality of youth work practice", "2"},
                                          {"2", "Quality of curriculum and resources", "4"},
                                          {"3", "Leadership and management", "1"}};
        ry = 134;
        for (const auto &r : youth) {
            pdf.text(64, ry, r[0]);
            pdf.text(100, ry, r[1]);
            pdf.text(445, ry, r[2]);
            ry += 16;
        }
        const ExtractionResult res = extractReportPdf(kept(pdf.finish(), "jar"));
        QVERIFY2(res.ok, qPrintable(res.error));
        const ExtractedReport &rep = res.report;
        QCOMPARE(rep.kind, ReportKind::Jar);
        QCOMPARE(judgementOf(rep, {}, QStringLiteral("safeguarding")), QStringLiteral("adequate"));
        QCOMPARE(judgementOf(rep, {}, QStringLiteral("looked_after_children")), QStringLiteral("inadequate"));
        QCOMPARE(judgementOf(rep, {}, QStringLiteral("learning_difficulties_and_disabilities")),
                 QStringLiteral("good"));
        QCOMPARE(judgementOf(rep, {}, QStringLiteral("capacity_to_improve")), QStringLiteral("good"));
        const QString y2 = QStringLiteral("youth_service");
        QCOMPARE(judgementOf(rep, y2, QStringLiteral("standards_of_achievement")), QStringLiteral("adequate"));
        QCOMPARE(judgementOf(rep, y2, QStringLiteral("quality_of_practice")), QStringLiteral("adequate"));
        QCOMPARE(judgementOf(rep, y2, QStringLiteral("quality_of_curriculum_and_resources")),
                 QStringLiteral("outstanding"));
        QCOMPARE(judgementOf(rep, y2, QStringLiteral("leadership_and_management")), QStringLiteral("inadequate"));
        QCOMPARE(rep.judgements.size(), 9);
        QCOMPARE(rep.assessmentYear, 0);
        QVERIFY(!rep.published.isValid());
        QVERIFY(hasWarning(rep, QStringLiteral("year")));
        QVERIFY(hasWarning(rep, QStringLiteral("publication date")));
    }

    void csAssessmentOtherCouncil()
    {
        PdfBuilder pdf;
        pdf.text(60, 60, QStringLiteral("9 December 2010"));
        pdf.text(60, 90, QStringLiteral("Dear Mr Jones"));
        pdf.text(60, 110, QStringLiteral("Annual children’s services assessment"));
        pdf.text(60, 130, QStringLiteral("4"));
        pdf.text(80, 130, QStringLiteral("Performs excellently"));
        pdf.text(220, 130, QStringLiteral("An organisation that significantly exceeds minimum requirements"));
        pdf.text(60, 170, QStringLiteral("Leeds City Council children’s services assessment 2010"));
        pdf.text(60, 200, QStringLiteral("Children’s services assessment"));
        pdf.text(360, 200, QStringLiteral("Performs adequately (2)"));
        pdf.paragraph(60, 230, 470, kProse);
        const ExtractionResult res = extractReportPdf(kept(pdf.finish(), "cs"));
        QVERIFY2(res.ok, qPrintable(res.error));
        QCOMPARE(res.report.kind, ReportKind::ChildrenServicesAssessment);
        QCOMPARE(res.report.council, QStringLiteral("Leeds City Council"));
        QCOMPARE(res.report.assessmentYear, 2010);
        QCOMPARE(res.report.published, QDate(2010, 12, 9));
        QCOMPARE(res.report.judgements.size(), 1);
        QCOMPARE(res.report.judgements[0].judgement, Judgement::Adequate);
        QCOMPARE(res.report.judgements[0].scale, Scale::PerformsScale);
    }

    void ilacsWordScale()
    {
        PdfBuilder pdf;
        pdf.setFont(14, true);
        pdf.text(60, 70, QStringLiteral("Bristol City Council"));
        pdf.text(60, 92, QStringLiteral("Inspection of children’s social care services"));
        pdf.setFont(10);
        pdf.text(60, 120, QStringLiteral("Inspection dates: 5 November to 16 November 2018"));
        pdf.text(60, 134, QStringLiteral("Report published: 10 January 2019"));
        pdf.setFont(10, true);
        pdf.text(60, 170, QStringLiteral("Judgement"));
        pdf.text(420, 170, QStringLiteral("Grade"));
        pdf.setFont(10);
        pdf.text(60, 190, QStringLiteral("The impact of leaders on social work practice with"));
        pdf.text(60, 202, QStringLiteral("children and families"));
        pdf.text(420, 196, QStringLiteral("Good"));
        pdf.text(60, 222, QStringLiteral("The experiences and progress of children who need help"));
        pdf.text(60, 234, QStringLiteral("and protection"));
        pdf.text(420, 222, QStringLiteral("Requires improvement"));
        pdf.text(420, 234, QStringLiteral("to be good"));
        pdf.text(60, 254, QStringLiteral("The experiences and progress of children in care and care leavers"));
        pdf.text(420, 254, QStringLiteral("Outstanding"));
        pdf.text(60, 274, QStringLiteral("Overall effectiveness"));
        pdf.text(420, 274, QStringLiteral("Good"));
        const ExtractionResult res = extractReportPdf(kept(pdf.finish(), "ilacs"));
        QVERIFY2(res.ok, qPrintable(res.error));
        const ExtractedReport &rep = res.report;
        QCOMPARE(rep.kind, ReportKind::Ilacs);
        QCOMPARE(rep.council, QStringLiteral("Bristol City Council"));
        QCOMPARE(rep.assessmentYear, 2018);
        QCOMPARE(rep.published, QDate(2019, 1, 10));
        QCOMPARE(judgementOf(rep, {}, QStringLiteral("impact_of_leaders")), QStringLiteral("good"));
        QCOMPARE(judgementOf(rep, {}, QStringLiteral("children_who_need_help_and_protection")),
                 QStringLiteral("adequate"));
        QCOMPARE(judgementOf(rep, {}, QStringLiteral("children_in_care_and_care_leavers")),
                 QStringLiteral("outstanding"));
        QCOMPARE(judgementOf(rep, {}, QStringLiteral("overall_effectiveness")), QStringLiteral("good"));
        QCOMPARE(rep.judgements.size(), 4);
        QVERIFY(find(rep, {}, QStringLiteral("children_who_need_help_and_protection"))
                    ->printed.startsWith(QStringLiteral("Requires improvement")));
    }

    void sifNumberedRowsAndWords()
    {
        PdfBuilder pdf;
        pdf.setFont(13, true);
        pdf.text(60, 60, QStringLiteral("Middlesbrough Borough Council"));
        pdf.text(60, 80, QStringLiteral("Inspection of services for children in need of help and protection,"));
        pdf.text(60, 96, QStringLiteral("children looked after and care leavers"));
        pdf.setFont(10);
        pdf.text(60, 126, QStringLiteral("Inspection date: 8 June 2015 to 2 July 2015"));
        pdf.text(60, 140, QStringLiteral("Report published: 12 August 2015"));
        const QList<QStringList> rows = {{"", "Overall judgement", "Requires improvement"},
                                         {"1.", "Children who need help and protection", "Inadequate"},
                                         {"2.", "Children looked after and achieving permanence", "Good"},
                                         {"2.1", "Adoption performance", "Outstanding"},
                                         {"2.2", "Experiences and progress of care leavers", "Good"},
                                         {"3.", "Leadership, management and governance", "Requires improvement"}};
        double y = 180;
        for (const auto &r : rows) {
            pdf.text(60, y, r[0]);
            pdf.text(90, y, r[1]);
            pdf.text(400, y, r[2]);
            y += 18;
        }
        const ExtractionResult res = extractReportPdf(kept(pdf.finish(), "sif"));
        QVERIFY2(res.ok, qPrintable(res.error));
        const ExtractedReport &rep = res.report;
        QCOMPARE(rep.kind, ReportKind::Sif);
        QCOMPARE(rep.council, QStringLiteral("Middlesbrough Borough Council"));
        QCOMPARE(rep.assessmentYear, 2015);
        QCOMPARE(rep.published, QDate(2015, 8, 12));
        QCOMPARE(judgementOf(rep, {}, QStringLiteral("overall_effectiveness")), QStringLiteral("adequate"));
        QCOMPARE(judgementOf(rep, {}, QStringLiteral("children_who_need_help_and_protection")),
                 QStringLiteral("inadequate"));
        QCOMPARE(judgementOf(rep, {}, QStringLiteral("children_looked_after_and_achieving_permanence")),
                 QStringLiteral("good"));
        QCOMPARE(judgementOf(rep, {}, QStringLiteral("adoption_performance")), QStringLiteral("outstanding"));
        QCOMPARE(judgementOf(rep, {}, QStringLiteral("care_leavers")), QStringLiteral("good"));
        QCOMPARE(judgementOf(rep, {}, QStringLiteral("leadership_management_and_governance")),
                 QStringLiteral("adequate"));
        QCOMPARE(rep.judgements.size(), 6);
    }

    void rewrappedTextOtherCouncilOtherGrade()
    {
        // The corpus APA letter with every paragraph re-wrapped to 45 columns, another council
        // and another grade for economic well-being.
        QFile f(test::corpusText(QStringLiteral("stockton-on-tees_apa_2008")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        text.replace(QStringLiteral("Stockton-on-Tees"), QStringLiteral("Newcastle upon Tyne"));
        static const QRegularExpression economic(QStringLiteral("Achieving economic well-being\\s+(?:Grade )?4"));
        for (auto m = economic.match(text); m.hasMatch(); m = economic.match(text, m.capturedEnd()))
            text[m.capturedEnd() - 1] = QLatin1Char('2');
        QStringList out;
        for (const QString &para : text.split(QRegularExpression(QStringLiteral("\\n\\s*\\n")))) {
            QString line;
            for (const QString &w : para.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (!line.isEmpty() && line.size() + w.size() > 45) {
                    out << line;
                    line.clear();
                }
                line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + w;
            }
            out << line << QString();
        }
        const ExtractionResult res = extractReportText(out.join(QLatin1Char('\n')));
        QVERIFY2(res.ok, qPrintable(res.error));
        QCOMPARE(res.report.council, QStringLiteral("Newcastle upon Tyne Borough Council"));
        QCOMPARE(res.report.assessmentYear, 2008);
        QCOMPARE(judgementOf(res.report, {}, QStringLiteral("achieving_economic_wellbeing")),
                 QStringLiteral("adequate"));
        QCOMPARE(judgementOf(res.report, {}, QStringLiteral("capacity_to_improve")), QStringLiteral("good"));
        QCOMPARE(res.report.judgements.size(), 7);
        QVERIFY(!hasWarning(res.report, QStringLiteral("twice")));
    }

    void badInput()
    {
        QCOMPARE(extractReportPdf("hello, not a pdf").error,
                 QStringLiteral("not a PDF file (no %PDF- header in its first 1024 bytes)"));
        const ExtractionResult corrupt = extractReportPdf("%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage\n%%EOF");
        QVERIFY(!corrupt.ok);
        QVERIFY(!corrupt.error.isEmpty());

        QFile f(test::corpusPdf(QStringLiteral("stockton-on-tees_apa_2008")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();
        const ExtractionResult truncated = extractReportPdf(whole.left(whole.size() / 3)); // must not crash
        QVERIFY(truncated.ok || !truncated.error.isEmpty());

        PdfBuilder scanned; // a page with no text at all: a scan without a text layer
        QCOMPARE(extractReportPdf(scanned.finish()).error, QStringLiteral("no text layer on any page"));

        PdfBuilder other;
        other.paragraph(
            60, 60, 470,
            QStringLiteral("Minutes of the parish council meeting. The good weather held. Grade 3 piano exams."));
        QCOMPARE(extractReportPdf(other.finish()).error,
                 QStringLiteral("not recognised as an Ofsted children's services report"));
        QCOMPARE(extractReportText(QString()).error, QStringLiteral("no text layer on any page"));
        QVERIFY(!extractReportFile(QStringLiteral("/nonexistent/file.pdf")).ok);
    }
};

QTEST_MAIN(TestReaderLayouts)
#include "tst_reader_layouts.moc"
