#include "DashboardCharts.h"

#include "DataTablePanel.h"
#include "GridModel.h"
#include "JudgementGrid.h"
#include "LatestJudgementsPanel.h"
#include "SharedLegend.h"
#include "charts/ChartStyle.h"
#include "charts/ChartTables.h"

#include <QBarSet>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

namespace inspectdesk {

namespace {
enum Page { SinglePage, MultiplesPage, GridPage, NoDataPage, LatestPage };
}

DashboardCharts::DashboardCharts(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *controls = new QHBoxLayout;
    mKind = new QComboBox(this);
    mKind->addItem(tr("Trend over years"), int(ChartViewKind::Trend));
    mKind->addItem(tr("Comparison in one year"), int(ChartViewKind::Comparison));
    mKind->addItem(tr("Grid (table)"), int(ChartViewKind::Grid));
    mKind->addItem(tr("Distribution of grades"), int(ChartViewKind::Distribution));
    mKind->addItem(tr("Latest judgements (table)"), int(ChartViewKind::Latest));
    mKind->setAccessibleName(tr("View"));
    mOutcome = new QComboBox(this); // the families with data: filled by setDataset()
    mOutcome->setAccessibleName(tr("Judgement"));
    mSmallMultiples = new QCheckBox(tr("&Small multiples (every outcome)"), this);
    mYear = new QComboBox(this);
    mYear->setAccessibleName(tr("Year"));
    auto *viewLabel = new QLabel(tr("Vie&w:"), this);
    viewLabel->setBuddy(mKind);
    controls->addWidget(viewLabel);
    controls->addWidget(mKind);
    controls->addWidget(mOutcome);
    controls->addWidget(mSmallMultiples);
    controls->addWidget(mYear);
    mInForce = new QCheckBox(tr("&In force on:"), this);
    mInForce->setToolTip(tr("Each council's latest judgement published on or before the date, with its year; "
                            "not only councils inspected in one year."));
    mDate = new QDateEdit(QDate::currentDate(), this);
    mDate->setCalendarPopup(true);
    mDate->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    mDate->setAccessibleName(tr("In force on date"));
    // A director's first question is where councils stand today, not who was inspected in
    // the latest calendar year (often one or two councils): in force today is the default.
    mInForce->setChecked(true);
    mYear->setEnabled(false);
    controls->addWidget(mInForce);
    controls->addWidget(mDate);
    controls->addStretch();
    layout->addLayout(controls);

    mStack = new QStackedWidget(this);
    auto *single = new QWidget(mStack);
    new QVBoxLayout(single);
    single->layout()->setContentsMargins(0, 0, 0, 0);
    mSingle = nullptr;
    mMultiples = new QWidget(mStack);
    auto *multiplesPage = new QVBoxLayout(mMultiples);
    multiplesPage->setContentsMargins(0, 0, 0, 0);
    mMultiplesLegend = new SharedLegend(mMultiples);
    multiplesPage->addWidget(mMultiplesLegend);
    mMultiplesLayout = new QGridLayout;
    mMultiplesLayout->setContentsMargins(0, 0, 0, 0);
    multiplesPage->addLayout(mMultiplesLayout, 1);
    mGrid = new JudgementGrid(mStack);
    connect(mGrid, &JudgementGrid::pointActivated, this, &DashboardCharts::pointActivated);
    mNoData = new QLabel(mStack);
    mNoData->setAlignment(Qt::AlignCenter);
    mNoData->setWordWrap(true);
    mStack->insertWidget(SinglePage, single);
    mStack->insertWidget(MultiplesPage, mMultiples);
    mStack->insertWidget(GridPage, mGrid);
    mStack->insertWidget(NoDataPage, mNoData);
    mLatest = new LatestJudgementsPanel(mStack);
    mStack->insertWidget(LatestPage, mLatest);
    connect(mLatest, &LatestJudgementsPanel::pointActivated, this, &DashboardCharts::pointActivated);
    connect(mLatest, &LatestJudgementsPanel::tableChanged, this, [this] {
        if (kind() == ChartViewKind::Latest)
            mFootnotes->setText(mLatest->shownTable().footnotes.join(QLatin1Char('\n')));
    });
    layout->addWidget(mStack, 2);
    mDataTable = new DataTablePanel(this);
    layout->addWidget(mDataTable);
    connect(mDataTable, &DataTablePanel::shownChanged, this, [this, layout](bool on) {
        layout->setStretchFactor(mDataTable, on ? 1 : 0);
        if (on)
            mDataTable->setTables(tables());
    });
    mFootnotes = new QLabel(this);
    mFootnotes->setObjectName(QStringLiteral("ChartFootnotes"));
    mFootnotes->setWordWrap(true);
    layout->addWidget(mFootnotes);
    mKey = new QLabel(this);
    mKey->setWordWrap(true);
    layout->addWidget(mKey);

    connect(mKind, &QComboBox::currentIndexChanged, this, &DashboardCharts::rebuild);
    connect(mOutcome, &QComboBox::currentIndexChanged, this, &DashboardCharts::rebuild);
    connect(mSmallMultiples, &QCheckBox::toggled, this, &DashboardCharts::rebuild);
    connect(mYear, &QComboBox::currentIndexChanged, this, &DashboardCharts::rebuild);
    connect(mInForce, &QCheckBox::toggled, this, [this](bool on) {
        mDate->setEnabled(on);
        mYear->setEnabled(!on);
        rebuild();
    });
    connect(mDate, &QDateEdit::dateChanged, this, [this] {
        if (mInForce->isChecked())
            rebuild();
    });
}

void DashboardCharts::setDataset(const ChartDataset &dataset)
{
    mData = dataset;
    mTrend.reset();
    mSnapshot.reset();
    const int keepYear = year();
    const QSignalBlocker block(mYear);
    // Offer only the families with data in the chosen years.
    const QString keepFamily = mOutcome->currentData().toString();
    {
        const QSignalBlocker blockFamily(mOutcome);
        mOutcome->clear();
        for (const QString &id : mData.outcomes())
            mOutcome->addItem(familyLabel(id), id);
        const int at = mOutcome->findData(keepFamily);
        mOutcome->setCurrentIndex(at >= 0 ? at : 0);
    }
    mYear->clear();
    const QList<int> years = mData.years();
    for (int i = int(years.size()) - 1; i >= 0; --i)
        mYear->addItem(QString::number(years[i]), years[i]);
    const int found = mYear->findData(keepYear);
    mYear->setCurrentIndex(found >= 0 ? found : 0);
    rebuild();
}

void DashboardCharts::setKind(ChartViewKind kind)
{
    // One rebuild for the new view: the check box and the view box would each rebuild.
    const ChartViewKind before = this->kind();
    {
        const QSignalBlocker blockMultiples(mSmallMultiples), blockKind(mKind);
        if (kind == ChartViewKind::SmallMultiples) {
            mSmallMultiples->setChecked(true);
            kind = ChartViewKind::Trend;
        } else if (kind == ChartViewKind::Trend) {
            mSmallMultiples->setChecked(false);
        }
        mKind->setCurrentIndex(mKind->findData(int(kind)));
    }
    if (this->kind() != before)
        rebuild();
}

ChartViewKind DashboardCharts::kind() const
{
    const auto k = ChartViewKind(mKind->currentData().toInt());
    return k == ChartViewKind::Trend && mSmallMultiples->isChecked() ? ChartViewKind::SmallMultiples : k;
}

void DashboardCharts::setTrendOutcome(const QString &key)
{
    mOutcome->setCurrentIndex(mOutcome->findData(key));
}

void DashboardCharts::setYear(int y)
{
    const int i = mYear->findData(y);
    if (i >= 0)
        mYear->setCurrentIndex(i);
    mInForce->setChecked(false); // a chosen year means judgements of that assessment year
}

void DashboardCharts::setInForceDate(const QDate &date)
{
    {
        const QSignalBlocker block(mDate);
        if (date.isValid())
            mDate->setDate(date);
    }
    mInForce->setChecked(date.isValid());
    rebuild();
}

int DashboardCharts::year() const
{
    return mYear->currentData().toInt();
}

ChartPageContent DashboardCharts::pageContent() const
{
    ChartPageContent c;
    c.kind = kind();
    c.trendOutcome = mOutcome->currentData().toString();
    c.year = year();
    if (mInForce->isChecked())
        c.asOf = mDate->date();
    switch (c.kind) {
    case ChartViewKind::Trend:
        c.title = tr("Judgements over time: %1").arg(familyLabel(c.trendOutcome));
        break;
    case ChartViewKind::SmallMultiples:
        c.title = tr("Judgements over time by outcome");
        break;
    case ChartViewKind::Distribution:
        c.title = tr("Distribution of grades: %1").arg(familyLabel(c.trendOutcome));
        break;
    case ChartViewKind::Comparison:
        c.title = c.asOf.isValid() ? tr("Councils compared: judgements in force on %1")
                                         .arg(QLocale().toString(c.asOf, QLocale::LongFormat))
                                   : tr("Councils compared, %1").arg(c.year);
        break;
    case ChartViewKind::Grid:
        c.title = c.asOf.isValid()
                      ? tr("Judgements in force on %1, by council").arg(QLocale().toString(c.asOf, QLocale::LongFormat))
                      : tr("Judgements by council and outcome, %1").arg(c.year);
        break;
    case ChartViewKind::Latest:
        c.title = tr("Latest judgements by council");
        c.latest = mLatest->options();
        break;
    }
    return c;
}

bool DashboardCharts::showsNoData() const
{
    return mStack->currentIndex() == NoDataPage;
}
QString DashboardCharts::noDataMessage() const
{
    return mNoData->text();
}

QList<DataTable> DashboardCharts::tables() const
{
    return charttables::forView(mData, pageContent());
}

GridModel *DashboardCharts::gridModel() const
{
    return mGrid->gridModel();
}

QTableView *DashboardCharts::gridView() const
{
    return mGrid;
}

QString DashboardCharts::footnotes() const
{
    return mFootnotes->text();
}

QString DashboardCharts::markKey() const
{
    return mKey->text();
}

QStringList DashboardCharts::offeredFamilies() const
{
    QStringList ids;
    for (int i = 0; i < mOutcome->count(); ++i)
        ids << mOutcome->itemData(i).toString();
    return ids;
}

QList<QChart *> DashboardCharts::charts() const
{
    QList<QChart *> list;
    for (const BuiltChart &b : mBuilt)
        list << b.chart;
    return list;
}

const BuiltChart *DashboardCharts::built(QChart *chart) const
{
    for (const BuiltChart &b : mBuilt)
        if (b.chart == chart)
            return &b;
    return nullptr;
}

void DashboardCharts::clearCharts()
{
    // Each view owns its chart. Deleted later: a rebuild may be caused by a signal from
    // one of these very charts (a click), which is still on the stack.
    for (QChartView *view : std::as_const(mViews)) {
        view->hide();
        view->deleteLater();
    }
    mViews.clear();
    mBuilt.clear();
    mSingle = nullptr;
}

QChartView *DashboardCharts::addChartView(BuiltChart built, QWidget *parent)
{
    auto *view = new QChartView(built.chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setAccessibleName(built.chart->title());
    view->setAccessibleDescription(tr("Chart; the Grid view shows the same judgements as a table."));
    mViews << view;
    mBuilt << built;
    connectSeries(built);
    return view;
}

void DashboardCharts::connectSeries(const BuiltChart &built)
{
    for (auto it = built.sources.constBegin(); it != built.sources.constEnd(); ++it) {
        const QObject *key = it.key();
        if (auto *scatter = qobject_cast<QScatterSeries *>(const_cast<QObject *>(key))) {
            auto indexOf = [scatter](const QPointF &p) {
                const QList<QPointF> pts = scatter->points();
                for (int i = 0; i < pts.size(); ++i)
                    if (qFuzzyCompare(pts[i].x(), p.x()))
                        return i;
                return -1;
            };
            connect(scatter, &QScatterSeries::clicked, this,
                    [this, scatter, indexOf](const QPointF &p) { activate(scatter, indexOf(p)); });
            connect(scatter, &QScatterSeries::hovered, this, [this, scatter, indexOf](const QPointF &p, bool state) {
                showTooltip(scatter, indexOf(p), state);
            });
        } else if (auto *set = qobject_cast<QBarSet *>(const_cast<QObject *>(key))) {
            connect(set, &QBarSet::clicked, this, [this, set](int index) { activate(set, index); });
            connect(set, &QBarSet::hovered, this,
                    [this, set](bool state, int index) { showTooltip(set, index, state); });
        }
    }
}

bool DashboardCharts::activate(const QObject *series, int index)
{
    for (const BuiltChart &b : std::as_const(mBuilt)) {
        const auto it = b.sources.constFind(series);
        if (it == b.sources.constEnd() || index < 0 || index >= it->size())
            continue;
        const ChartPoint &p = it->at(index);
        if (p.reportId <= 0)
            return false;
        emit pointActivated(p.reportId, p.judgementId);
        return true;
    }
    return false;
}

void DashboardCharts::showTooltip(const QObject *series, int index, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    for (const BuiltChart &b : std::as_const(mBuilt)) {
        const auto it = b.sources.constFind(series);
        if (it == b.sources.constEnd() || index < 0 || index >= it->size() || it->at(index).reportId <= 0)
            continue;
        const ChartPoint &p = it->at(index);
        const QString outcome = b.outcomeOf.contains(series) ? b.outcomeOf.value(series)
                                                             : mGrid->gridModel()->snapshot().outcomeKeys.value(index);
        const int pointYear =
            b.outcomeOf.contains(series)
                ? qRound(static_cast<const QScatterSeries *>(series)->at(index).x()) + b.categoryOrigin
                : mGrid->gridModel()->snapshot().cellYear(
                      int(mGrid->gridModel()->snapshot().councils.indexOf(b.councilOf.value(series))), index);
        QToolTip::showText(QCursor::pos(), chartstyle::describePoint(p, b.councilOf.value(series), outcome, pointYear));
        return;
    }
}

const TrendData &DashboardCharts::trendData()
{
    if (!mTrend)
        mTrend = TrendData::build(mData);
    return *mTrend;
}

const YearSnapshot &DashboardCharts::snapshotData(bool *fresh)
{
    const ChartPageContent content = pageContent();
    const int wantedYear = content.asOf.isValid() || content.year != 0 || mData.years().isEmpty()
                               ? content.year
                               : mData.years().last(); // YearSnapshot::build's "latest year"
    *fresh =
        !mSnapshot || mSnapshot->asOf != content.asOf || (!content.asOf.isValid() && mSnapshot->year != wantedYear);
    if (*fresh)
        mSnapshot = content.snapshot(mData);
    return *mSnapshot;
}

void DashboardCharts::rebuild()
{
    clearCharts();
    mFootnotes->clear();
    mKey->setText(tr("Hollow marker or * : not yet reviewed.   ! : reports disagree for that year; the latest "
                     "published is shown.   Hover for the printed grade and source; click to open it."));
    const ChartViewKind k = kind();
    mOutcome->setVisible(k == ChartViewKind::Trend || k == ChartViewKind::Distribution);
    mSmallMultiples->setVisible(k == ChartViewKind::Trend || k == ChartViewKind::SmallMultiples);
    mYear->setVisible(k == ChartViewKind::Comparison || k == ChartViewKind::Grid);
    mInForce->setVisible(mYear->isVisibleTo(this));
    mDate->setVisible(mYear->isVisibleTo(this));
    bool freshSnapshot = false;
    const YearSnapshot &snapshot = snapshotData(&freshSnapshot);
    if (freshSnapshot)
        mGrid->setSnapshot(snapshot);
    // The grid and the latest judgements are tables themselves; a chart's table is made only while it is shown.
    mDataTable->setVisible(k != ChartViewKind::Grid && k != ChartViewKind::Latest);
    mDataTable->setTables(mDataTable->isShown() ? tables() : QList<DataTable>());
    if (mData.isEmpty()) {
        mNoData->setText(tr("No judgements match this selection.\nChoose other councils, years, outcomes, "
                            "population or report kinds."));
        mStack->setCurrentIndex(NoDataPage);
        return;
    }
    if (k == ChartViewKind::Trend) {
        const TrendData &trend = trendData();
        const TrendPanel *panel = trend.panel(mOutcome->currentData().toString());
        if (!panel || panel->isEmpty()) {
            mNoData->setText(tr("No judgements on %1 for this selection.").arg(mOutcome->currentText()));
            mStack->setCurrentIndex(NoDataPage);
            return;
        }
        mFootnotes->setText(panel->notes().join(QLatin1Char('\n')));
        mSingle = addChartView(ChartBuilder::trend(*panel, trend.years), mStack->widget(SinglePage));
        mStack->widget(SinglePage)->layout()->addWidget(mSingle);
        mStack->setCurrentIndex(SinglePage);
    } else if (k == ChartViewKind::Distribution) {
        const GradeDistribution d = GradeDistribution::build(mData, mOutcome->currentData().toString());
        if (d.isEmpty()) {
            mNoData->setText(tr("No judgements on %1 for this selection.").arg(mOutcome->currentText()));
            mStack->setCurrentIndex(NoDataPage);
            return;
        }
        mFootnotes->setText(d.notes().join(QLatin1Char('\n')));
        mSingle = addChartView(ChartBuilder::distribution(d), mStack->widget(SinglePage));
        mStack->widget(SinglePage)->layout()->addWidget(mSingle);
        mStack->setCurrentIndex(SinglePage);
    } else if (k == ChartViewKind::SmallMultiples) {
        const TrendData &trend = trendData();
        const int cols = trend.panels.size() > 4 ? 3 : 2;
        mFootnotes->setText(trend.notes().join(QLatin1Char('\n')));
        for (int i = 0; i < trend.panels.size(); ++i) {
            QChartView *view = addChartView(ChartBuilder::trend(trend.panels[i], trend.years, true), mMultiples);
            mMultiplesLayout->addWidget(view, i / cols, i % cols);
        }
        mMultiplesLegend->setTrend(trend);
        mStack->setCurrentIndex(MultiplesPage);
    } else if (k == ChartViewKind::Latest) {
        mLatest->setDataset(mData); // sets the footnotes through tableChanged
        // Its footnotes key the marks already.
        mKey->setText(tr("Hover for the printed grade and source; double-click or Enter to open it."));
        mStack->setCurrentIndex(LatestPage);
    } else if (snapshot.isEmpty()) {
        mNoData->setText(snapshot.asOf.isValid() ? tr("No council in this selection had been inspected by %1.")
                                                       .arg(QLocale().toString(snapshot.asOf, QLocale::LongFormat))
                                                 : tr("No judgements in %1 for this selection.").arg(snapshot.year));
        mStack->setCurrentIndex(NoDataPage);
    } else if (k == ChartViewKind::Comparison) {
        mFootnotes->setText(snapshot.footnotes.join(QLatin1Char('\n')));
        mKey->setText(
            tr("%1    Hover for the printed grade and source; click to open it.").arg(snapshot.markNote(true)));
        mSingle = addChartView(ChartBuilder::comparison(snapshot), mStack->widget(SinglePage));
        mStack->widget(SinglePage)->layout()->addWidget(mSingle);
        mStack->setCurrentIndex(SinglePage);
    } else {
        mFootnotes->setText(snapshot.footnotes.join(QLatin1Char('\n')));
        mKey->setText(
            tr("%1    Hover for the printed grade and source; click to open it.").arg(snapshot.markNote(false)));
        mGrid->fitToContents();
        mStack->setCurrentIndex(GridPage);
    }
}

} // namespace inspectdesk
