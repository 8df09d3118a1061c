#include "JudgementGrid.h"

#include "GridModel.h"
#include "WrappingHeaderView.h"

#include <QHeaderView>
#include <QStyle>
#include <QTimer>
#include <climits>

namespace inspectdesk {

JudgementGrid::JudgementGrid(QWidget *parent) : QTableView(parent), mModel(new GridModel(this))
{
    setModel(mModel);
    setAccessibleName(tr("Judgements by council and outcome"));
    setHorizontalHeader(new WrappingHeaderView(this)); // labels wrap, never cut
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (mRowFitPending)
            return;
        mRowFitPending = true; // once per event loop turn: a resize moves every column
        QTimer::singleShot(0, this, [this] {
            mRowFitPending = false;
            fitRows();
        });
    });
    setWordWrap(true);
    connect(this, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 report = index.data(GridModel::ReportIdRole).toLongLong();
        if (report > 0)
            emit pointActivated(report, index.data(GridModel::JudgementIdRole).toLongLong());
    });
}

void JudgementGrid::setSnapshot(const YearSnapshot &snapshot)
{
    mModel->setSnapshot(snapshot);
}

void JudgementGrid::fitToContents()
{
    // Columns stay wide enough for their longest word (the table scrolls sideways instead).
    const int margin = style()->pixelMetric(QStyle::PM_HeaderMargin);
    horizontalHeader()->setMinimumSectionSize(qMin(160, mModel->widestWord(fontMetrics()) + 2 * margin + 6));
    fitRows();
}

void JudgementGrid::fitRows()
{
    const int columns = mModel->columnCount();
    if (columns == 0)
        return;
    const int margin = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1;
    QFont italic = font();
    italic.setItalic(true);
    const QFontMetrics plainMetrics(font()), italicMetrics(italic);
    QHash<QString, bool> texts; // distinct cell text -> drawn italic
    for (int r = 0; r < mModel->rowCount(); ++r)
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = mModel->index(r, c);
            bool &isItalic = texts[index.data().toString()];
            isItalic = isItalic || index.data(Qt::FontRole).value<QFont>().italic();
        }
    int narrowest = INT_MAX;
    for (int c = 0; c < columns; ++c)
        narrowest = qMin(narrowest, horizontalHeader()->sectionSize(c));
    const QRect room(0, 0, qMax(8, narrowest - 2 * margin), 100000);
    int tallest = verticalHeader()->fontMetrics().height();
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        const QFontMetrics &fm = it.value() ? italicMetrics : plainMetrics;
        tallest = qMax(tallest, fm.boundingRect(room, Qt::AlignCenter | Qt::TextWordWrap, it.key()).height());
    }
    verticalHeader()->setDefaultSectionSize(tallest + 2 * margin + 2);
}

} // namespace inspectdesk
