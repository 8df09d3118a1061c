// The dashboard on a fixture database: the QChart series, points, axes and categories each
// view builds are exact; grid cells, no-data message, click-through to the review workspace
// and printing to a PDF (read back with poppler).
#include "../../core/charts/ChartFixture.h"
#include "ChartSeries.h"
#include "Session.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardView.h"
#include "dashboard/FilterPanel.h"
#include "dashboard/GridModel.h"
#include "dashboard/SharedLegend.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLegendMarker>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QPrinter>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk;
using namespace inspectdesk::fixture;

namespace {
// The councils' lines, without the dashed rules that mark a change of framework.
QList<QLineSeries *> councilLines(QChart *chart)
{
    QList<QLineSeries *> list;
    for (QLineSeries *l : seriesOf<QLineSeries>(chart))
        if (l->pen().color() != QColor(0x555555))
            list << l;
    return list;
}
QList<QLineSeries *> rulesOf(QChart *chart)
{
    QList<QLineSeries *> list;
    for (QLineSeries *l : seriesOf<QLineSeries>(chart))
        if (l->pen().color() == QColor(0x555555))
            list << l;
    return list;
}
QCategoryAxis *axis(QChart *chart, Qt::Orientation o)
{
    const auto axes = chart->axes(o);
    return axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(axes.first());
}
const QStringList kValueLabels = {QStringLiteral("Inadequate"), QStringLiteral("Adequate"), QStringLiteral("Good"),
                                  QStringLiteral("Outstanding")};
} // namespace

class TestDashboardView : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    Session mSession;
    DashboardView *mView = nullptr;

    ChartFilter filter(const QStringList &councils = {}) const
    {
        ChartFilter f;
        f.councils = councils;
        f.fromYear = 2005;
        f.toYear = 2012;
        return f;
    }

private slots:
    void initTestCase()
    {
        mDir.setAutoRemove(qEnvironmentVariableIsEmpty("KEEP_TEST_OUTPUT")); // to look at the print
        QString error;
        QVERIFY2(mSession.openDatabase(mDir.filePath(QStringLiteral("fixture.sqlite")), &error), qPrintable(error));
        QVERIFY(fixture::build(mSession.database()));
        QVERIFY(fixture::addLaterFrameworks(mSession.database()));
        mView = new DashboardView(mSession);
        QTRY_VERIFY(!mView->isLoading()); // the judgements are read on a worker thread
        mView->resize(1300, 800);
    }
    void cleanupTestCase() { delete mView; }

    void trendChartSeriesAndAxes()
    {
        mView->filters()->setFilter(filter());
        DashboardCharts *charts = mView->charts();
        charts->setKind(ChartViewKind::Trend);
        charts->setTrendOutcome(QStringLiteral("overall_effectiveness"));
        QVERIFY(!charts->showsNoData());
        QCOMPARE(charts->charts().size(), 1);
        QChart *chart = charts->charts().first();
        QCOMPARE(chart->title(), QStringLiteral("Overall effectiveness"));
        const auto lines = councilLines(chart);
        const auto marks = seriesOf<QScatterSeries>(chart);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(marks.size(), 3);
        QStringList names;
        for (QLineSeries *l : lines)
            names << l->name();
        QCOMPARE(names, QStringList({kNorthby, kSoutham, kWestmere}));
        QCOMPARE(
            lines[0]->points(),
            QList<QPointF>({{2005, 2}, {2006, 2}, {2007, 3}, {2008, 3}, {2009, 3}, {2010, 2}, {2011, 3}, {2012, 4}}));
        QCOMPARE(
            lines[1]->points(),
            QList<QPointF>({{2005, 3}, {2006, 3}, {2007, 2}, {2008, 1}, {2009, 1}, {2010, 2}, {2011, 2}, {2012, 3}}));
        QCOMPARE(lines[2]->points(), QList<QPointF>({{2006, 4}, {2007, 4}, {2008, 3}, {2011, 4}}));
        QCOMPARE(marks[2]->points(), lines[2]->points());
        // Council styles differ in dash and marker shape, not only colour.
        QCOMPARE(lines[0]->pen().style(), Qt::SolidLine);
        QCOMPARE(lines[1]->pen().style(), Qt::DashLine);
        QCOMPARE(marks[0]->markerShape(), QScatterSeries::MarkerShapeCircle);
        QCOMPARE(marks[1]->markerShape(), QScatterSeries::MarkerShapeRectangle);
        QCOMPARE(marks[0]->color(), QColor(0x0072B2));
        // Southam 2008 (index 3) is unreviewed: a hollow marker.
        QCOMPARE(marks[1]->pointConfiguration(3).value(QXYSeries::PointConfiguration::Color).value<QColor>(),
                 QColor(Qt::white));
        QVERIFY(marks[1]->pointConfiguration(2).isEmpty());
        // Northby 2010 (index 5): the safeguarding inspection's section grade is no second
        // candidate, so no "!"; the line crosses from APA letters to assessments at 2008.5.
        QVERIFY(!marks[0]->pointsConfiguration().contains(5));
        const auto rules = rulesOf(chart);
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules[0]->points(), QList<QPointF>({{2008.5, 0.5}, {2008.5, 4.5}}));
        QCOMPARE(rules[0]->pointLabelsFormat(), QStringLiteral("CSA"));
        QVERIFY(charts->footnotes().startsWith(QStringLiteral("Overall effectiveness joins 2 judgements")));
        QCategoryAxis *x = axis(chart, Qt::Horizontal);
        QCategoryAxis *y = axis(chart, Qt::Vertical);
        QVERIFY(x && y);
        QCOMPARE(x->categoriesLabels(),
                 QStringList({QStringLiteral("2005"), QStringLiteral("2006"), QStringLiteral("2007"),
                              QStringLiteral("2008"), QStringLiteral("2009"), QStringLiteral("2010"),
                              QStringLiteral("2011"), QStringLiteral("2012")}));
        QCOMPARE(y->categoriesLabels(), kValueLabels);
        for (int v = 1; v <= 4; ++v)
            QCOMPARE(y->endValue(kValueLabels[v - 1]), qreal(v));
        QCOMPARE(y->labelsPosition(), QCategoryAxis::AxisLabelsPositionOnValue);
        QCOMPARE(y->min(), 0.5);
        QCOMPARE(y->max(), 4.5);
        // The legend shows each council once.
        mView->show();
        QVERIFY(QTest::qWaitForWindowExposed(mView));
        int visible = 0;
        for (QLegendMarker *m : chart->legend()->markers())
            visible += m->isVisible() ? 1 : 0;
        QCOMPARE(visible, 3);
        QVERIFY(chart->legend()->isVisible());
    }

    void chosenCouncilOrderAndSmallMultiples()
    {
        ChartFilter f = filter({kSoutham, kNorthby});
        f.fromYear = 2007;
        mView->filters()->setFilter(f);
        DashboardCharts *charts = mView->charts();
        charts->setKind(ChartViewKind::SmallMultiples);
        const QList<QChart *> list = charts->charts();
        QCOMPARE(list.size(), 7);
        QStringList titles;
        for (QChart *c : list)
            titles << c->title();
        QCOMPARE(titles,
                 QStringList({QStringLiteral("Overall effectiveness"), QStringLiteral("Being healthy"),
                              QStringLiteral("Staying safe"), QStringLiteral("Enjoying and achieving"),
                              QStringLiteral("Making a positive contribution"),
                              QStringLiteral("Achieving economic well-being"), QStringLiteral("Capacity to improve")}));
        const auto lines = seriesOf<QLineSeries>(list[2]);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0]->name(), kSoutham);
        QCOMPARE(lines[0]->points(), QList<QPointF>({{2007, 2}, {2008, 1}}));
        QCOMPARE(lines[1]->points(), QList<QPointF>({{2007, 3}, {2008, 4}}));
        QCOMPARE(axis(list[2], Qt::Horizontal)->categoriesLabels().first(), QStringLiteral("2007"));
        QCOMPARE(axis(list[6], Qt::Vertical)->categoriesLabels(), kValueLabels);
    }

    // Small multiples are built with the legend hidden and torn down by moving legend items out
    // of their group first: the result must still be one legend entry per council on the first
    // panel, hollow and "!" points, and click-through, also after the charts are rebuilt.
    void smallMultiplesLegendPointsAndClickThroughSurviveRebuild()
    {
        mView->filters()->setFilter(filter());
        DashboardCharts *charts = mView->charts();
        for (int round = 0; round < 2; ++round) {
            charts->setKind(ChartViewKind::SmallMultiples);
            mView->show();
            QVERIFY(QTest::qWaitForWindowExposed(mView));
            QTest::qWait(50); // the legends lay out
            const QList<QChart *> list = charts->charts();
            QCOMPARE(list.size(), 7);
            // No panel has a legend of its own (in a small panel it cut names to "S…"): one
            // legend over them all names every council whole, styled as its lines.
            for (QChart *chart : list)
                QVERIFY(!chart->legend()->isVisible());
            const auto lines = councilLines(list[0]);
            const auto marks = seriesOf<QScatterSeries>(list[0]);
            auto *legend = charts->findChild<SharedLegend *>();
            QVERIFY(legend && legend->isVisible());
            QStringList named;
            for (const QScatterSeries *m : marks)
                named << m->name();
            QCOMPARE(legend->councils(), named);
            QCOMPARE(named.size(), 3);
            QVERIFY(legend->height() >= legend->heightForWidth(legend->width()));
            QVERIFY(legend->heightForWidth(legend->width()) > 0);
            QCOMPARE(lines.size(), 3);
            QCOMPARE(marks.size(), 3);
            QCOMPARE(lines[1]->pen().style(), Qt::DashLine);
            QCOMPARE(lines[1]->pen().widthF(), 1.5);
            QCOMPARE(marks[1]->markerSize(), 8.0);
            QCOMPARE(marks[1]->pointConfiguration(3).value(QXYSeries::PointConfiguration::Color).value<QColor>(),
                     QColor(Qt::white));
            QVERIFY(marks[0]->pointLabelsFont().bold());
            QSignalSpy spy(mView, &DashboardView::openJudgementRequested);
            QVERIFY(charts->activate(marks[1], 3));
            QCOMPARE(spy.size(), 1);
            // Rebuild: the old views (and their charts) are deleted when events run.
            charts->setKind(ChartViewKind::Trend);
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            QCOMPARE(charts->charts().size(), 1);
        }
    }

    void comparisonBars()
    {
        mView->filters()->setFilter(filter());
        DashboardCharts *charts = mView->charts();
        charts->setKind(ChartViewKind::Comparison);
        charts->setYear(2008);
        QCOMPARE(charts->year(), 2008);
        QCOMPARE(charts->charts().size(), 1);
        QChart *chart = charts->charts().first();
        const auto bars = seriesOf<QBarSeries>(chart);
        QCOMPARE(bars.size(), 1);
        const QList<QBarSet *> sets = bars.first()->barSets();
        QCOMPARE(sets.size(), 3);
        QCOMPARE(sets[0]->label(), kNorthby);
        QCOMPARE(sets[2]->label(), kWestmere);
        auto values = [](QBarSet *set) {
            QList<qreal> v;
            for (int i = 0; i < set->count(); ++i)
                v << set->at(i);
            return v;
        };
        QCOMPARE(values(sets[0]), QList<qreal>({3, 3, 4, 3, 3, 4, 3}));
        QCOMPARE(values(sets[1]), QList<qreal>({1, 2, 1, 2, 2, 2, 2}));
        const auto categories = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Horizontal).first());
        QCOMPARE(categories->categories(),
                 QStringList({QStringLiteral("Overall"), QStringLiteral("Healthy"), QStringLiteral("Safe"),
                              QStringLiteral("Enjoy/achieve"), QStringLiteral("Contribution"),
                              QStringLiteral("Economic"), QStringLiteral("Capacity")}));
        QCOMPARE(axis(chart, Qt::Vertical)->categoriesLabels(), kValueLabels);
        // Clicking Southam's staying-safe bar opens that judgement.
        QSignalSpy spy(mView, &DashboardView::openJudgementRequested);
        QVERIFY(charts->activate(sets[1], 2));
        QCOMPARE(spy.size(), 1);
        const qint64 judgementId = spy.first().at(1).toLongLong();
        const auto stored = mSession.store().judgement(judgementId);
        QVERIFY(stored);
        QCOMPARE(stored->key, QStringLiteral("staying_safe"));
        QCOMPARE(stored->printed, QStringLiteral("1"));
        const auto report = mSession.store().report(spy.first().at(0).toLongLong());
        QCOMPARE(report->content.council, kSoutham);
        QCOMPARE(report->content.assessmentYear, 2008);
    }

    void gridCellsAndClickThrough()
    {
        mView->filters()->setFilter(filter());
        DashboardCharts *charts = mView->charts();
        charts->setKind(ChartViewKind::Grid);
        charts->setYear(2008);
        GridModel *model = charts->gridModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->columnCount(), 7);
        QCOMPARE(model->headerData(0, Qt::Vertical).toString(), kNorthby);
        QCOMPARE(model->headerData(6, Qt::Horizontal).toString(), QStringLiteral("Capacity to improve"));
        const QModelIndex southSafe = model->index(1, 2);
        QCOMPARE(southSafe.data().toString(), QStringLiteral("Inadequate (“1”) *"));
        QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("Outstanding (“4”)"));
        QCOMPARE(southSafe.data(Qt::BackgroundRole).value<QBrush>().color(), QColor(0xD55E00));
        const QString tip = southSafe.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("southam_apa_2008.pdf")) && tip.contains(QStringLiteral("page 2")) &&
                     tip.contains(QStringLiteral("not yet reviewed")) && tip.contains(QStringLiteral("printed “1”")),
                 qPrintable(tip));
        QSignalSpy spy(mView, &DashboardView::openJudgementRequested);
        emit charts->gridView()->activated(southSafe);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().at(1).toLongLong(), southSafe.data(GridModel::JudgementIdRole).toLongLong());
        // 2010: the assessment in its own words (the printed grade says the same).
        charts->setYear(2010);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Performs adequately (2)"));
        QCOMPARE(model->columnCount(), 1); // only overall effectiveness was graded
    }

    // A fresh dashboard shows each council's judgement in force today, not only the councils
    // inspected in the latest year of the data (in 2012 the fixture has fewer councils).
    void comparisonAndGridDefaultToInForceToday()
    {
        DashboardView fresh(mSession);
        QTRY_VERIFY(!fresh.isLoading());
        fresh.filters()->setFilter(filter());
        DashboardCharts *charts = fresh.charts();
        charts->setKind(ChartViewKind::Grid);
        GridModel *model = charts->gridModel();
        QCOMPARE(model->rowCount(), 3);
        QStringList rows;
        for (int r = 0; r < model->rowCount(); ++r)
            rows << model->headerData(r, Qt::Vertical).toString();
        QCOMPARE(rows, QStringList({kNorthby, kSoutham, kWestmere}));
        charts->setYear(2012); // choosing a year switches to that assessment year's inspections
        QVERIFY2(model->rowCount() < 3, qPrintable(QString::number(model->rowCount())));
    }

    void noDataSaysSo()
    {
        ChartFilter f = filter({kWestmere});
        f.population = Population::LookedAfterChildren;
        mView->filters()->setFilter(f);
        DashboardCharts *charts = mView->charts();
        for (ChartViewKind k : {ChartViewKind::Trend, ChartViewKind::Comparison, ChartViewKind::Grid}) {
            charts->setKind(k);
            QVERIFY(charts->showsNoData());
            QVERIFY(charts->charts().isEmpty());
            QVERIFY(charts->noDataMessage().startsWith(QStringLiteral("No judgements match this selection")));
        }
        // Looked after children are graded separately for Northby in 2010 only.
        f.councils = {kNorthby};
        mView->filters()->setFilter(f);
        charts->setKind(ChartViewKind::Trend);
        charts->setTrendOutcome(QStringLiteral("making_a_positive_contribution"));
        QVERIFY(!charts->showsNoData());
        QCOMPARE(seriesOf<QLineSeries>(charts->charts().first()).first()->points(), QList<QPointF>({{2010, 4}}));
    }

    void printsVectorPageWithTitleLegendAndSource()
    {
        mView->filters()->setFilter(filter({kNorthby, kWestmere}));
        mView->charts()->setKind(ChartViewKind::Trend);
        mView->charts()->setTrendOutcome(QStringLiteral("capacity_to_improve"));
        const QString path = mDir.filePath(QStringLiteral("print.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setPageOrientation(QPageLayout::Landscape);
        mView->printTo(&printer);
        const QStringList pages = pdfPageTexts(path);
        QCOMPARE(pages.size(), 1);
        for (const QString &s : {QStringLiteral("Judgements over time: Capacity to improve"), kNorthby, kWestmere,
                                 QStringLiteral("Outstanding"), QStringLiteral("Source: Ofsted inspection reports"),
                                 QStringLiteral("data as of"), QStringLiteral("All reviewed")})
            QVERIFY2(pages.first().contains(s), qPrintable(s + QStringLiteral(" missing: ") + pages.first()));
        QVERIFY(!pages.first().contains(kSoutham));
        QString error;
        const QString svg = mDir.filePath(QStringLiteral("view.svg"));
        QVERIFY(mView->exportTo(svg, &error));
        QVERIFY(QFileInfo(svg).size() > 1000);
    }

    void filterPanelRoundTripsAndSearches()
    {
        FilterPanel *panel = mView->filters();
        ChartFilter f = filter({kWestmere, kNorthby});
        f.fromYear = 2006;
        f.toYear = 2010;
        f.outcomes = {QStringLiteral("staying_safe")};
        f.kinds = {ReportKind::Apa, ReportKind::Jar};
        f.population = Population::LookedAfterChildren;
        f.showUnreviewed = false;
        panel->setFilter(f);
        QCOMPARE(panel->filter(), f);
        // The search box narrows the council list without changing the choice.
        auto *search = panel->findChild<QLineEdit *>();
        auto *list = panel->findChild<QListView *>();
        QVERIFY(search && list);
        QCOMPARE(list->model()->rowCount(), 3);
        QTest::keyClicks(search, QStringLiteral("west"));
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), kWestmere);
        QCOMPARE(panel->filter().councils, QStringList({kWestmere, kNorthby}));
        search->clear();
        // Unticking a council in the list removes it and redraws.
        QSignalSpy changed(panel, &FilterPanel::filterChanged);
        for (int r = 0; r < list->model()->rowCount(); ++r)
            if (list->model()->index(r, 0).data().toString() == kWestmere)
                list->model()->setData(list->model()->index(r, 0), Qt::Unchecked, Qt::CheckStateRole);
        QCOMPARE(panel->filter().councils, QStringList({kNorthby}));
        QVERIFY(changed.size() >= 1);
    }

    void screenshotForReadme()
    {
        const QString dir = qEnvironmentVariable("DASHBOARD_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set DASHBOARD_SCREENSHOT_DIR to write docs/screenshots/dashboard-trend.png");
        mView->filters()->setFilter(filter({kNorthby, kSoutham, kWestmere}));
        mView->charts()->setKind(ChartViewKind::Trend);
        mView->charts()->setTrendOutcome(QStringLiteral("overall_effectiveness"));
        mView->show();
        QVERIFY(QTest::qWaitForWindowExposed(mView));
        QTest::qWait(300);
        QVERIFY(mView->grab().save(dir + QStringLiteral("/dashboard-trend.png")));
    }
};

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
