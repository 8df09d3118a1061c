#include "FillColumn.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace inspectdesk {

FillColumn::FillColumn(QTableView *table, int column, const QList<int> &keptInView, int minimumWidth)
    : QObject(table), mTable(table), mColumn(column), mKeptInView(keptInView), mMinimumWidth(minimumWidth)
{
    mTable->setWordWrap(true);
    mTable->setTextElideMode(Qt::ElideMiddle); // a single word too long to wrap keeps both ends
    mTable->horizontalHeader()->setStretchLastSection(false);
    mTable->horizontalHeader()->setSectionResizeMode(mColumn, QHeaderView::Interactive);
    mTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mTable->viewport()->installEventFilter(this);
    connect(mTable->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical != mColumn)
            update();
    });
}

void FillColumn::update()
{
    if (mUpdating || !mTable->model())
        return;
    mUpdating = true;
    // Room for every other column when there is enough, else for the ones kept in view.
    int kept = 0, all = 0;
    for (int column = 0; column < mTable->model()->columnCount(); ++column) {
        if (column == mColumn || mTable->isColumnHidden(column))
            continue;
        all += mTable->columnWidth(column);
        if (mKeptInView.contains(column))
            kept += mTable->columnWidth(column);
    }
    const int width = mTable->viewport()->width();
    mTable->setColumnWidth(mColumn, width - all >= mMinimumWidth ? width - all : std::max(mMinimumWidth, width - kept));
    mUpdating = false;
}

bool FillColumn::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mTable->viewport() && event->type() == QEvent::Resize)
        update();
    return QObject::eventFilter(watched, event);
}

} // namespace inspectdesk
