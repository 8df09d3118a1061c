#include "DashboardView.h"

#include "BriefingDialog.h"
#include "DashboardCharts.h"
#include "FilterPanel.h"
#include "LoadingPanel.h"
#include "Session.h"
#include "TableExportDialog.h"
#include "charts/ChartExport.h"
#include "export/TableWriter.h"
#include "store/BackgroundRead.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace inspectdesk {

DashboardView::DashboardView(Session &session, QWidget *parent) : QWidget(parent), mSession(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    mFilters = new FilterPanel(splitter);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidget(mFilters);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Filters"));
    scroll->setMinimumWidth(240);
    mFilterArea = scroll;
    mChartArea = new QStackedWidget(splitter);
    mCharts = new DashboardCharts(mChartArea);
    mLoading = new LoadingPanel(mChartArea);
    mChartArea->addWidget(mCharts);
    mChartArea->addWidget(mLoading);
    splitter->addWidget(scroll);
    splitter->addWidget(mChartArea);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    mUndated = new QLabel(this);
    mUndated->setObjectName(QStringLiteral("UndatedNotice"));
    mUndated->setWordWrap(true);
    mUndated->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    mUndated->setTextFormat(Qt::RichText);
    mUndated->setTextInteractionFlags(Qt::TextBrowserInteraction); // the link by keyboard too
    mUndated->hide();
    // The link opens the first such report, where its year can be entered.
    connect(mUndated, &QLabel::linkActivated, this,
            [this](const QString &link) { emit openJudgementRequested(link.toLongLong(), 0); });
    layout->addWidget(mUndated);
    mComparatorNotes = new QLabel(this);
    mComparatorNotes->setObjectName(QStringLiteral("ComparatorNotes"));
    mComparatorNotes->setWordWrap(true);
    mComparatorNotes->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    mComparatorNotes->hide();
    layout->addWidget(mComparatorNotes);
    mUpdating = new QLabel(tr("Updating judgements…"), this);
    mUpdating->setObjectName(QStringLiteral("UpdatingNotice"));
    mUpdating->hide();
    layout->addWidget(mUpdating);
    mReader = new BackgroundRead(this);
    connect(mLoading, &LoadingPanel::retryRequested, this, [this] { load(true); });
    connect(mFilters, &FilterPanel::filterChanged, this, &DashboardView::applyFilter);
    connect(mCharts, &DashboardCharts::pointActivated, this, &DashboardView::openJudgementRequested);
    // Another database: its judgements replace the charts, never mixed with the last one's.
    connect(&mSession, &Session::databaseOpened, this, [this] { load(true); });
    // A review edit while the dashboard is hidden is read when it is shown, not on every confirm.
    connect(&mSession, &Session::reportsChanged, this, [this](qint64) {
        if (isVisible())
            reload();
        else
            mStale = true;
    });
    if (mSession.isOpen())
        load(true);
}

void DashboardView::setupMenus(MainMenus &menus)
{
    if (!menus.file)
        return;
    QAction *print = menus.file->addAction(tr("&Print Dashboard…"), this, &DashboardView::print);
    print->setShortcut(QKeySequence::Print);
    QAction *preview = menus.file->addAction(tr("Print Pre&view of Dashboard…"), this, &DashboardView::printPreview);
    preview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *exportAction =
        menus.file->addAction(tr("&Export Chart (PNG, SVG, PDF)…"), this, &DashboardView::exportView);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *briefing = menus.file->addAction(tr("&Briefing Pack…"), this, &DashboardView::makeBriefing);
    briefing->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QAction *exportTable =
        menus.file->addAction(tr("Export T&able (XLSX, CSV)…"), this, &DashboardView::exportTableDialog);
    mActions = {print, preview, exportAction, briefing, exportTable};
    updateActions();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateActions(true);
    if (mStale)
        reload();
}

void DashboardView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateActions(false);
}

// Another workspace may use the same shortcuts (Ctrl+P) while it is shown; while the charts
// are not there (being read, or the read failed) there is nothing to print or export.
void DashboardView::updateActions(std::optional<bool> shown)
{
    const bool enabled = shown.value_or(isVisible()) && mChartArea->currentWidget() == mCharts;
    for (QAction *a : std::as_const(mActions))
        a->setEnabled(enabled);
}

void DashboardView::reload()
{
    load(false);
}

bool DashboardView::isLoading() const
{
    return mReader->isRunning();
}

void DashboardView::load(bool replacing)
{
    mStale = false;
    if (!mSession.isOpen())
        return;
    // A read superseded before it ended may have been replacing the charts: this one does.
    replacing = replacing || mChartArea->currentWidget() == mLoading;
    if (replacing) {
        mFacts.clear();
        mCharts->setDataset(ChartDataset(mFacts, mFilters->filter())); // nothing of the last database
        mLoading->showLoading(mSession.displayLocation());
        mChartArea->setCurrentWidget(mLoading);
        mFilterArea->setEnabled(false); // their lists come with the judgements
        updateActions();
    } else {
        mUpdating->show();
    }
    mReader->start(
        mSession.location(),
        [this, filter = mFilters->filter()](ReportStore &store, const std::atomic_bool &stop) -> std::function<void()> {
            auto loaded = std::make_shared<Loaded>();
            loaded->facts = store.judgementFacts(&stop);
            const QString error = store.lastError();
            if (!error.isEmpty())
                return [this, error] { showLoadError(error); };
            loaded->readAt = QDateTime::currentDateTime();
            loaded->choices = FilterChoices::of(loaded->facts);
            loaded->filter = filter;
            if (!stop) {
                loaded->dataset = ChartDataset(loaded->facts, filter);
                loaded->dataset.setDataAsOf(loaded->readAt);
                loaded->dataset.backdrop(); // built now, not by the first trend drawn
            }
            return [this, loaded] { showFacts(*loaded); };
        },
        [this](const QString &error) { showLoadError(error); });
}

void DashboardView::showFacts(const Loaded &loaded)
{
    mFacts = loaded.facts;
    mReadAt = loaded.readAt;
    mUpdating->hide();
    mFilterArea->setEnabled(true);
    mChartArea->setCurrentWidget(mCharts);
    updateActions();
    mFilters->setAvailable(loaded.choices.councils, loaded.choices.firstYear, loaded.choices.lastYear);
    updateUndatedNotice();
    // The lists just offered may have changed the filter (a council no longer there).
    if (mFilters->filter() == loaded.filter)
        showDataset(loaded.dataset);
    else
        applyFilter();
    emit loadFinished();
}

void DashboardView::showLoadError(const QString &error)
{
    mUpdating->hide();
    mFilterArea->setEnabled(false);
    mFacts.clear();
    mCharts->setDataset(ChartDataset(mFacts, mFilters->filter()));
    mLoading->showError(mSession.displayLocation(), error);
    mChartArea->setCurrentWidget(mLoading);
    updateActions();
    emit loadFinished();
}

// A report without an assessment year (a joint area review prints none) cannot be placed on
// a year axis; say so rather than leave its grades silently out.
void DashboardView::updateUndatedNotice()
{
    QList<qint64> undated;
    for (const JudgementFact &f : std::as_const(mFacts))
        if (f.assessmentYear <= 0 && f.judgement != Judgement::Unknown && !undated.contains(f.reportId))
            undated << f.reportId;
    mUndated->setVisible(!undated.isEmpty());
    if (undated.isEmpty())
        return;
    mUndated->setText(tr("%n report(s) without an assessment year are not charted. "
                         "<a href=\"%1\">Open one to enter its year</a>.",
                         nullptr, int(undated.size()))
                          .arg(undated.first()));
}

void DashboardView::applyFilter()
{
    ChartDataset dataset(mFacts, mFilters->filter());
    dataset.setDataAsOf(mReadAt);
    showDataset(dataset);
}

void DashboardView::showDataset(const ChartDataset &dataset)
{
    mFilters->setOfferedFamilies(dataset.familiesWithData());
    mComparatorNotes->setText(dataset.notes().join(QLatin1Char(' ')));
    mComparatorNotes->setVisible(!dataset.notes().isEmpty());
    mCharts->setDataset(dataset);
}

void DashboardView::printTo(QPrinter *printer) const
{
    QPainter painter;
    if (!painter.begin(printer))
        return;
    ChartPage::render(painter, mCharts->dataset(), mCharts->pageContent());
    painter.end();
}

bool DashboardView::exportTo(const QString &path, QString *error) const
{
    return ChartExport::write(path, mCharts->dataset(), mCharts->pageContent(), error);
}

bool DashboardView::exportTables(const QString &path, QString *error) const
{
    return TableWriter::write(path, mCharts->tables(), error);
}

void DashboardView::exportTableDialog()
{
    const QList<DataTable> tables = mCharts->tables();
    if (tables.isEmpty()) {
        QMessageBox::information(this, tr("Export Table"),
                                 tr("The view shows no judgements: there is no table to export."));
        return;
    }
    TableExportDialog::exportTables(this, tr("Export Table"), tr("dashboard-table"), tables);
}

void DashboardView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(mCharts->pageContent().title);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Dashboard"));
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer);
}

void DashboardView::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Preview — Dashboard"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { printTo(p); });
    dialog.exec();
}

void DashboardView::exportView()
{
    QString selected;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Chart"), QString(),
                                     tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &selected);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += selected.contains(QLatin1String("svg"))   ? QStringLiteral(".svg")
                  : selected.contains(QLatin1String("pdf")) ? QStringLiteral(".pdf")
                                                            : QStringLiteral(".png");
    QString error;
    if (!exportTo(target, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void DashboardView::makeBriefing()
{
    BriefingDialog dialog(mFacts, mFilters->filter(), this);
    dialog.exec();
}

} // namespace inspectdesk
