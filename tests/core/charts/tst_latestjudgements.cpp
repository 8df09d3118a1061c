// The latest judgements table: each council's latest graded inspection (ungraded letters and
// partial frameworks never replace it), its judgements by family in the framework's words,
// the previous overall grade and change, region and council-type filters from the register,
// my council and its real statistical neighbours first, sorting and the export table.
#include "LatestFixture.h"

#include "charts/ChartPage.h"
#include "charts/ChartPainter.h"
#include "charts/ChartStyle.h"
#include "charts/LatestJudgements.h"
#include "register/CouncilRegister.h"

#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QTest>

using namespace inspectdesk;
using namespace inspectdesk::latestfixture;

class TestLatestJudgements : public QObject
{
    Q_OBJECT

    static QStringList councilsOf(const LatestJudgements &t)
    {
        QStringList names;
        for (const LatestRow &r : t.rows)
            names << r.council;
        return names;
    }
    static int rowOf(const LatestJudgements &t, const QString &council)
    {
        for (int r = 0; r < t.rows.size(); ++r)
            if (t.rows[r].council == council)
                return r;
        return -1;
    }
    static int columnOf(const LatestJudgements &t, const QString &header)
    {
        for (int c = 0; c < t.columnCount(); ++c)
            if (t.header(c) == header)
                return c;
        return -1;
    }

private slots:
    void latestGradedInspectionIsChosen()
    {
        const LatestJudgements t = LatestJudgements::build(ChartDataset(facts(), ChartFilter()));
        QCOMPARE(councilsOf(t),
                 QStringList({QStringLiteral("Bexley"), QStringLiteral("Devon"), QStringLiteral("East Sussex"),
                              QStringLiteral("Essex"), QStringLiteral("Hackney"), QStringLiteral("Kent"),
                              QStringLiteral("Leeds")}));
        // Kent: the 2022 ILACS, not the later ungraded monitoring letter nor the "other" letter
        // quoting a grade, nor the 2017 SIF.
        const LatestRow &kent = t.rows[rowOf(t, QStringLiteral("Kent"))];
        QCOMPARE(kent.kind, ReportKind::Ilacs);
        QCOMPARE(kent.published, QDate(2022, 9, 12));
        QCOMPARE(kent.fileName, QStringLiteral("kent_ilacs_2022.pdf"));
        QCOMPARE(kent.previousOverall, Judgement::Good);
        QCOMPARE(kent.change(), std::optional<int>(1));
        // Devon: its SIF, though a joint area review and a safeguarding/LAC inspection came later.
        const LatestRow &devon = t.rows[rowOf(t, QStringLiteral("Devon"))];
        QCOMPARE(devon.kind, ReportKind::Sif);
        QCOMPARE(devon.published, QDate(2015, 3, 2));
        // Bexley: only a children's services assessment, in its own words.
        const int bexley = rowOf(t, QStringLiteral("Bexley"));
        QCOMPARE(t.text(bexley, LatestJudgements::KindColumn), QStringLiteral("CSA"));
        QCOMPARE(t.text(bexley, columnOf(t, QStringLiteral("Overall effectiveness"))),
                 QStringLiteral("Performs well (3)"));
        QCOMPARE(t.text(bexley, t.changeColumn()), QString()); // nothing before it
        // Leeds: its 2026 ILACS grades no overall effectiveness; a footnote says the blank is
        // the framework's.
        QCOMPARE(t.text(rowOf(t, QStringLiteral("Leeds")), columnOf(t, QStringLiteral("Overall effectiveness"))),
                 QString());
        QVERIFY2(t.footnotes.contains(
                     QStringLiteral("Overall effectiveness: ILACS inspections from April 2026 give none (Leeds).")),
                 qPrintable(t.footnotes.join(QLatin1Char('\n'))));
        // Fieldwork ended in March 2026: the framework before April's grades overall
        // effectiveness, so a blank there is not the framework's and is not said to be.
        QList<JudgementFact> march = facts();
        for (JudgementFact &f : march)
            if (f.council == QLatin1String("Leeds") && f.inspectionEnd.isValid())
                f.inspectionEnd = QDate(2026, 3, 20);
        const LatestJudgements early = LatestJudgements::build(ChartDataset(march, ChartFilter()));
        QVERIFY(std::none_of(early.footnotes.begin(), early.footnotes.end(), [](const QString &n) {
            return n.startsWith(QStringLiteral("Overall effectiveness: ILACS inspections from April 2026"));
        }));
    }

    void columnsAreEveryJudgementInTheFrameworksWords()
    {
        const LatestJudgements t = LatestJudgements::build(ChartDataset(facts(), ChartFilter()));
        QStringList headers;
        for (int c = 0; c < t.columnCount(); ++c)
            headers << t.header(c);
        QCOMPARE(headers, QStringList({"Council", "Region", "Council type", "Inspection", "Published",
                                       "Overall effectiveness", "Help and protection", "Children in care",
                                       "Care leavers", "Leadership", "Previous overall effectiveness", "Change"}));
        const int essex = rowOf(t, QStringLiteral("Essex"));
        QStringList cells;
        for (int c = 0; c < t.columnCount(); ++c)
            cells << t.text(essex, c);
        QCOMPARE(t.rows[essex].region, QStringLiteral("East of England"));
        QCOMPARE(t.rows[essex].councilType, QStringLiteral("County"));
        QCOMPARE(cells, QStringList({"Essex", "East of England", "County", "ILACS", "15 Jan 2024", "Outstanding",
                                     "Outstanding", "Outstanding", "Good", "Outstanding", "Good (2014)", "Improved"}));
        // ILACS 2018-22 words; one judgement unreviewed (*); the change down from 2019.
        const int hackney = rowOf(t, QStringLiteral("Hackney"));
        QCOMPARE(t.text(hackney, columnOf(t, QStringLiteral("Help and protection"))),
                 QStringLiteral("Requires improvement to be good *"));
        QCOMPARE(t.text(hackney, columnOf(t, QStringLiteral("Overall effectiveness"))), QStringLiteral("Inadequate"));
        QCOMPARE(t.text(hackney, t.changeColumn()), QStringLiteral("Declined"));
        // SIF words and its own keys under the family columns.
        const int devon = rowOf(t, QStringLiteral("Devon"));
        QCOMPARE(t.text(devon, columnOf(t, QStringLiteral("Children in care"))),
                 QStringLiteral("Requires improvement"));
        QCOMPARE(t.cell(devon, columnOf(t, QStringLiteral("Children in care")))->key,
                 QStringLiteral("children_looked_after_and_achieving_permanence"));
        QCOMPARE(t.text(devon, t.changeColumn()), QStringLiteral("Same"));
        // ILACS from 2026 prints no overall effectiveness: blank, and no change claimed.
        const int leeds = rowOf(t, QStringLiteral("Leeds"));
        QCOMPARE(t.text(leeds, columnOf(t, QStringLiteral("Overall effectiveness"))), QString());
        QCOMPARE(t.text(leeds, columnOf(t, QStringLiteral("Leadership"))), QStringLiteral("Good"));
        QCOMPARE(t.text(leeds, t.previousColumn()), QStringLiteral("Outstanding (2022)"));
        QCOMPARE(t.text(leeds, t.changeColumn()), QString());
        // The footnote says what counts as latest.
        QVERIFY(t.footnotes.first().contains(QStringLiteral("Monitoring and focused visits grade nothing")));
    }

    void regionAndCouncilTypeFilter()
    {
        const ChartDataset data(facts(), ChartFilter());
        LatestJudgementsOptions london;
        london.region = QStringLiteral("London");
        QCOMPARE(councilsOf(LatestJudgements::build(data, london)),
                 QStringList({QStringLiteral("Bexley"), QStringLiteral("Hackney")}));
        LatestJudgementsOptions counties;
        counties.councilType = QStringLiteral("County");
        QCOMPARE(councilsOf(LatestJudgements::build(data, counties)),
                 QStringList({QStringLiteral("Devon"), QStringLiteral("East Sussex"), QStringLiteral("Essex"),
                              QStringLiteral("Kent")}));
        counties.region = QStringLiteral("South East");
        QCOMPARE(councilsOf(LatestJudgements::build(data, counties)),
                 QStringList({QStringLiteral("East Sussex"), QStringLiteral("Kent")}));
    }

    void focusCouncilThenItsNeighbours()
    {
        // Kent's neighbours in the DfE 2025 model (the data runs to 2026): Essex 1st, East
        // Sussex 2nd, Devon 3rd, Bexley 4th; Hackney and Leeds are not among them.
        const CouncilRegister &reg = CouncilRegister::builtIn();
        const QList<int> kentNeighbours = reg.statisticalNeighbours(886, 2026);
        QCOMPARE(kentNeighbours.mid(0, 4), QList<int>({881, 845, 878, 303}));
        ChartFilter filter;
        filter.focusLaCode = 886;
        const LatestJudgements t = LatestJudgements::build(ChartDataset(facts(), filter));
        QCOMPARE(councilsOf(t),
                 QStringList({QStringLiteral("Kent"), QStringLiteral("Essex"), QStringLiteral("East Sussex"),
                              QStringLiteral("Devon"), QStringLiteral("Bexley"), QStringLiteral("Hackney"),
                              QStringLiteral("Leeds")}));
        QCOMPARE(t.rows[0].role, LatestRowRole::Focus);
        QCOMPARE(t.text(0, LatestJudgements::CouncilColumn), QStringLiteral("Kent (my council)"));
        QCOMPARE(t.rows[1].role, LatestRowRole::Neighbour);
        QCOMPARE(t.text(2, LatestJudgements::CouncilColumn), QStringLiteral("East Sussex (neighbour 2)"));
        QCOMPARE(t.rows[5].role, LatestRowRole::Other);
        QCOMPARE(CouncilRegister::neighbourModelYear(t.neighbourYear), 2025);
        // The neighbours without a graded inspection here are named, not drawn as blanks.
        QVERIFY(t.footnotes.join(QLatin1Char(' ')).contains(QStringLiteral("Suffolk")));
        // A region filter keeps my council, and narrows the rest.
        LatestJudgementsOptions london;
        london.region = QStringLiteral("London");
        QCOMPARE(councilsOf(LatestJudgements::build(ChartDataset(facts(), filter), london)),
                 QStringList({QStringLiteral("Kent"), QStringLiteral("Bexley"), QStringLiteral("Hackney")}));
    }

    void sortsGradesInGradeOrderAndDatesByDate()
    {
        const LatestJudgements t = LatestJudgements::build(ChartDataset(facts(), ChartFilter()));
        const int overall = columnOf(t, QStringLiteral("Overall effectiveness"));
        // Outstanding, Good, Requires improvement, Inadequate, blank: not alphabetical.
        QCOMPARE(councilsOf(t.sorted(overall, Qt::AscendingOrder)),
                 QStringList({"Essex", "Kent", "Bexley", "East Sussex", "Devon", "Hackney", "Leeds"}));
        QCOMPARE(councilsOf(t.sorted(LatestJudgements::PublishedColumn, Qt::AscendingOrder)),
                 QStringList({"Bexley", "Devon", "East Sussex", "Kent", "Essex", "Hackney", "Leeds"}));
        QCOMPARE(councilsOf(t.sorted(LatestJudgements::PublishedColumn, Qt::DescendingOrder)).first(),
                 QStringLiteral("Leeds"));
        // Improved, then the same, then declined, then no change to tell.
        QCOMPARE(councilsOf(t.sorted(t.changeColumn(), Qt::AscendingOrder)),
                 QStringList({"Essex", "Kent", "Devon", "East Sussex", "Hackney", "Bexley", "Leeds"}));
        // The options carry the sort to print and export.
        LatestJudgementsOptions byDate;
        byDate.sortColumn = LatestJudgements::PublishedColumn;
        byDate.sortOrder = Qt::DescendingOrder;
        QCOMPARE(councilsOf(LatestJudgements::build(ChartDataset(facts(), ChartFilter()), byDate)),
                 councilsOf(t.sorted(LatestJudgements::PublishedColumn, Qt::DescendingOrder)));
    }

    void undatedReportsCountFromTheirFieldwork()
    {
        // ILACS reports print their inspection dates, not their publication. Kent's undated
        // 2024 ILACS ended fieldwork in February, before its 2023 one was published in March:
        // the March one is the latest, as the comparison in force counts them (the end of the
        // year would have made the undated one the latest).
        // Leeds's undated 2026 ILACS shows the end of its fieldwork and sorts by it; Essex's
        // report has no date at all and shows its year.
        QList<JudgementFact> f;
        add(f, "Kent", 886, ReportKind::Ilacs, 2024, QDate(), {{"overall_effectiveness", "Inadequate"}});
        f.last().inspectionEnd = QDate(2024, 2, 1);
        add(f, "Kent", 886, ReportKind::Ilacs, 2023, QDate(2024, 3, 1),
            {{"overall_effectiveness", "Requires improvement to be good"}});
        add(f, "Leeds", 383, ReportKind::Ilacs, 2026, QDate(), {{"impact_of_leaders", "Good"}});
        f.last().inspectionEnd = QDate(2026, 5, 22);
        add(f, "Essex", 881, ReportKind::Ilacs, 2025, QDate(), {{"impact_of_leaders", "Good"}});
        add(f, "Hackney", 204, ReportKind::Ilacs, 2026, QDate(2026, 6, 1), {{"impact_of_leaders", "Good"}});
        const LatestJudgements t = LatestJudgements::build(ChartDataset(f, ChartFilter()));
        const int kent = rowOf(t, QStringLiteral("Kent"));
        QCOMPARE(t.rows[kent].published, QDate(2024, 3, 1));
        QCOMPARE(t.rows[kent].previousOverall, Judgement::Inadequate);
        QCOMPARE(t.text(kent, t.changeColumn()), QStringLiteral("Improved"));
        QCOMPARE(t.text(rowOf(t, QStringLiteral("Leeds")), LatestJudgements::PublishedColumn),
                 QStringLiteral("22 May 2026 (end of fieldwork)"));
        QCOMPARE(t.text(rowOf(t, QStringLiteral("Essex")), LatestJudgements::PublishedColumn), QStringLiteral("2025"));
        QCOMPARE(councilsOf(t.sorted(LatestJudgements::PublishedColumn, Qt::AscendingOrder)),
                 QStringList({"Kent", "Essex", "Leeds", "Hackney"}));
        const QString notes = t.footnotes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("“end of fieldwork” marks a report that prints no publication date")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("a year alone means")), qPrintable(notes));
        // Tooltips (and the briefing pack's sources) say the same of the report.
        const ChartDataset data(f, ChartFilter());
        const ChartPoint *leeds = data.point(QStringLiteral("Leeds"), QStringLiteral("leadership"), 2026);
        QVERIFY(leeds);
        const QString tip =
            chartstyle::describePoint(*leeds, QStringLiteral("Leeds"), QStringLiteral("leadership"), 2026);
        QVERIFY2(tip.contains(QStringLiteral("publication date not printed; fieldwork ended ") +
                              QLocale().toString(QDate(2026, 5, 22), QLocale::ShortFormat)),
                 qPrintable(tip));
        const ChartPoint *hackney = data.point(QStringLiteral("Hackney"), QStringLiteral("leadership"), 2026);
        QVERIFY(hackney);
        QVERIFY(
            chartstyle::describePoint(*hackney, QStringLiteral("Hackney"), QStringLiteral("leadership"), 2026)
                .contains(QStringLiteral("published ") + QLocale().toString(QDate(2026, 6, 1), QLocale::ShortFormat)));
    }

    void exportTableHasTheRowsColoursAndSource()
    {
        const LatestJudgements t = LatestJudgements::build(ChartDataset(facts(), ChartFilter()));
        const DataTable d = t.table();
        QCOMPARE(d.headers.size(), 12);
        QCOMPARE(d.rowCount(), 7);
        QCOMPARE(d.rows[3].mid(0, 6),
                 QStringList({"Essex", "East of England", "County", "ILACS", "15 Jan 2024", "Outstanding"}));
        QCOMPARE(d.fills[3][5], chartstyle::judgementColour(Judgement::Outstanding));
        QVERIFY(!d.fills[3][0].isValid());
        QVERIFY(d.sourceLine.contains(QStringLiteral("not yet reviewed")));
    }

    void printedPageDrawsTheTable()
    {
        // The page kind draws the description: the grade colours appear, and an empty
        // selection prints the reason rather than an empty grid.
        ChartPageContent content(QStringLiteral("Latest judgements"), ChartViewKind::Latest);
        QImage page(842, 595, QImage::Format_RGB32);
        page.fill(Qt::white);
        {
            QPainter p(&page);
            ChartPage::renderInto(p, QRectF(0, 0, 842, 595), ChartDataset(facts(), ChartFilter()), content);
        }
        int outstanding = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x)
                outstanding += page.pixelColor(x, y) == chartstyle::judgementColour(Judgement::Outstanding) ? 1 : 0;
        QVERIFY2(outstanding > 2000, qPrintable(QString::number(outstanding)));
    }
};

QTEST_MAIN(TestLatestJudgements)
#include "tst_latestjudgements.moc"
