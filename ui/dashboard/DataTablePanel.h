#pragma once

#include "charts/DataTable.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QTableView;

namespace inspectdesk {

class DataTableModel;

// Under a chart: "Show data table" and the chart's data table (council x year, grade x
// year, council x outcome), the accessible alternative to the chart; with several tables
// (small multiples) a list picks the family.
class DataTablePanel : public QWidget
{
    Q_OBJECT
public:
    explicit DataTablePanel(QWidget *parent = nullptr);
    void setTables(const QList<DataTable> &tables);
    const QList<DataTable> &tables() const { return mTables; }
    void setShown(bool shown);
    bool isShown() const;
    int currentTable() const;
    void setCurrentTable(int index);

    QCheckBox *toggle() const { return mToggle; }
    QComboBox *chooser() const { return mChooser; }
    QTableView *view() const { return mView; }
    DataTableModel *model() const { return mModel; }

signals:
    void shownChanged(bool shown);

private:
    void showTable(int index);

    QList<DataTable> mTables;
    QCheckBox *mToggle;
    QComboBox *mChooser;
    QTableView *mView;
    DataTableModel *mModel;
};

} // namespace inspectdesk
