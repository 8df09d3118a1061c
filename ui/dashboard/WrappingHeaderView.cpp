#include "WrappingHeaderView.h"

#include <QTimer>

namespace inspectdesk {

WrappingHeaderView::WrappingHeaderView(QWidget *parent) : QHeaderView(Qt::Horizontal, parent)
{
    setDefaultAlignment(Qt::Alignment::fromInt(Qt::AlignCenter | Qt::TextWordWrap));
    // Once per event loop turn: a resize moves every section.
    connect(this, &QHeaderView::sectionResized, this, [this] {
        if (mPending)
            return;
        mPending = true;
        QTimer::singleShot(0, this, [this] {
            mPending = false;
            relayout();
        });
    });
}

int WrappingHeaderView::wrappedHeight(int logicalIndex) const
{
    if (!model())
        return 0;
    const QString text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, this);
    const int width = qMax(16, sectionSize(logicalIndex) - 2 * margin);
    return fontMetrics().boundingRect(QRect(0, 0, width, 10000), Qt::AlignCenter | Qt::TextWordWrap, text).height() +
           2 * margin + 2;
}

QSize WrappingHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    QSize size = QHeaderView::sectionSizeFromContents(logicalIndex);
    size.setHeight(qMax(size.height(), wrappedHeight(logicalIndex)));
    return size;
}

void WrappingHeaderView::relayout()
{
    int tallest = 0;
    for (int i = 0; i < count(); ++i)
        tallest = qMax(tallest, sectionSizeFromContents(i).height());
    if (tallest == height())
        return;
    headerDataChanged(orientation(), 0, count() - 1); // forgets the cached size hint
    emit geometriesChanged();                         // the table lays the header out again
}

} // namespace inspectdesk
