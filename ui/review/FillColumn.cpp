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
    if (mUpdating)
        return;
    mUpdating = true;
    int others = 0;
    for (int column : std::as_const(mKeptInView))
        if (!mTable->isColumnHidden(column))
            others += mTable->columnWidth(column);
    mTable->setColumnWidth(mColumn, std::max(mMinimumWidth, mTable->viewport()->width() - others));
    mUpdating = false;
}

bool FillColumn::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == mTable->viewport() && event->type() == QEvent::Resize)
        update();
    return QObject::eventFilter(watched, event);
}

} // namespace inspectdesk
