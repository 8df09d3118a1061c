// The data table under each chart on the fixture database: it shows the same cells as the
// chart drawn on screen (every point of every line, every bar), is reached by keyboard with an
// accessible name, offers one table per family for small multiples, and File > Export Table
// writes the view's tables as an XLSX workbook with one sheet each.
#include "../../core/charts/ChartFixture.h"
#include "Session.h"
#include "ZipEntry.h"
#include "charts/ChartStyle.h"
#include "charts/Wording.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardView.h"
#include "dashboard/DataTableModel.h"
#include "dashboard/DataTablePanel.h"
#include "dashboard/FilterPanel.h"

#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QScatterSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace inspectdesk;
using namespace inspectdesk::fixture;

namespace {
QString expectedCell(const ChartPoint &p)
{
    const QString words = judgementWording(p.kind, p.judgement);
    return p.badge(true).isEmpty() ? words : words + QLatin1Char(' ') + p.badge(true);
}

QString cell(const DataTableModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

int rowOf(const DataTableModel *model, const QString &council)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (cell(model, r, 0) == council)
            return r;
    return -1;
}

int columnOf(const DataTableModel *model, const QString &header)
{
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal).toString() == header)
            return c;
    return -1;
}
} // namespace

class TestDashboardDataTable : public QObject
{
    Q_OBJECT
    QTemporaryDir mDir;
    Session mSession;
    DashboardView *mView = nullptr;

private slots:
    void initTestCase()
    {
        mDir.setAutoRemove(qEnvironmentVariableIsEmpty("KEEP_TEST_OUTPUT")); // to look at the exports
        QString error;
        QVERIFY2(mSession.openDatabase(mDir.filePath(QStringLiteral("fixture.sqlite")), &error), qPrintable(error));
        QVERIFY(fixture::build(mSession.database()));
        QVERIFY(fixture::addLaterFrameworks(mSession.database()));
        mView = new DashboardView(mSession);
        QTRY_VERIFY(!mView->isLoading()); // the judgements are read on a worker thread
        mView->resize(1280, 800);
        mView->show();
        QVERIFY(QTest::qWaitForWindowExposed(mView));
    }
    void cleanupTestCase() { delete mView; }

    void trendTableShowsEveryPointOfTheChart()
    {
        DashboardCharts *charts = mView->charts();
        charts->setKind(ChartViewKind::Trend);
        charts->setTrendOutcome(QStringLiteral("overall_effectiveness"));
        DataTablePanel *panel = charts->dataTable();
        QVERIFY(panel->isVisible());
        QVERIFY(!panel->view()->isVisible()); // shown on demand
        // By keyboard: the toggle takes focus and Space shows the table.
        panel->toggle()->setFocus();
        QTest::keyClick(panel->toggle(), Qt::Key_Space);
        QVERIFY(panel->view()->isVisible());
        QCOMPARE(panel->view()->accessibleName(), QStringLiteral("Data table: Overall effectiveness"));
        QVERIFY(panel->view()->focusPolicy() & Qt::TabFocus);

        const DataTableModel *model = panel->model();
        QCOMPARE(charts->charts().size(), 1);
        const BuiltChart *built = charts->built(charts->charts().first());
        QVERIFY(built);
        int compared = 0;
        for (auto it = built->sources.constBegin(); it != built->sources.constEnd(); ++it) {
            const auto *scatter = qobject_cast<const QScatterSeries *>(it.key());
            if (!scatter)
                continue;
            const int row = rowOf(model, built->councilOf.value(it.key()));
            QVERIFY(row >= 0);
            for (int i = 0; i < it->size(); ++i) {
                const int year = qRound(scatter->at(i).x());
                const int column = columnOf(model, QString::number(year));
                QVERIFY(column > 0);
                QCOMPARE(cell(model, row, column), expectedCell(it->at(i)));
                ++compared;
            }
        }
        // 2005-2026: Northby 11 years, Southam 10, Westmere 5 (its 2026 report grades no overall effectiveness).
        QCOMPARE(compared, 11 + 10 + 5);
        QCOMPARE(cell(model, rowOf(model, kNorthby), columnOf(model, QStringLiteral("2014"))),
                 QStringLiteral("Requires improvement !"));
        QCOMPARE(cell(model, rowOf(model, kSoutham), columnOf(model, QStringLiteral("2008"))),
                 QStringLiteral("Inadequate *"));
        QCOMPARE(model->index(rowOf(model, kSoutham), columnOf(model, QStringLiteral("2008")))
                     .data(Qt::BackgroundRole)
                     .value<QBrush>()
                     .color(),
                 chartstyle::judgementColour(Judgement::Inadequate));
    }

    void comparisonTableShowsEveryBar()
    {
        DashboardCharts *charts = mView->charts();
        charts->setKind(ChartViewKind::Comparison);
        charts->setYear(2008);
        const DataTableModel *model = charts->dataTable()->model();
        const BuiltChart *built = charts->built(charts->charts().first());
        QVERIFY(built);
        int compared = 0;
        for (auto it = built->sources.constBegin(); it != built->sources.constEnd(); ++it) {
            const auto *set = qobject_cast<const QBarSet *>(it.key());
            if (!set)
                continue;
            const int row = rowOf(model, built->councilOf.value(it.key()));
            QVERIFY(row >= 0);
            for (int i = 0; i < it->size(); ++i) {
                if (it->at(i).reportId <= 0)
                    continue; // no bar: no grade
                QVERIFY2(cell(model, row, i + 1).startsWith(judgementWording(it->at(i).kind, it->at(i).judgement)),
                         qPrintable(cell(model, row, i + 1)));
                QCOMPARE(cell(model, row, i + 1).endsWith(QLatin1String(" *")), !it->at(i).reviewed());
                ++compared;
            }
        }
        QCOMPARE(compared, 3 * 7);
        QCOMPARE(cell(model, rowOf(model, kSoutham), 1), QStringLiteral("Inadequate (“1”) *"));
    }

    void smallMultiplesOfferOneTablePerFamily()
    {
        DashboardCharts *charts = mView->charts();
        charts->setKind(ChartViewKind::SmallMultiples);
        DataTablePanel *panel = charts->dataTable();
        QCOMPARE(panel->tables().size(), charts->charts().size());
        QVERIFY(panel->chooser()->isVisible());
        QCOMPARE(panel->chooser()->count(), charts->charts().size());
        panel->setCurrentTable(1);
        QCOMPARE(panel->view()->accessibleName(), QStringLiteral("Data table: %1").arg(charts->charts()[1]->title()));

        const QString path = mDir.filePath(QStringLiteral("multiples.xlsx"));
        QString error;
        QVERIFY2(mView->exportTables(path, &error), qPrintable(error));
        QStringList titles;
        for (QChart *chart : charts->charts())
            titles << chart->title();
        QCOMPARE(inspectdesk::test::xlsxSheetNames(path), titles);
    }

    void gridIsItsOwnTable()
    {
        DashboardCharts *charts = mView->charts();
        charts->setKind(ChartViewKind::Grid);
        QVERIFY(!charts->dataTable()->isVisible());
        const QString path = mDir.filePath(QStringLiteral("grid.csv"));
        QString error;
        QVERIFY2(mView->exportTables(path, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("\xEF\xBB\xBF"
                                       "Council,Overall effectiveness"));
        const QString bad = mDir.filePath(QStringLiteral("missing/grid.xlsx"));
        QVERIFY(!mView->exportTables(bad, &error));
        QCOMPARE(error, bad + QStringLiteral(": no such folder"));
    }
};

QTEST_MAIN(TestDashboardDataTable)
#include "tst_dashboard_datatable.moc"
