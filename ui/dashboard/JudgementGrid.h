#pragma once

#include <QTableView>

namespace inspectdesk {

class GridModel;
struct YearSnapshot;

// The grid view: council x outcome as a table of judgements (GridModel), rows as tall as the
// tallest wrapped cell, columns never narrower than their longest word; activating a cell
// opens its judgement.
class JudgementGrid : public QTableView
{
    Q_OBJECT
public:
    explicit JudgementGrid(QWidget *parent = nullptr);

    GridModel *gridModel() const { return mModel; }
    void setSnapshot(const YearSnapshot &snapshot);
    // Called when the grid is shown: sizes columns and rows to the snapshot's texts.
    void fitToContents();

signals:
    void pointActivated(qint64 reportId, qint64 judgementId);

private:
    // Every row as tall as the tallest wrapped cell, measuring each distinct text once
    // (ResizeToContents measured every cell of 150 rows on every layout).
    void fitRows();

    GridModel *mModel;
    bool mRowFitPending = false;
};

} // namespace inspectdesk
