#include "DataTablePanel.h"

#include "DataTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace inspectdesk {

DataTablePanel::DataTablePanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    mToggle = new QCheckBox(tr("Show data tab&le"), this);
    mToggle->setToolTip(tr("The chart's judgements as a table, to read, copy or hear with a screen reader."));
    mChooser = new QComboBox(this);
    mChooser->setAccessibleName(tr("Data table shown"));
    mChooser->hide();
    bar->addWidget(mToggle);
    bar->addWidget(mChooser);
    bar->addStretch();
    layout->addLayout(bar);
    mModel = new DataTableModel(this);
    mView = new QTableView(this);
    mView->setModel(mModel);
    mView->setObjectName(QStringLiteral("ChartDataTable"));
    mView->verticalHeader()->hide();
    mView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mView->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    mView->setSelectionBehavior(QAbstractItemView::SelectItems);
    mView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mView->hide();
    layout->addWidget(mView, 1);
    connect(mToggle, &QCheckBox::toggled, this, [this](bool on) {
        mView->setVisible(on);
        mChooser->setVisible(on && mTables.size() > 1);
        emit shownChanged(on);
    });
    connect(mChooser, &QComboBox::currentIndexChanged, this, &DataTablePanel::showTable);
}

void DataTablePanel::setTables(const QList<DataTable> &tables)
{
    const QString keep = mChooser->currentText();
    mTables = tables;
    {
        const QSignalBlocker block(mChooser);
        mChooser->clear();
        for (const DataTable &t : mTables)
            mChooser->addItem(t.title);
        const int at = mChooser->findText(keep);
        mChooser->setCurrentIndex(at >= 0 ? at : 0);
    }
    mChooser->setVisible(isShown() && mTables.size() > 1);
    showTable(mChooser->currentIndex());
}

void DataTablePanel::setShown(bool shown)
{
    mToggle->setChecked(shown);
}

bool DataTablePanel::isShown() const
{
    return mToggle->isChecked();
}

int DataTablePanel::currentTable() const
{
    return mTables.isEmpty() ? -1 : mChooser->currentIndex();
}

void DataTablePanel::setCurrentTable(int index)
{
    mChooser->setCurrentIndex(index);
}

void DataTablePanel::showTable(int index)
{
    const DataTable table = index >= 0 && index < mTables.size() ? mTables[index] : DataTable();
    mModel->setTable(table);
    mView->setAccessibleName(table.title.isEmpty() ? tr("Data table") : tr("Data table: %1").arg(table.title));
    mView->setAccessibleDescription(table.sourceLine);
}

} // namespace inspectdesk
