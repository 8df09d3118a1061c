#pragma once

#include "ChartBuilder.h"
#include "charts/ChartPage.h"
#include "charts/DataTable.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QChartView;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QStackedWidget;
class QTableView;

namespace inspectdesk {

class SharedLegend;

class DataTablePanel;
class GridModel;
class JudgementGrid;
class LatestJudgementsPanel;

// The chart area: view mode (trend, comparison, grid), the trend's outcome or small
// multiples, the year for comparison and grid; builds the Qt Charts objects from a dataset
// and turns clicks on points, bars and cells into pointActivated.
class DashboardCharts : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardCharts(QWidget *parent = nullptr);

    void setDataset(const ChartDataset &dataset);
    const ChartDataset &dataset() const { return mData; }
    void setKind(ChartViewKind kind);
    ChartViewKind kind() const;
    void setTrendOutcome(const QString &key);
    void setYear(int year);
    // Comparison and grid: the judgements in force on a date (invalid = by assessment year).
    void setInForceDate(const QDate &date);
    int year() const;
    ChartPageContent pageContent() const; // what print/export draws

    // For tests and export: what is on screen now.
    bool showsNoData() const;
    QString noDataMessage() const;
    QString footnotes() const;
    QString markKey() const;             // the key to the marks under the chart
    QStringList offeredFamilies() const; // the families the judgement box offers
    QList<QChart *> charts() const;      // the visible charts (several for small multiples)
    const BuiltChart *built(QChart *chart) const;
    GridModel *gridModel() const;
    QTableView *gridView() const;
    LatestJudgementsPanel *latestPanel() const { return mLatest; }
    DataTablePanel *dataTable() const { return mDataTable; }
    QList<DataTable> tables() const; // the current view's data tables (ChartTables)
    // Opens the judgement behind a point as a click would (series = scatter or bar set).
    bool activate(const QObject *series, int index);

signals:
    void pointActivated(qint64 reportId, qint64 judgementId);

private:
    void rebuild();
    void clearCharts();
    QChartView *addChartView(BuiltChart built, QWidget *parent);
    void connectSeries(const BuiltChart &built);
    void showTooltip(const QObject *series, int index, bool state);
    // The descriptions, built once per dataset (the snapshot once per year or date too): a
    // switch between views reuses them rather than rebuilding 150 councils' worth.
    const TrendData &trendData();
    const YearSnapshot &snapshotData(bool *fresh);

    ChartDataset mData;
    QComboBox *mKind;
    QComboBox *mOutcome;
    QCheckBox *mSmallMultiples;
    QComboBox *mYear;
    QCheckBox *mInForce;
    QDateEdit *mDate;
    QStackedWidget *mStack;
    QChartView *mSingle;
    QWidget *mMultiples;
    QGridLayout *mMultiplesLayout;
    SharedLegend *mMultiplesLegend; // above the small panels: every council's name whole
    JudgementGrid *mGrid;
    LatestJudgementsPanel *mLatest;
    QLabel *mNoData;
    DataTablePanel *mDataTable; // under a chart: its data table
    QLabel *mFootnotes;         // which judgement each part of the chart is (from the description)
    QLabel *mKey;               // the key to the marks: the description's for comparison and grid
    QList<QChartView *> mViews;
    QList<BuiltChart> mBuilt;
    std::optional<TrendData> mTrend;
    std::optional<YearSnapshot> mSnapshot;
};

} // namespace inspectdesk
