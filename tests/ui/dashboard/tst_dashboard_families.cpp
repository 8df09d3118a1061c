// The dashboard over 2005-2026 on a fixture database: families offered per year range, lines
// that cross a change of framework (rules, footnotes), Ofsted's words on the axis and in the
// grid, and the screen and the printed page drawing the same description.
#include "../../core/charts/ChartFixture.h"
#include "ChartSeries.h"
#include "Session.h"
#include "charts/ChartExport.h"
#include "charts/TrendData.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardView.h"
#include "dashboard/FilterPanel.h"
#include "dashboard/GridModel.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk;
using namespace inspectdesk::fixture;

namespace {
QStringList valueLabels(QChart *chart)
{
    const auto axes = chart->axes(Qt::Vertical);
    return axes.isEmpty() ? QStringList() : qobject_cast<QCategoryAxis *>(axes.first())->categoriesLabels();
}
const QString kInCare = QStringLiteral("children_in_care");
} // namespace

class TestDashboardFamilies : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    Session mSession;
    DashboardView *mView = nullptr;

    void show(int from, int to)
    {
        ChartFilter f;
        f.fromYear = from;
        f.toYear = to;
        mView->filters()->setFilter(f);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(mSession.openDatabase(mDir.filePath(QStringLiteral("fixture.sqlite")), &error), qPrintable(error));
        QVERIFY(fixture::build(mSession.database()));
        QVERIFY(fixture::addLaterFrameworks(mSession.database()));
        mView = new DashboardView(mSession);
        QTRY_VERIFY(!mView->isLoading()); // the judgements are read on a worker thread
        mView->resize(1280, 800);
    }
    void cleanupTestCase() { delete mView; }

    void offersOnlyFamiliesWithData()
    {
        show(2013, 2026);
        const QStringList later = {QStringLiteral("overall_effectiveness"), QStringLiteral("help_and_protection"),
                                   kInCare, QStringLiteral("care_leavers"), QStringLiteral("leadership")};
        QCOMPARE(mView->charts()->offeredFamilies(), later);
        QCOMPARE(mView->filters()->offeredFamilies(), later);
        show(2005, 2008);
        QCOMPARE(mView->charts()->offeredFamilies().size(), 7);
        QVERIFY(!mView->filters()->offeredFamilies().contains(kInCare));
    }

    void childrenInCareCrossesTwoChangesOfFramework()
    {
        show(2013, 2026);
        DashboardCharts *charts = mView->charts();
        charts->setKind(ChartViewKind::Trend);
        charts->setTrendOutcome(kInCare);
        QCOMPARE(charts->charts().size(), 1);
        QChart *chart = charts->charts().first();
        QCOMPARE(chart->title(), QStringLiteral("Children in care"));
        QList<QLineSeries *> councils, rules;
        for (QLineSeries *l : seriesOf<QLineSeries>(chart))
            (l->pen().style() == Qt::DashLine && l->pen().color() == QColor(0x555555) ? rules : councils) << l;
        QCOMPARE(councils.size(), 3);
        QCOMPARE(councils[0]->name(), kNorthby);
        QCOMPARE(councils[0]->points(), QList<QPointF>({{2014, 2}, {2019, 3}, {2024, 4}}));
        QCOMPARE(councils[2]->points(), QList<QPointF>({{2023, 2}, {2026, 3}}));
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules[0]->points().first().x(), 2017.5);
        QCOMPARE(rules[1]->points().first().x(), 2022.5);
        QCOMPARE(rules[1]->pointLabelsFormat(), QStringLiteral("ILACS 2023-"));
        // Five years apart: the first labelled at the foot, the second at the top, so that in a
        // small panel the two never run into each other.
        auto labelAt = [](QLineSeries *rule, int point) {
            return rule->pointConfiguration(point).value(QXYSeries::PointConfiguration::LabelVisibility).toBool();
        };
        QVERIFY(labelAt(rules[0], 0) && !labelAt(rules[0], 1));
        QVERIFY(!labelAt(rules[1], 0) && labelAt(rules[1], 1));
        QCOMPARE(valueLabels(chart),
                 QStringList({QStringLiteral("Inadequate"), QStringLiteral("Requires improvement (to be good)"),
                              QStringLiteral("Good"), QStringLiteral("Outstanding")}));
        QVERIFY(charts->footnotes().contains(QStringLiteral("ILACS 2018-22: children in care and care leavers")));
        // Over 13 years with data the axis labels every 2nd year, so labels never run together.
        const auto x = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).first());
        QCOMPARE(x->categoriesLabels().first(), QStringLiteral("2014"));
        QCOMPARE(x->categoriesLabels().at(1), QStringLiteral("2016"));
    }

    void smallPanelsKeepLabelsWholeAndThePlotLarge()
    {
        // At 1280x800 a panel is about 270 px wide: its grade labels wrap rather than being cut
        // to "Requires i…", the axis titles give their room to the plot, and a framework label
        // at the top sits inside the plot, clear of the panel's title.
        show(2013, 2026);
        DashboardCharts *charts = mView->charts();
        charts->setKind(ChartViewKind::SmallMultiples);
        mView->show();
        QChart *inCare = nullptr;
        for (QChart *c : charts->charts())
            if (c->title() == QStringLiteral("Children in care"))
                inCare = c;
        QVERIFY(inCare);
        QCOMPARE(valueLabels(inCare),
                 QStringList({QStringLiteral("Inadequate"), QStringLiteral("Requires<br>improvement<br>(to be good)"),
                              QStringLiteral("Good"), QStringLiteral("Outstanding")}));
        const auto *y = qobject_cast<QCategoryAxis *>(inCare->axes(Qt::Vertical).first());
        QVERIFY(!y->truncateLabels());
        QCOMPARE(y->titleText(), QString());
        QCOMPARE(inCare->axes(Qt::Horizontal).first()->titleText(), QString());
        QLineSeries *top = nullptr;
        for (QLineSeries *l : seriesOf<QLineSeries>(inCare))
            if (l->pointLabelsFormat() == QStringLiteral("ILACS 2023-"))
                top = l;
        QVERIFY(top);
        QVERIFY(top->pointConfiguration(1).value(QXYSeries::PointConfiguration::LabelVisibility).toBool());
        QVERIFY2(top->at(1).y() < 4.5, qPrintable(QString::number(top->at(1).y())));
        QTRY_VERIFY(inCare->plotArea().width() > 0);
        QVERIFY2(
            inCare->plotArea().width() > 0.6 * inCare->size().width(),
            qPrintable(QStringLiteral("plot %1 of %2 px").arg(inCare->plotArea().width()).arg(inCare->size().width())));
        mView->hide();
    }

    void reinspectionInOneYearIsMarked()
    {
        show(2013, 2026);
        DashboardCharts *charts = mView->charts();
        charts->setKind(ChartViewKind::Trend);
        charts->setTrendOutcome(QStringLiteral("overall_effectiveness"));
        QChart *chart = charts->charts().first();
        const auto marks = seriesOf<QScatterSeries>(chart);
        QCOMPARE(marks[0]->name(), kNorthby);
        QCOMPARE(marks[0]->points().first(), QPointF(2014, 2));
        QCOMPARE(marks[0]->pointConfiguration(0).value(QXYSeries::PointConfiguration::LabelVisibility).toBool(), true);
        QCOMPARE(marks[0]->pointLabelsFormat(), QStringLiteral("!"));
    }

    void gridAndComparisonUseTheFrameworksWords()
    {
        show(2013, 2026);
        DashboardCharts *charts = mView->charts();
        charts->setKind(ChartViewKind::Grid);
        charts->setYear(2022);
        GridModel *model = charts->gridModel();
        QCOMPARE(model->headerData(0, Qt::Vertical).toString(), kSoutham);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Requires improvement to be good"));
        charts->setYear(2014);
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Requires improvement !"));
        charts->setKind(ChartViewKind::Comparison);
        QChart *chart = charts->charts().first();
        QCOMPARE(valueLabels(chart)[1], QStringLiteral("Requires improvement"));
        // The "!" of the re-inspection (4 of its 5 family judgements differ from the first
        // inspection's) is drawn above each such bar on screen, as on paper.
        QList<QScatterSeries *> badges;
        for (QScatterSeries *s : seriesOf<QScatterSeries>(chart))
            badges << s;
        QCOMPARE(badges.size(), 1);
        QCOMPARE(badges[0]->pointLabelsFormat(), QStringLiteral("!"));
        QCOMPARE(badges[0]->count(), 4);
        QCOMPARE(badges[0]->at(0).y(), 2.05);
    }

    void gridShowsJudgementsInForceOnADate()
    {
        show(2005, 2026);
        DashboardCharts *charts = mView->charts();
        charts->setKind(ChartViewKind::Grid);
        charts->setInForceDate(QDate(2023, 6, 30));
        GridModel *model = charts->gridModel();
        QCOMPARE(model->rowCount(), 3); // not only councils inspected in 2023
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Overall effectiveness"));
        QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Good, 2019"));
        QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("Requires improvement to be good, 2022"));
        QCOMPARE(model->index(2, 0).data().toString(), QStringLiteral("Inadequate, 2023"));
        QVERIFY(charts->pageContent().title.startsWith(QStringLiteral("Judgements in force on")));
        charts->setInForceDate(QDate());
        QCOMPARE(model->rowCount(), 1); // by assessment year again: 2026, Westmere only
    }

    // One description, two renderers: what the screen chart shows (axis words, names, change
    // labels, footnotes) is on the printed page too.
    void screenAndPrintDrawTheSameDescription()
    {
        show(2013, 2026);
        DashboardCharts *charts = mView->charts();
        charts->setKind(ChartViewKind::Trend);
        charts->setTrendOutcome(kInCare);
        QChart *chart = charts->charts().first();
        const TrendData trend = TrendData::build(charts->dataset());
        const TrendPanel *panel = trend.panel(kInCare);
        QVERIFY(panel);
        QCOMPARE(valueLabels(chart), panel->valueLabels);
        QCOMPARE(charts->footnotes(), panel->footnotes.join(QLatin1Char('\n')));
        const QString pdf = mDir.filePath(QStringLiteral("care.pdf"));
        QString error;
        QVERIFY2(mView->exportTo(pdf, &error), qPrintable(error));
        const QString text = pdfPageTexts(pdf).join(QLatin1Char(' '));
        for (const QString &label : panel->valueLabels)
            for (const QString &word : label.split(QLatin1Char(' ')))
                QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" not in: ") + text));
        for (const FrameworkChange &c : panel->changes)
            QVERIFY2(text.contains(c.label), qPrintable(c.label));
        for (const QString &s : {kNorthby, kSoutham, kWestmere, QStringLiteral("ILACS 2023-: children in care")})
            QVERIFY2(text.contains(s), qPrintable(s));
    }

    void screenshotsForReadme()
    {
        const QString dir = qEnvironmentVariable("DASHBOARD_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set DASHBOARD_SCREENSHOT_DIR to write docs/screenshots/dashboard-*.png");
        DashboardCharts *charts = mView->charts();
        for (const QSize &size : {QSize(1280, 800), QSize(1920, 1080)}) {
            mView->resize(size);
            mView->show();
            QVERIFY(QTest::qWaitForWindowExposed(mView));
            const QString suffix = QStringLiteral("-%1x%2.png").arg(size.width()).arg(size.height());
            show(2005, 2026);
            charts->setInForceDate(QDate());
            charts->setKind(ChartViewKind::Trend);
            charts->setTrendOutcome(QStringLiteral("overall_effectiveness"));
            QTest::qWait(300);
            QVERIFY(mView->grab().save(dir + QStringLiteral("/dashboard-families") + suffix));
            show(2013, 2026);
            charts->setTrendOutcome(kInCare);
            QTest::qWait(300);
            QVERIFY(mView->grab().save(dir + QStringLiteral("/dashboard-in-care") + suffix));
            show(2005, 2026);
            charts->setKind(ChartViewKind::Grid);
            charts->setInForceDate(QDate(2023, 6, 30));
            QTest::qWait(300);
            QVERIFY(mView->grab().save(dir + QStringLiteral("/dashboard-in-force") + suffix));
            charts->setKind(ChartViewKind::Comparison);
            QTest::qWait(300);
            QVERIFY(mView->grab().save(dir + QStringLiteral("/dashboard-comparison") + suffix));
            charts->setInForceDate(QDate());
        }
    }
};

QTEST_MAIN(TestDashboardFamilies)
#include "tst_dashboard_families.moc"
