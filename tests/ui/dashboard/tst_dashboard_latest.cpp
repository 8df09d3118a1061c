// The dashboard's "Latest judgements" view through its real widgets: the view is offered,
// clicking the overall effectiveness heading sorts in grade order, the region combo filters,
// cells carry the grid's colours, Enter opens the judgement, and the printed page's
// description has the same rows in the same order as the screen.
#include "../../core/charts/LatestFixture.h"
#include "charts/ChartPage.h"
#include "charts/ChartStyle.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/LatestJudgementsModel.h"
#include "dashboard/LatestJudgementsPanel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace inspectdesk;

class TestDashboardLatest : public QObject
{
    Q_OBJECT
    DashboardCharts *mCharts = nullptr;

    QTableView *view() const { return mCharts->latestPanel()->tableView(); }
    // The rows as the screen shows them, every column's text.
    QList<QStringList> screenRows() const
    {
        QList<QStringList> rows;
        const QAbstractItemModel *m = view()->model();
        for (int r = 0; r < m->rowCount(); ++r) {
            QStringList row;
            for (int c = 0; c < m->columnCount(); ++c)
                row << m->index(r, c).data().toString();
            rows << row;
        }
        return rows;
    }
    QStringList screenCouncils() const
    {
        QStringList names;
        for (const QStringList &row : screenRows())
            names << row.first();
        return names;
    }
    int columnTitled(const QString &title) const
    {
        const QAbstractItemModel *m = view()->model();
        for (int c = 0; c < m->columnCount(); ++c)
            if (m->headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString() == title)
                return c;
        return -1;
    }
    // The rows the printed page draws, from the page content the view hands to print.
    QList<QStringList> printedRows() const
    {
        const LatestJudgements printed = LatestJudgements::build(mCharts->dataset(), mCharts->pageContent().latest);
        QList<QStringList> rows;
        for (int r = 0; r < printed.rows.size(); ++r) {
            QStringList row;
            for (int c = 0; c < printed.columnCount(); ++c)
                row << printed.text(r, c);
            rows << row;
        }
        return rows;
    }
    void clickHeader(int column)
    {
        QHeaderView *header = view()->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    }

private slots:
    void init()
    {
        mCharts = new DashboardCharts;
        mCharts->resize(1280, 700);
        mCharts->setDataset(ChartDataset(latestfixture::facts(), ChartFilter()));
        mCharts->show();
        QVERIFY(QTest::qWaitForWindowExposed(mCharts));
    }
    void cleanup() { delete mCharts; }

    void offeredAsAView()
    {
        auto *kinds = mCharts->findChild<QComboBox *>();
        QComboBox *viewBox = nullptr;
        for (QComboBox *box : mCharts->findChildren<QComboBox *>())
            if (box->accessibleName() == QLatin1String("View"))
                viewBox = box;
        QVERIFY(kinds && viewBox);
        const int at = viewBox->findData(int(ChartViewKind::Latest));
        QVERIFY(at >= 0);
        viewBox->setCurrentIndex(at);
        QVERIFY(view()->isVisible());
        QVERIFY(mCharts->latestPanel()->regionBox()->isVisible());
        QCOMPARE(view()->model()->rowCount(), 7);
        QVERIFY(mCharts->footnotes().contains(QStringLiteral("Monitoring and focused visits")));
        // The marks are keyed once, in the table's footnotes; the line under it says how to
        // open a judgement, not the trend's "Hollow marker".
        QCOMPARE(mCharts->footnotes().count(QStringLiteral("not yet reviewed")), 1);
        QVERIFY(!mCharts->markKey().contains(QStringLiteral("not yet reviewed")));
        QVERIFY(mCharts->markKey().contains(QStringLiteral("open it")));
    }

    void sortByOverallEffectivenessIsGradeOrder()
    {
        mCharts->setKind(ChartViewKind::Latest);
        const int overall = columnTitled(QStringLiteral("Overall effectiveness"));
        QVERIFY(overall > 0);
        clickHeader(overall);
        QCOMPARE(view()->horizontalHeader()->sortIndicatorSection(), overall);
        const QStringList ascending = screenCouncils();
        const QStringList gradeOrder{"Essex", "Kent", "Bexley", "East Sussex", "Devon", "Hackney", "Leeds"};
        // Qt's first click may sort either way; both orders must be grade order, not words.
        QVERIFY2(ascending == gradeOrder ||
                     ascending == QStringList({"Leeds", "Hackney", "Devon", "Bexley", "East Sussex", "Essex", "Kent"}),
                 qPrintable(ascending.join(QLatin1Char(','))));
        view()->sortByColumn(overall, Qt::AscendingOrder);
        QCOMPARE(screenCouncils(), gradeOrder);
        QCOMPARE(printedRows(), screenRows()); // print sorts as the screen does
        // Dates sort by date, not as text ("15 Jan 2024" after "12 Sept 2022").
        view()->sortByColumn(LatestJudgements::PublishedColumn, Qt::AscendingOrder);
        QCOMPARE(screenCouncils(),
                 QStringList({"Bexley", "Devon", "East Sussex", "Kent", "Essex", "Hackney", "Leeds"}));
        QCOMPARE(printedRows(), screenRows());
    }

    void regionFilterNarrowsTheTable()
    {
        mCharts->setKind(ChartViewKind::Latest);
        QComboBox *region = mCharts->latestPanel()->regionBox();
        region->setCurrentIndex(region->findData(QStringLiteral("London")));
        QCOMPARE(screenCouncils(), QStringList({"Bexley", "Hackney"}));
        QComboBox *type = mCharts->latestPanel()->councilTypeBox();
        region->setCurrentIndex(0);
        type->setCurrentIndex(type->findData(QStringLiteral("County")));
        QCOMPARE(screenCouncils(), QStringList({"Devon", "East Sussex", "Essex", "Kent"}));
        QCOMPARE(mCharts->pageContent().latest.councilType, QStringLiteral("County"));
        QCOMPARE(printedRows(), screenRows());
    }

    void cellsColouredAndOpenTheirJudgement()
    {
        mCharts->setKind(ChartViewKind::Latest);
        const int overall = columnTitled(QStringLiteral("Overall effectiveness"));
        const QModelIndex essex = view()->model()->index(screenCouncils().indexOf(QStringLiteral("Essex")), overall);
        QCOMPARE(essex.data(Qt::BackgroundRole).value<QBrush>().color(),
                 chartstyle::judgementColour(Judgement::Outstanding));
        QVERIFY(essex.data(Qt::ToolTipRole).toString().contains(QStringLiteral("essex_ilacs_2023.pdf")));
        const QModelIndex name = view()->model()->index(essex.row(), LatestJudgements::CouncilColumn);
        QVERIFY(name.data(Qt::ToolTipRole).toString().contains(QStringLiteral("County, East of England")));
        // Leeds's 2026 ILACS grades no overall effectiveness: the blank cell says why it may be blank.
        const QModelIndex leeds = view()->model()->index(screenCouncils().indexOf(QStringLiteral("Leeds")), overall);
        QCOMPARE(leeds.data(Qt::DisplayRole).toString(), QString());
        QVERIFY2(leeds.data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("No judgement of “Overall effectiveness” in this report: its framework "
                                              "does not grade it, or it was not read")),
                 qPrintable(leeds.data(Qt::ToolTipRole).toString()));
        QSignalSpy opened(mCharts, &DashboardCharts::pointActivated);
        view()->setFocus();
        view()->setCurrentIndex(essex);
        QTest::keyClick(view(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        const QList<JudgementFact> facts = latestfixture::facts();
        const auto fact = std::find_if(facts.begin(), facts.end(), [](const JudgementFact &f) {
            return f.council == QLatin1String("Essex") && f.kind == ReportKind::Ilacs &&
                   f.key == QLatin1String("overall_effectiveness");
        });
        QCOMPARE(opened.first().at(0).toLongLong(), fact->reportId);
        QCOMPARE(opened.first().at(1).toLongLong(), fact->judgementId);
    }

    void focusCouncilFirstWithItsNeighbours()
    {
        ChartFilter filter;
        filter.focusLaCode = 886; // Kent
        mCharts->setDataset(ChartDataset(latestfixture::facts(), filter));
        mCharts->setKind(ChartViewKind::Latest);
        QCOMPARE(screenCouncils(), QStringList({"Kent (my council)", "Essex (neighbour 1)", "East Sussex (neighbour 2)",
                                                "Devon (neighbour 3)", "Bexley (neighbour 4)", "Hackney", "Leeds"}));
        QCOMPARE(printedRows(), screenRows());
    }
};

QTEST_MAIN(TestDashboardLatest)
#include "tst_dashboard_latest.moc"
