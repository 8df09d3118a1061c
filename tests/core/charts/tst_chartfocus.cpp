// "My council" against its comparators: the focus council leads the description and is
// drawn strongly, comparators are named at their line ends without overlapping; with more
// than eight councils the distribution with the focus council's line; the distribution view's
// shares, counts, focus marks, framework-change rule and data table; a focus council without
// data said, not drawn. Checked in the description and on paper (what QPainter drew).
#include "ComparatorFixture.h"
#include "PaintRecorder.h"
#include "charts/ChartPainter.h"
#include "charts/ChartStyle.h"
#include "charts/ChartTables.h"
#include "charts/Distribution.h"
#include "charts/TrendData.h"

#include <QPainter>
#include <QTest>
#include <cmath>

using namespace inspectdesk;
using namespace inspectdesk::fixture;
using namespace inspectdesk::testing;

namespace {
const QString kOverall = QStringLiteral("overall_effectiveness");
const QSize kDevice(800, 600); // the page the panels are drawn on

ChartDataset dataset(const QStringList &councils, int focus, int from = 2016, int to = 2023)
{
    ChartFilter filter;
    filter.councils = councils;
    filter.focusLaCode = focus;
    filter.fromYear = from;
    filter.toYear = to;
    filter.outcomes = {kOverall};
    return ChartDataset(comparatorFacts(), filter);
}

QList<int> counts(const YearGrades &g)
{
    return {g.count(1), g.count(2), g.count(3), g.count(4)};
}

QList<RecordedStroke> polylines(const PaintRecorder &rec)
{
    return rec.strokesOf(RecordedStroke::Shape::Polyline);
}
} // namespace

class TestChartFocus : public QObject
{
    Q_OBJECT

private slots:
    void unreviewedBarsStillTellCouncilsApart()
    {
        // After an import nothing is reviewed: every comparison bar is pale. Each council's pale
        // fill stays lighter than its colour yet apart from every other's (at a fifth of the
        // colour, orange and amber were 14 apart in RGB and looked alike).
        for (int i = 0; i < 8; ++i) {
            const QColor pale = chartstyle::unreviewedBarFill(i);
            QVERIFY(pale.lightness() > chartstyle::councilColour(i).lightness() + 40);
            for (int j = i + 1; j < 8; ++j) {
                const QColor other = chartstyle::unreviewedBarFill(j);
                const double distance = std::hypot(std::hypot(pale.red() - other.red(), pale.green() - other.green()),
                                                   pale.blue() - other.blue());
                QVERIFY2(distance > 25, qPrintable(QStringLiteral("%1 and %2: %3").arg(i).arg(j).arg(distance)));
            }
        }
    }

    void focusCouncilLeadsAndIsFlagged()
    {
        // Chosen in another order: the focus council (801) comes first, the rest as chosen.
        const QStringList chosen = {comparatorNames(5)[2], comparatorNames(5)[1], kAldport, comparatorNames(5)[4],
                                    comparatorNames(5)[3]};
        const ChartDataset data = dataset(chosen, 801);
        QCOMPARE(data.focusCouncil(), kAldport);
        QCOMPARE(
            data.councils(),
            QStringList({kAldport, QStringLiteral("Caxton County Council"), QStringLiteral("Brackley Borough Council"),
                         QStringLiteral("Elsworth County Council"), QStringLiteral("Dunmore City Council")}));
        const TrendData trend = TrendData::build(data);
        const TrendPanel *panel = trend.panel(kOverall);
        QVERIFY(panel);
        QCOMPARE(panel->series.size(), 5);
        QCOMPARE(panel->focus, kAldport);
        QList<bool> flags;
        for (const TrendSeries &s : panel->series)
            flags << s.focus;
        QCOMPARE(flags, QList<bool>({true, false, false, false, false}));
        QCOMPARE(panel->focusSeries()->council, kAldport);
        QVERIFY(panel->focusNote().isEmpty());
        // Without a focus the order is the order chosen.
        QCOMPARE(dataset(chosen, 0).councils().first(), QStringLiteral("Caxton County Council"));
        QVERIFY(!TrendData::build(dataset(chosen, 0)).panels.first().focusSeries());
    }

    void shortNamesForLineEnds()
    {
        QCOMPARE(shortCouncilLabel(QStringLiteral("Northby Borough Council")), QStringLiteral("Northby"));
        QCOMPARE(shortCouncilLabel(QStringLiteral("London Borough of Sutton")), QStringLiteral("Sutton"));
        QCOMPARE(shortCouncilLabel(QStringLiteral("City of York Council")), QStringLiteral("York"));
        QCOMPARE(shortCouncilLabel(QStringLiteral("Jarrow Vale Council")), QStringLiteral("Jarrow Vale"));
        QCOMPARE(shortCouncilLabel(QStringLiteral("Cornwall")), QStringLiteral("Cornwall"));
    }

    void lineEndLabelsAreNudgedApart()
    {
        // Last points: Aldport Outstanding (4); Brackley, Caxton, Elsworth, Harwood Good (3), all 2023.
        const QStringList chosen = {kAldport, comparatorNames(3)[1], comparatorNames(3)[2],
                                    QStringLiteral("Elsworth County Council"), QStringLiteral("Harwood City Council")};
        const TrendPanel panel = TrendData::build(dataset(chosen, 801)).panels.first();
        const QList<LineEndLabel> labels = panel.lineEndLabels(0.2, 2);
        QCOMPARE(labels.size(), 5);
        QStringList names;
        QList<qreal> at;
        for (const LineEndLabel &l : labels) {
            names << l.text;
            at << l.at;
            QCOMPARE(l.year, 2023);
        }
        QCOMPARE(names, QStringList({QStringLiteral("Aldport"), QStringLiteral("Brackley"), QStringLiteral("Caxton"),
                                     QStringLiteral("Elsworth"), QStringLiteral("Harwood")}));
        QVERIFY(labels[0].focus);
        QCOMPARE(labels[0].value, 4.0);
        // The focus at its line; Brackley at its line; the others at the nearest free place.
        const QList<qreal> expected = {4.0, 3.0, 3.2, 2.8, 3.4};
        for (int i = 0; i < 5; ++i)
            QVERIFY2(qAbs(at[i] - expected[i]) < 1e-9, qPrintable(QString::number(at[i])));
        // Labels in different years far apart do not push each other.
        QCOMPARE(panel.lineEndLabels(0.2, 0.5).size(), 5);
    }

    // A line ending a year before another line's marker at its height: its name, which runs
    // across that year, is moved off the marker (at 1920 pixels "Isle of Wight" hid under
    // Cornwall's 2024 point).
    void lineEndLabelsKeepOffOtherMarkers()
    {
        auto point = [](int year, Judgement j) {
            TrendPoint p;
            p.year = year;
            p.source.judgement = j;
            return p;
        };
        TrendPanel panel;
        TrendSeries focus{
            QStringLiteral("Cornwall"),
            0,
            {point(2019, Judgement::Outstanding), point(2023, Judgement::Good), point(2024, Judgement::Outstanding)},
            true};
        TrendSeries other{
            QStringLiteral("Isle of Wight"), 1, {point(2018, Judgement::Good), point(2022, Judgement::Good)}, false};
        panel.series = {focus, other};
        const QList<LineEndLabel> labels = panel.lineEndLabels(0.2, 1.5);
        QCOMPARE(labels.size(), 2);
        QCOMPARE(labels[0].at, 4.0);
        QCOMPARE(labels[1].text, QStringLiteral("Isle of Wight"));
        QCOMPARE(labels[1].value, 3.0);
        QVERIFY2(qAbs(labels[1].at - 3.2) < 1e-9, qPrintable(QString::number(labels[1].at)));
        // A text too short to reach 2023 stays at its line.
        QCOMPARE(panel.lineEndLabels(0.2, 0.8)[1].at, 3.0);
    }

    void paperDrawsFocusStronglyOnTopAndNamesLineEnds()
    {
        const QStringList chosen = {kAldport, comparatorNames(3)[1], comparatorNames(3)[2]};
        const TrendData trend = TrendData::build(dataset(chosen, 801));
        PaintRecorder device(kDevice);
        {
            QPainter p(&device);
            chartpaint::drawTrendPanel(p, QRectF(0, 0, 700, 400), trend.panels.first(), trend.years, 3, false);
        }
        const QList<RecordedStroke> lines = polylines(device);
        QCOMPARE(lines.size(), 3);
        // The focus line last (on top), dark and twice as thick; comparators thinner and lighter.
        QCOMPARE(lines.last().pen.color(), chartstyle::focusColour());
        QCOMPARE(lines.last().pen.widthF(), 3.6);
        QCOMPARE(lines.last().points.size(), 3); // 2016, 2019, 2023
        for (int i = 0; i < 2; ++i) {
            QVERIFY(lines[i].pen.widthF() < 1.8);
            QVERIFY(lines[i].pen.color().lightness() > chartstyle::councilColour(i + 1).lightness());
        }
        // Each line named right of its last point; the focus name in bold.
        const QStringList drawn = device.textStrings();
        for (const QString &name : {QStringLiteral("Aldport"), QStringLiteral("Brackley"), QStringLiteral("Caxton")})
            QVERIFY2(drawn.contains(name), qPrintable(drawn.join(QLatin1Char('|'))));
        for (const RecordedText &t : device.texts)
            if (t.text == QStringLiteral("Aldport")) {
                QVERIFY(t.font.bold());
                QVERIFY(t.at.x() > lines.last().points.last().x());
            }
    }

    void manyCouncilsDrawTheDistributionAndTheFocusLine()
    {
        const ChartDataset data = dataset(comparatorNames(10), 801);
        const TrendData trend = TrendData::build(data);
        const TrendPanel &panel = trend.panels.first();
        QVERIFY(panel.showsDistribution());
        QCOMPARE(panel.distributionNote(),
                 QStringLiteral("Shares of the 10 councils at each grade; Aldport Borough Council drawn as a line"));
        const QList<YearGrades> d = panel.distribution(trend.years);
        QCOMPARE(d.size(), 4);
        QCOMPARE(counts(d[0]), QList<int>({1, 2, 2, 1}));
        QCOMPARE(counts(d[2]), QList<int>({1, 3, 5, 1}));
        QCOMPARE(d[0].focus, 3);
        QCOMPARE(d[1].focus, 0);
        QCOMPARE(d[3].focus, 4);
        // The focus council's point: the middle of its grade's part of the bar.
        QCOMPARE(d[2].segmentMiddle(3), 0.65);                     // (1+3)/10 + 5/10/2
        QVERIFY(qAbs(d[3].segmentMiddle(4) - 17.0 / 18.0) < 1e-9); // 8/9 + 1/9/2
        QCOMPARE(panel.lineEndLabels(0.2, 2).size(), 1);           // only the focus line is drawn
        PaintRecorder device(kDevice);
        {
            QPainter p(&device);
            chartpaint::drawTrendPanel(p, QRectF(0, 0, 700, 400), panel, trend.years, 10, false);
        }
        // Bars and one focus line (drawn twice: a white halo, then dark) through the middle of
        // the focus council's part in 2016, 2019 and 2023; a dashed rule at SIF -> ILACS.
        QList<RecordedStroke> focusLines;
        for (const RecordedStroke &s : polylines(device))
            if (s.pen.color() == chartstyle::focusColour())
                focusLines << s;
        QCOMPARE(focusLines.size(), 1);
        QCOMPARE(focusLines.first().points.size(), 3);
        const QList<RecordedStroke> good = filledRects(device, Judgement::Good);
        QCOMPARE(good.size(), 5); // 2016, 2017, 2019, 2023 and the key's swatch
        const QPointF p2019 = focusLines.first().points[1];
        bool inside = false;
        for (const RecordedStroke &r : good)
            inside = inside || (r.points.boundingRect().contains(p2019) &&
                                qAbs(r.points.boundingRect().center().y() - p2019.y()) < 0.5);
        QVERIFY(inside);
        QCOMPARE(dashedVerticals(device), 1);
        const QStringList drawn = device.textStrings();
        QVERIFY(drawn.contains(QStringLiteral("Aldport")));
        QVERIFY(drawn.join(QLatin1Char(' ')).contains(QStringLiteral("Aldport Borough Council drawn as a line")));
    }

    void distributionDescribesEveryYearWithTheFocusMarked()
    {
        const GradeDistribution d = GradeDistribution::build(dataset(comparatorNames(10), 801), kOverall);
        QCOMPARE(d.years, QList<int>({2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023}));
        QCOMPARE(d.grades.size(), 8);
        QCOMPARE(d.councilCount, 10);
        QCOMPARE(counts(d.grades[0]), QList<int>({1, 2, 2, 1}));
        QCOMPARE(counts(d.grades[1]), QList<int>({1, 2, 1, 0}));
        QCOMPARE(counts(d.grades[2]), QList<int>({0, 0, 0, 0})); // 2018: no inspection, an empty bar
        QCOMPARE(counts(d.grades[3]), QList<int>({1, 3, 5, 1}));
        QCOMPARE(counts(d.grades[7]), QList<int>({1, 2, 5, 1}));
        QCOMPARE(d.grades[7].total(), 9);
        QList<int> focus;
        for (const YearGrades &g : d.grades)
            focus << g.focus;
        QCOMPARE(focus, QList<int>({3, 0, 0, 3, 0, 0, 0, 4}));
        QCOMPARE(d.changes.size(), 1);
        QCOMPARE(d.changes.first(), (FrameworkChange{2017.5, QStringLiteral("ILACS")}));
        QCOMPARE(d.note(), QStringLiteral("Share of the 10 councils at each grade in each year; Aldport Borough "
                                          "Council's grade outlined and marked"));
        QVERIFY(d.focusNote().isEmpty());
    }

    void distributionTableHasCountsSharesAndTheFocusGrade()
    {
        const DataTable t = GradeDistribution::build(dataset(comparatorNames(10), 801), kOverall).table();
        QCOMPARE(t.headers, QStringList({QStringLiteral("Grade"), QStringLiteral("2016"), QStringLiteral("2017"),
                                         QStringLiteral("2018"), QStringLiteral("2019"), QStringLiteral("2020"),
                                         QStringLiteral("2021"), QStringLiteral("2022"), QStringLiteral("2023")}));
        QCOMPARE(t.rowCount(), 6);
        QCOMPARE(t.rows[0].first(), QStringLiteral("Outstanding"));
        QCOMPARE(t.rows[3].first(), QStringLiteral("Inadequate"));
        QCOMPARE(t.rows[0][1], QStringLiteral("1 (17%)")); // 2016: 1 of 6
        QCOMPARE(t.rows[1][1], QStringLiteral("2 (33%)"));
        QCOMPARE(t.rows[1][4], QStringLiteral("5 (50%)")); // 2019 good: 5 of 10
        QCOMPARE(t.rows[2][4], QStringLiteral("3 (30%)"));
        QCOMPARE(t.rows[1][8], QStringLiteral("5 (56%)")); // 2023 good: 5 of 9
        QCOMPARE(t.rows[0][3], QString());                 // 2018: nobody graded
        QCOMPARE(t.rows[4], QStringList({QStringLiteral("Councils graded"), QStringLiteral("6"), QStringLiteral("4"),
                                         QStringLiteral("0"), QStringLiteral("10"), QStringLiteral("0"),
                                         QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("9")}));
        QCOMPARE(t.rows[5], QStringList({QStringLiteral("Aldport Borough Council's grade"), QStringLiteral("Good"),
                                         QString(), QString(), QStringLiteral("Good"), QString(), QString(), QString(),
                                         QStringLiteral("Outstanding")}));
        QCOMPARE(t.fills[5][8], chartstyle::judgementColour(Judgement::Outstanding));
        // The view's data table is that table, with the source line and the notes.
        const QList<DataTable> view = charttables::forView(
            dataset(comparatorNames(10), 801), ChartPageContent(QString(), ChartViewKind::Distribution, kOverall));
        QCOMPARE(view.size(), 1);
        QCOMPARE(view.first().rows, t.rows);
        QVERIFY(
            view.first().sourceLine.contains(QStringLiteral("Aldport Borough Council's grade outlined and marked")));
    }

    void paperDistributionOutlinesTheFocusAndRulesTheChange()
    {
        const GradeDistribution d = GradeDistribution::build(dataset(comparatorNames(10), 801), kOverall);
        PaintRecorder device(kDevice);
        {
            QPainter p(&device);
            chartpaint::drawDistribution(p, QRectF(0, 0, 700, 400), d, false, true, d.notes());
        }
        // The focus council's part outlined in 2016, 2019, 2023: a dark rectangle around a
        // part filled with its grade's colour.
        QList<QRectF> outlines;
        for (const RecordedStroke &s : device.strokes)
            if (s.shape == RecordedStroke::Shape::Rect && s.pen.color() == chartstyle::focusColour() &&
                s.pen.widthF() >= 2)
                outlines << s.points.boundingRect();
        QCOMPARE(outlines.size(), 3);
        const QList<RecordedStroke> outstanding = filledRects(device, Judgement::Outstanding);
        bool matched = false;
        for (const RecordedStroke &r : outstanding)
            matched = matched || r.points.boundingRect() == outlines.last();
        QVERIFY(matched); // 2023: Outstanding
        QVERIFY(outlines[0].center().x() < outlines[1].center().x());
        // One dashed rule between the 2017 and 2019 bars, labelled.
        QCOMPARE(dashedVerticals(device), 1);
        const QStringList drawn = device.textStrings();
        QVERIFY(drawn.contains(QStringLiteral("ILACS")));
        QVERIFY(drawn.contains(QStringLiteral("Aldport Borough Council (outlined)")));
        // Counts written in the parts: 2019's five good councils.
        QVERIFY(drawn.contains(QStringLiteral("5")));
    }

    void focusWithoutDataIsSaidNotDrawn()
    {
        // Kelby (811) was graded only in 2010: not in 2016-2023.
        QStringList chosen = comparatorNames(3);
        chosen.prepend(kKelby);
        const ChartDataset data = dataset(chosen, 811);
        QCOMPARE(data.focusCouncil(), kKelby);
        QVERIFY(!data.councils().contains(kKelby));
        const TrendPanel panel = TrendData::build(data).panels.first();
        QCOMPARE(panel.series.size(), 3);
        QVERIFY(!panel.focusSeries());
        const QString said = QStringLiteral("Kelby Borough Council has no judgement on overall effectiveness in these "
                                            "years");
        QCOMPARE(panel.focusNote(), said);
        QCOMPARE(panel.notes().first(), said);
        const GradeDistribution d = GradeDistribution::build(data, kOverall);
        QCOMPARE(d.focusNote(), said);
        QVERIFY(!d.focusMarked());
        PaintRecorder device(kDevice);
        {
            QPainter p(&device);
            chartpaint::drawTrendPanel(p, QRectF(0, 0, 700, 400), panel, TrendData::build(data).years, 3, false);
        }
        QVERIFY(device.textStrings().join(QLatin1Char(' ')).contains(QStringLiteral("Kelby Borough Council has no")));
        QVERIFY(!device.textStrings().contains(QStringLiteral("Kelby")));
        for (const RecordedStroke &s : polylines(device))
            QVERIFY(s.pen.color() != chartstyle::focusColour());
        // With the years that have its grade it is drawn.
        QVERIFY(TrendData::build(dataset(chosen, 811, 2010, 2023)).panels.first().focusSeries());
    }

private:
    static QList<RecordedStroke> filledRects(const PaintRecorder &e, Judgement j)
    {
        QList<RecordedStroke> list;
        for (const RecordedStroke &s : e.strokes)
            if (s.shape == RecordedStroke::Shape::Rect && s.brush.style() == Qt::SolidPattern &&
                s.brush.color() == chartstyle::judgementColour(j))
                list << s;
        return list;
    }
    static int dashedVerticals(const PaintRecorder &e)
    {
        int n = 0;
        for (const RecordedStroke &s : e.strokes)
            if (s.shape == RecordedStroke::Shape::Line && s.pen.style() == Qt::DashLine &&
                qFuzzyCompare(s.points[0].x(), s.points[1].x()))
                ++n;
        return n;
    }
};

QTEST_MAIN(TestChartFocus)
#include "tst_chartfocus.moc"
