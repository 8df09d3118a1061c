#pragma once

#include "charts/LatestJudgements.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace inspectdesk {

class LatestJudgementsModel;
class LatestJudgementsSortModel;

// The "Latest judgements" view: region and council-type filters over a sortable table of each
// council's latest graded inspection. Enter or double-click opens the judgement in Review.
class LatestJudgementsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LatestJudgementsPanel(QWidget *parent = nullptr);

    void setDataset(const ChartDataset &data);
    // Region, council type and the column the user sorted by: what print and export show.
    LatestJudgementsOptions options() const;
    // The table as on screen now, in the order shown.
    LatestJudgements shownTable() const;

    QTableView *tableView() const { return mView; }
    QComboBox *regionBox() const { return mRegion; }
    QComboBox *councilTypeBox() const { return mType; }
    LatestJudgementsSortModel *sortModel() const { return mSort; }

signals:
    void pointActivated(qint64 reportId, qint64 judgementId);
    void tableChanged(); // rebuilt (new data or filter)

private:
    void rebuild();

    ChartDataset mData;
    QComboBox *mRegion;
    QComboBox *mType;
    QStackedWidget *mStack;
    QTableView *mView;
    QLabel *mEmpty;
    LatestJudgementsModel *mModel;
    LatestJudgementsSortModel *mSort;
};

} // namespace inspectdesk
