// Layout red team: the same grades in page geometries the corpus never shows (two text columns
// above a full-width table, a table in one column only, dotted leaders, labels wrapped with the
// grade centred or at the foot, words poppler returns in pieces, superscript footnote markers,
// mixed font sizes, a landscape page with a rotated side caption, a running footer overlapping
// a row, a shaded grade cell drawn before its label). Expectations come from what each page says.
#include "PdfBuilder.h"
#include "VariantCheck.h"
#include "pdf/PdfText.h"

#include <QTest>

using namespace inspectdesk;
using namespace inspectdesk::test;

namespace {

const QString kProse = QStringLiteral(
    "Partners work well together and the council has a clear view of its strengths and of the areas it "
    "must develop further. Services are well targeted and most outcomes are in line with similar areas.");

// Page one of an annual performance assessment letter (4 outstanding ... 1 inadequate).
double apaLetter(PdfBuilder &pdf, double width = 470)
{
    pdf.setFont(10);
    pdf.text(60, 60, QStringLiteral("5 December 2006"));
    pdf.text(60, 90, QStringLiteral("Kent County Council"));
    double y = pdf.paragraph(
        60, 120, width,
        QStringLiteral(
            "Annual performance assessment of services for children and young people in Kent County Council 2006"));
    return pdf.paragraph(
        60, y + 10, width,
        QStringLiteral(
            "Performance is judged on a four point scale: 4: outstanding; 3: good; 2: adequate; 1: inadequate."));
}

const QList<QPair<QString, QString>> kApaRows = {
    {QStringLiteral("Overall effectiveness of children’s services"), QStringLiteral("2")},
    {QStringLiteral("Being healthy"), QStringLiteral("4")},
    {QStringLiteral("Staying safe"), QStringLiteral("1")},
    {QStringLiteral("Enjoying and achieving"), QStringLiteral("3")},
    {QStringLiteral("Making a positive contribution"), QStringLiteral("2")},
    {QStringLiteral("Achieving economic well-being"), QStringLiteral("3")},
    {QStringLiteral("Capacity to improve"), QStringLiteral("2")}};

const QList<Expected> kApaExpected = {{"", "overall_effectiveness", "adequate", "2"},
                                      {"", "being_healthy", "outstanding", "4"},
                                      {"", "staying_safe", "inadequate", "1"},
                                      {"", "enjoying_and_achieving", "good", "3"},
                                      {"", "making_a_positive_contribution", "adequate", "2"},
                                      {"", "achieving_economic_wellbeing", "good", "3"},
                                      {"", "capacity_to_improve", "adequate", "2"}};

// Every line of the document, for a failure message.
QString dump(const QByteArray &pdf)
{
    QString out;
    for (const auto &page : loadPdfText(pdf).text.pages)
        for (const auto &line : page.lines)
            out += line.text() + QLatin1Char('\n');
    return out;
}

bool readsAs(const QByteArray &bytes, const QList<Expected> &expected, ReportKind kind = ReportKind::Apa)
{
    const ExtractionResult r = extractReportPdf(bytes);
    const bool ok = r.ok && r.report.kind == kind && judgementsAre(r.report, expected) &&
                    !hasWarning(r.report, QStringLiteral("twice"));
    if (!ok)
        qWarning("%s\n--- lines:\n%s", qPrintable(r.error), qPrintable(dump(bytes)));
    return ok;
}

} // namespace

class TestReaderGeometry : public QObject
{
    Q_OBJECT
private slots:
    void twoColumnProseThenFullWidthTable()
    {
        PdfBuilder pdf;
        apaLetter(pdf);
        pdf.newPage();
        pdf.setFont(12, true);
        pdf.text(50, 50, QStringLiteral("Summary of the assessment"));
        pdf.setFont(10);
        const double yl = pdf.paragraph(50, 80, 230, kProse + QLatin1Char(' ') + kProse);
        const double yr = pdf.paragraph(315, 80, 230, kProse + QLatin1Char(' ') + kProse);
        double y = std::max(yl, yr) + 20;
        pdf.setFont(10, true);
        pdf.text(50, y, QStringLiteral("Assessment judgement area"));
        pdf.text(470, y, QStringLiteral("Grade awarded"));
        pdf.setFont(10);
        for (const auto &r : kApaRows) {
            y += 18;
            pdf.text(50, y, r.first);
            pdf.text(500, y, r.second);
        }
        QVERIFY(readsAs(pdf.finish(), kApaExpected));
    }

    void tableInRightColumnOnly()
    {
        PdfBuilder pdf;
        apaLetter(pdf);
        pdf.newPage();
        pdf.setFont(10);
        // Left column: flowed prose, its baselines level with the table's rows.
        pdf.paragraph(50, 80, 230, kProse + QLatin1Char(' ') + kProse + QLatin1Char(' ') + kProse, 13);
        pdf.setFont(10, true);
        pdf.text(315, 80, QStringLiteral("Grades awarded"));
        pdf.setFont(10);
        double y = 80;
        for (const auto &r : kApaRows) {
            y += 13;
            pdf.text(315, y, r.first);
            pdf.text(550, y, r.second);
        }
        const QByteArray bytes = pdf.finish();
        QVERIFY(readsAs(bytes, kApaExpected));
        // The table is read as the right column's own lines, not interleaved with the prose
        // beside it: each row is just its label and grade.
        int rows = 0;
        const PdfTextResult text = loadPdfText(bytes);
        for (const auto &line : text.text.pages[1].lines) {
            if (line.box.left() < 314 &&
                (line.text().contains(QLatin1String("healthy")) || line.text().contains(QLatin1String("Capacity"))))
                QFAIL(qPrintable(line.text()));
            rows += line.cellStarts.size() == 2 && line.box.left() >= 314;
        }
        QCOMPARE(rows, 7);
    }

    void tableInLeftColumnOnly()
    {
        PdfBuilder pdf;
        apaLetter(pdf);
        pdf.newPage();
        pdf.setFont(10);
        pdf.paragraph(315, 80, 230, kProse + QLatin1Char(' ') + kProse + QLatin1Char(' ') + kProse, 13);
        pdf.setFont(10, true);
        pdf.text(50, 80, QStringLiteral("Grades awarded"));
        pdf.setFont(10);
        double y = 80;
        for (const auto &r : kApaRows) {
            y += 13;
            pdf.text(50, y, r.first);
            pdf.text(285, y, r.second);
        }
        QVERIFY(readsAs(pdf.finish(), kApaExpected));
    }

    void letterSpacedTableHeading()
    {
        // The heading that opens the grade table set with wide tracking, as display headings
        // often are: poppler returns one word per letter.
        PdfBuilder pdf;
        double y = apaLetter(pdf) + 24;
        pdf.setFont(11, true);
        pdf.letterSpaced(60, y, QStringLiteral("GRADES AWARDED"), 7); // the space a wider gap
        pdf.setFont(10);
        for (const auto &r : kApaRows) {
            y += 18;
            pdf.text(60, y, r.first);
            pdf.text(480, y, r.second);
        }
        QVERIFY(readsAs(pdf.finish(), kApaExpected));
    }

    void twoTablesSideBySide()
    {
        // A record of main findings set as two tables side by side, one per section: each
        // column is read whole, so every grade stays in its own section.
        PdfBuilder pdf;
        pdf.setFont(14, true);
        pdf.text(50, 70, QStringLiteral("Inspection of safeguarding and looked after children services"));
        pdf.text(50, 92, QStringLiteral("Rochdale"));
        pdf.setFont(10);
        pdf.text(50, 120, QStringLiteral("Inspection dates: 31 January – 11 February 2011"));
        pdf.text(50, 134, QStringLiteral("Published: 18 March 2011"));
        pdf.text(50, 160,
                 QStringLiteral("Outstanding (Grade 1)   Good (Grade 2)   Adequate (Grade 3)   Inadequate (Grade 4)"));
        pdf.paragraph(50, 190, 490, kProse + QLatin1Char(' ') + kProse);
        pdf.newPage();
        pdf.setFont(12, true);
        pdf.text(50, 60, QStringLiteral("Record of main findings: Rochdale"));
        pdf.setFont(11, true);
        pdf.text(50, 90, QStringLiteral("Safeguarding services"));
        pdf.text(315, 90, QStringLiteral("Services for looked after children"));
        pdf.setFont(10);
        const QList<QPair<QString, QString>> left = {
            {QStringLiteral("Overall effectiveness"), QStringLiteral("Good")},
            {QStringLiteral("Capacity for improvement"), QStringLiteral("Good")},
            {QStringLiteral("Partnerships"), QStringLiteral("Outstanding")},
            {QStringLiteral("Leadership and management"), QStringLiteral("Good")},
            {QStringLiteral("Service responsiveness"), QStringLiteral("Adequate")},
            {QStringLiteral("Equality and diversity"), QStringLiteral("Good")}};
        const QList<QPair<QString, QString>> right = {
            {QStringLiteral("Overall effectiveness"), QStringLiteral("Adequate")},
            {QStringLiteral("Capacity for improvement"), QStringLiteral("Inadequate")},
            {QStringLiteral("Being healthy"), QStringLiteral("Adequate")},
            {QStringLiteral("Leadership and management"), QStringLiteral("Adequate")},
            {QStringLiteral("Staying safe"), QStringLiteral("Good")},
            {QStringLiteral("Enjoying and achieving"), QStringLiteral("Inadequate")}};
        double y = 110;
        for (int i = 0; i < left.size(); ++i) {
            pdf.text(50, y, left[i].first);
            pdf.text(215, y, left[i].second);
            pdf.text(315, y, right[i].first);
            pdf.text(485, y, right[i].second);
            y += 16;
        }
        pdf.paragraph(50, y + 20, 490, kProse);
        QVERIFY(readsAs(pdf.finish(),
                        {{"safeguarding", "overall_effectiveness", "good", "Good"},
                         {"safeguarding", "capacity_to_improve", "good", "Good"},
                         {"safeguarding", "partnerships", "outstanding", "Outstanding"},
                         {"safeguarding", "leadership_and_management", "good", "Good"},
                         {"safeguarding", "service_responsiveness", "adequate", "Adequate"},
                         {"safeguarding", "equality_and_diversity", "good", "Good"},
                         {"looked_after_children", "staying_safe", "good", "Good"},
                         {"looked_after_children", "enjoying_and_achieving", "inadequate", "Inadequate"},
                         {"looked_after_children", "overall_effectiveness", "adequate", "Adequate"},
                         {"looked_after_children", "capacity_to_improve", "inadequate", "Inadequate"},
                         {"looked_after_children", "being_healthy", "adequate", "Adequate"},
                         {"looked_after_children", "leadership_and_management", "adequate", "Adequate"}},
                        ReportKind::SafeguardingLacInspection));
    }

    void dottedLeadersAndWideGaps()
    {
        PdfBuilder pdf;
        double y = apaLetter(pdf) + 20;
        pdf.text(60, y, QStringLiteral("Grades"));
        bool joined = false;
        for (const auto &r : kApaRows) {
            y += 16;
            // Alternate rows: leaders typed into the label, and leaders drawn as their own run.
            QString dots(int((490 - 60 - pdf.textWidth(r.first)) / pdf.textWidth(QStringLiteral("."))) - 2,
                         QLatin1Char('.'));
            if (joined)
                pdf.text(60, y, r.first + dots);
            else
                pdf.pieces(60, y, {r.first, dots}, 3);
            joined = !joined;
            pdf.text(545, y, r.second);
        }
        QVERIFY(readsAs(pdf.finish(), kApaExpected));
    }

    void wrappedLabelsGradeCentredOrAtFoot()
    {
        PdfBuilder pdf;
        double y = apaLetter(pdf) + 20;
        pdf.setFont(10, true);
        pdf.text(60, y, QStringLiteral("Assessment judgement area"));
        pdf.text(450, y, QStringLiteral("Grade"));
        pdf.setFont(10);
        y += 22;
        // Two-line label, grade centred between its lines.
        pdf.text(60, y, QStringLiteral("Overall effectiveness of the council’s services for"));
        pdf.text(60, y + 12, QStringLiteral("children and young people"));
        pdf.text(460, y + 6, QStringLiteral("2"));
        y += 32;
        pdf.text(60, y, QStringLiteral("Being healthy"));
        pdf.text(460, y, QStringLiteral("4"));
        y += 20;
        pdf.text(60, y, QStringLiteral("Staying safe"));
        pdf.text(460, y, QStringLiteral("1"));
        y += 20;
        pdf.text(60, y, QStringLiteral("Enjoying and achieving"));
        pdf.text(460, y, QStringLiteral("3"));
        y += 20;
        // Two-line label, grade at its foot.
        pdf.text(60, y, QStringLiteral("Making a positive contribution, including the views"));
        pdf.text(60, y + 12, QStringLiteral("of children and young people"));
        pdf.text(460, y + 12, QStringLiteral("2"));
        y += 32;
        pdf.text(60, y, QStringLiteral("Achieving economic well-being"));
        pdf.text(460, y, QStringLiteral("3"));
        y += 20;
        // Three-line label, grade centred between its first and second lines.
        pdf.text(60, y, QStringLiteral("Capacity to improve, including the"));
        pdf.text(60, y + 12, QStringLiteral("management of services for children"));
        pdf.text(60, y + 24, QStringLiteral("and young people"));
        pdf.text(460, y + 6, QStringLiteral("2"));
        QVERIFY(readsAs(pdf.finish(), kApaExpected));
    }

    void wordsReturnedInPieces()
    {
        // Word grades typeset syllable by syllable with a kerning gap, and a letter-spaced heading.
        PdfBuilder pdf;
        pdf.setFont(14, true);
        pdf.text(60, 70, QStringLiteral("Bristol City Council"));
        pdf.text(60, 92, QStringLiteral("Inspection of children’s social care services"));
        pdf.setFont(10);
        pdf.text(60, 120, QStringLiteral("Inspection dates: 5 November to 16 November 2018"));
        pdf.text(60, 134, QStringLiteral("Report published: 10 January 2019"));
        pdf.setFont(10, true);
        pdf.letterSpaced(60, 170, QStringLiteral("Judgement"), 2.5);
        pdf.letterSpaced(420, 170, QStringLiteral("Grade"), 2.5);
        pdf.setFont(10);
        const double gap = 1.3; // over poppler's word break (0.1 em), well under a space
        pdf.text(60, 190, QStringLiteral("The impact of leaders on social work practice with"));
        pdf.pieces(60, 202, {QStringLiteral("children and fam"), QStringLiteral("ilies")}, gap);
        pdf.pieces(420, 190, {QStringLiteral("Go"), QStringLiteral("od")}, gap);
        pdf.text(60, 210, QStringLiteral("The experiences and progress of children who need"));
        pdf.text(60, 222, QStringLiteral("help and protection"));
        pdf.pieces(420, 210, {QStringLiteral("Requires improve"), QStringLiteral("ment to be good")}, gap);
        pdf.text(60, 242, QStringLiteral("The experiences and progress of children in care"));
        pdf.text(60, 254, QStringLiteral("and care leavers"));
        pdf.pieces(420, 242, {QStringLiteral("Outstand"), QStringLiteral("ing")}, gap);
        pdf.pieces(60, 274, {QStringLiteral("Overall effective"), QStringLiteral("ness")}, gap);
        pdf.pieces(420, 274, {QStringLiteral("Go"), QStringLiteral("od")}, gap);
        QVERIFY(readsAs(pdf.finish(),
                        {{"", "impact_of_leaders", "good", "Good"},
                         {"", "children_who_need_help_and_protection", "adequate", "Requires improvement to be good"},
                         {"", "children_in_care_and_care_leavers", "outstanding", "Outstanding"},
                         {"", "overall_effectiveness", "good", "Good"}},
                        ReportKind::Ilacs));
    }

    void superscriptFootnoteMarkers()
    {
        PdfBuilder pdf;
        double y = apaLetter(pdf) + 20;
        pdf.text(60, y, QStringLiteral("Assessment judgement area"));
        pdf.text(470, y, QStringLiteral("APA grade"));
        int marker = 0;
        for (const auto &r : kApaRows) {
            y += 18;
            pdf.setFont(10);
            pdf.text(60, y, r.first);
            pdf.text(480, y, r.second);
            if (r.second != QLatin1String("4") && r.second != QLatin1String("1"))
                continue;
            const double w = pdf.textWidth(r.first);
            pdf.setFont(6); // a footnote marker, raised, touching the label
            pdf.text(60.5 + w, y - 4, QString::number(++marker));
        }
        pdf.setFont(8);
        pdf.text(60, 780, QStringLiteral("1 Judged against the national indicators for 2005-06."));
        pdf.text(60, 792, QStringLiteral("2 Including the findings of the 2006 inspection of youth services."));
        QVERIFY(readsAs(pdf.finish(), kApaExpected));
    }

    void mixedFontSizesOnOneLine()
    {
        PdfBuilder pdf;
        double y = apaLetter(pdf) + 20;
        pdf.text(60, y, QStringLiteral("Grades"));
        y += 24;
        for (const auto &r : kApaRows) {
            pdf.setFont(9);
            pdf.text(60, y, r.first);
            pdf.setFont(18, true);
            pdf.text(470, y, r.second);
            y += 26;
        }
        QVERIFY(readsAs(pdf.finish(), kApaExpected));
    }

    void landscapeTableWithRotatedSideCaption()
    {
        PdfBuilder pdf(true);
        apaLetter(pdf, 700);
        pdf.newPage();
        pdf.setFont(9);
        // A side caption running up the left margin, and a rotated note set between the
        // table's columns, both level with the rows.
        pdf.rotated(30, 520, -90, QStringLiteral("Kent County Council annual performance assessment 2006 grades 4 3"));
        pdf.rotated(450, 250, -90, QStringLiteral("Judgements confirmed 2006 3 4"));
        pdf.setFont(10, true);
        pdf.text(60, 80, QStringLiteral("Assessment judgement area"));
        pdf.text(700, 80, QStringLiteral("Grade"));
        pdf.setFont(10);
        double y = 80;
        for (const auto &r : kApaRows) {
            y += 22;
            pdf.text(60, y, r.first);
            pdf.text(710, y, r.second);
        }
        QVERIFY(readsAs(pdf.finish(), kApaExpected));
    }

    void footerOverlappingLastRow()
    {
        PdfBuilder pdf;
        apaLetter(pdf);
        pdf.newPage();
        pdf.setFont(7);
        pdf.text(240, 42, QStringLiteral("Kent County Council APA 2006"));
        pdf.setFont(10, true);
        pdf.text(60, 44, QStringLiteral("Assessment judgement area"));
        pdf.text(470, 44, QStringLiteral("Grade"));
        pdf.setFont(10);
        double y = 44;
        for (const auto &r : kApaRows) {
            y += 15;
            pdf.text(60, y, r.first);
            pdf.text(480, y, r.second);
        }
        pdf.setFont(7); // the running footer set low, its box touching the last row's
        pdf.text(300, y + 2, QStringLiteral("Page 2 of 2"));
        QVERIFY(readsAs(pdf.finish(), kApaExpected));
    }

    void shadedGradeCellDrawnBeforeLabel()
    {
        PdfBuilder pdf;
        double y = apaLetter(pdf) + 20;
        pdf.text(60, y, QStringLiteral("Grades"));
        for (const auto &r : kApaRows) {
            y += 18;
            pdf.shade(QRectF(460, y - 12, 60, 16), QColor(200, 200, 200));
            pdf.setFont(11, true);
            pdf.text(485, y, r.second);
            pdf.setFont(10);
        }
        y -= 18 * kApaRows.size();
        for (const auto &r : kApaRows) {
            y += 18;
            pdf.text(60, y, r.first);
        }
        QVERIFY(readsAs(pdf.finish(), kApaExpected));
    }
};

QTEST_MAIN(TestReaderGeometry)
#include "tst_reader_geometry.moc"
