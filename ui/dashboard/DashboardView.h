#pragma once

#include "MainMenus.h"
#include "charts/ChartDataset.h"

#include <QWidget>
#include <optional>

class QAction;
class QPrinter;

class QLabel;
class QStackedWidget;

namespace inspectdesk {

class Session;
class FilterPanel;
class DashboardCharts;
class LoadingPanel;
class BackgroundRead;

// Charts dashboard: filters on the left, the trend / comparison / grid view on the right;
// print, print preview, export (PNG, SVG, PDF) and briefing packs from the File menu.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(Session &session, QWidget *parent = nullptr);
    void setupMenus(MainMenus &menus);

    FilterPanel *filters() const { return mFilters; }
    DashboardCharts *charts() const { return mCharts; }
    // Re-reads the judgements from the store (after imports and review edits) on a worker
    // thread; the charts shown stay until the new ones are read.
    void reload();
    // The judgements are being read (the first time for this database, or again).
    bool isLoading() const;
    LoadingPanel *loadingPanel() const { return mLoading; }
    // The judgements the charts are drawn from (empty while another database is read).
    const QList<JudgementFact> &facts() const { return mFacts; }
    // Draws the current view onto the printer, as vectors at its resolution.
    void printTo(QPrinter *printer) const;
    bool exportTo(const QString &path, QString *error) const;
    // The current view's data tables as XLSX (one sheet each) or CSV, by the path's suffix.
    bool exportTables(const QString &path, QString *error) const;

signals:
    // The judgements were read and the charts drawn from them (or the read failed).
    void loadFinished();
    // A point or cell was activated: show that judgement in the review workspace.
    void openJudgementRequested(qint64 reportId, qint64 judgementId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // Reads the facts on a worker; replacing: the charts are of another (or no) database, so
    // the loading panel stands in for them and the filters wait.
    void load(bool replacing);
    // What a read hands over: the judgements, and what the window would otherwise work out
    // from them on its own thread (the filter's lists; the dataset for the filter as it was
    // when the read began, England's band included).
    struct Loaded
    {
        QList<JudgementFact> facts;
        QDateTime readAt;
        FilterChoices choices;
        ChartFilter filter;
        ChartDataset dataset;
    };
    void showFacts(const Loaded &loaded);
    void showDataset(const ChartDataset &dataset);
    void showLoadError(const QString &error);
    void applyFilter();
    void print();
    void printPreview();
    void exportView();
    void exportTableDialog();
    void makeBriefing();
    void updateUndatedNotice();
    // shown: from a show or hide event, where isVisible() may not say it yet.
    void updateActions(std::optional<bool> shown = std::nullopt);

    Session &mSession;
    FilterPanel *mFilters;
    DashboardCharts *mCharts;
    QWidget *mFilterArea;
    QStackedWidget *mChartArea; // the charts, or the loading panel in their place
    LoadingPanel *mLoading;
    BackgroundRead *mReader;
    QLabel *mUpdating; // a new read of the charts' database is in progress
    QList<JudgementFact> mFacts;
    QDateTime mReadAt;
    QList<QAction *> mActions;          // enabled while the dashboard is shown
    QLabel *mComparatorNotes = nullptr; // e.g. my council had no neighbours in some years
    QLabel *mUndated;                   // reports left out of the charts for want of a year
    bool mStale = false;                // the store changed while hidden
};

} // namespace inspectdesk
