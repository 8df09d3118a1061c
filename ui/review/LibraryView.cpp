#include "LibraryView.h"

#include "FillColumn.h"
#include "ReportLibraryModel.h"
#include "Session.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace inspectdesk {

namespace {
// The width of a column's contents and its header's text, without the room Qt keeps on every
// header for a sort arrow: year and progress stay narrow, and the council gets the rest.
int compactWidth(const QTableView *table, int column)
{
    const QHeaderView *header = table->horizontalHeader();
    const QString title = table->model()->headerData(column, Qt::Horizontal).toString();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    return std::max(static_cast<const QAbstractItemView *>(table)->sizeHintForColumn(column),
                    header->fontMetrics().horizontalAdvance(title) + 4 * margin);
}
} // namespace

LibraryView::LibraryView(Session &session, QWidget *parent)
    : QWidget(parent), mSession(session), mModel(new ReportLibraryModel(this)), mProxy(new QSortFilterProxyModel(this)),
      mFilter(new QLineEdit(this)), mTable(new QTableView(this))
{
    mProxy->setSourceModel(mModel);
    mProxy->setSortRole(ReportLibraryModel::SortRole);
    mProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    mProxy->setFilterKeyColumn(-1); // any column: council, kind, year, file
    mFilter->setPlaceholderText(tr("Filter reports (council, kind, year…)"));
    mFilter->setAccessibleName(tr("Filter reports"));
    mFilter->setClearButtonEnabled(true);
    mTable->setObjectName(QStringLiteral("LibraryTable"));
    mTable->setAccessibleName(tr("Report library"));
    mTable->setModel(mProxy);
    mTable->setSortingEnabled(true);
    mTable->sortByColumn(ReportLibraryModel::CouncilColumn, Qt::AscendingOrder);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->setSelectionMode(QAbstractItemView::SingleSelection);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setTabKeyNavigation(false); // Tab leaves the pane; it must not open the next report
    mTable->verticalHeader()->hide();
    mTable->verticalHeader()->setMinimumSectionSize(mTable->fontMetrics().height() + 8);
    // In the narrow pane, what a reviewer scans for (year, progress) comes right after the
    // council, and stays in view: the council takes the width left and wraps a long name onto
    // a second line ("Windsor and / Maidenhead"); kind, warnings and file may scroll off.
    mTable->horizontalHeader()->moveSection(ReportLibraryModel::YearColumn, 1);
    mTable->horizontalHeader()->moveSection(ReportLibraryModel::ReviewedColumn, 2);
    mCouncilColumn = new FillColumn(mTable, ReportLibraryModel::CouncilColumn,
                                    {ReportLibraryModel::YearColumn, ReportLibraryModel::ReviewedColumn},
                                    mTable->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 12);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mFilter);
    layout->addWidget(mTable);
    connect(mFilter, &QLineEdit::textChanged, mProxy, &QSortFilterProxyModel::setFilterFixedString);
    // Selecting a row (mouse or arrow keys) opens the report.
    connect(mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit reportActivated(index.data(ReportLibraryModel::ReportIdRole).toLongLong());
    });
}

void LibraryView::refresh()
{
    const QModelIndex current = mTable->currentIndex();
    const qint64 selected = current.isValid() ? current.data(ReportLibraryModel::ReportIdRole).toLongLong() : 0;
    const QSignalBlocker block(mTable->selectionModel());
    mModel->setReports(mSession.isOpen() ? mSession.store().reports() : QList<ReportSummary>());
    mTable->resizeColumnsToContents();
    for (const int column : {int(ReportLibraryModel::YearColumn), int(ReportLibraryModel::ReviewedColumn)})
        mTable->setColumnWidth(column, compactWidth(mTable, column));
    mCouncilColumn->update();
    if (selected)
        selectReport(selected);
}

bool LibraryView::updateReport(qint64 reportId)
{
    if (!mSession.isOpen() || mModel->rowOf(reportId) < 0)
        return false;
    const std::optional<ReportSummary> summary = mSession.store().reportSummary(reportId);
    return summary && mModel->updateReport(*summary);
}

void LibraryView::selectReport(qint64 reportId)
{
    const int row = mModel->rowOf(reportId);
    if (row < 0)
        return;
    const QModelIndex index = mProxy->mapFromSource(mModel->index(row, 0));
    if (!index.isValid())
        return;
    const QSignalBlocker block(mTable->selectionModel());
    mTable->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    mTable->scrollTo(index);
    mTable->viewport()->update(); // the view missed the blocked selection signals
}

} // namespace inspectdesk
