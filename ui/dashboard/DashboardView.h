#pragma once

#include "MainMenus.h"
#include "charts/ChartDataset.h"

#include <QWidget>

class QAction;
class QPrinter;

class QLabel;

namespace inspectdesk {

class Session;
class FilterPanel;
class DashboardCharts;

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
    // Re-reads the judgements from the store (after imports and review edits).
    void reload();
    // Draws the current view onto the printer, as vectors at its resolution.
    void printTo(QPrinter *printer) const;
    bool exportTo(const QString &path, QString *error) const;
    // The current view's data tables as XLSX (one sheet each) or CSV, by the path's suffix.
    bool exportTables(const QString &path, QString *error) const;

signals:
    // A point or cell was activated: show that judgement in the review workspace.
    void openJudgementRequested(qint64 reportId, qint64 judgementId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyFilter();
    void print();
    void printPreview();
    void exportView();
    void exportTableDialog();
    void makeBriefing();
    void updateUndatedNotice();

    Session &mSession;
    FilterPanel *mFilters;
    DashboardCharts *mCharts;
    QList<JudgementFact> mFacts;
    QDateTime mReadAt;
    QList<QAction *> mActions; // enabled while the dashboard is shown
    QLabel *mUndated;          // reports left out of the charts for want of a year
    bool mStale = false;       // the store changed while hidden
};

} // namespace inspectdesk
