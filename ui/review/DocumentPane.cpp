#include "DocumentPane.h"

#include "DocumentView.h"
#include "PageThumbnailModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

namespace inspectdesk {

DocumentPane::DocumentPane(QWidget *parent)
    : QWidget(parent), mView(new DocumentView(this)), mTools(new QToolBar(this)), mPage(new QSpinBox(this)),
      mPageTotal(new QLabel(this)), mFind(new QLineEdit(this)), mHits(new QLabel(this)), mPages(new QListView(this)),
      mThumbnails(new PageThumbnailModel(this))
{
    mTools->setIconSize(QSize(16, 16));
    mTools->addAction(tr("−"), mView, &DocumentView::zoomOut)->setToolTip(tr("Zoom out (Ctrl+-)"));
    mTools->addAction(tr("+"), mView, &DocumentView::zoomIn)->setToolTip(tr("Zoom in (Ctrl++)"));
    mTools->addAction(tr("Fit width"), mView, &DocumentView::fitWidth);
    mTools->addAction(tr("Fit page"), mView, &DocumentView::fitPage);
    mTools->addSeparator();
    mPage->setAccessibleName(tr("Page number"));
    mPage->setKeyboardTracking(false);
    mTools->addWidget(new QLabel(tr(" Page "), this));
    mTools->addWidget(mPage);
    mTools->addWidget(mPageTotal);
    mTools->addSeparator();
    mFind->setPlaceholderText(tr("Find in document"));
    mFind->setAccessibleName(tr("Find in document"));
    mFind->setClearButtonEnabled(true);
    mFind->setMaximumWidth(220);
    mTools->addWidget(mFind);
    mTools->addAction(tr("▲"), mView, &DocumentView::findPrevious)->setToolTip(tr("Previous hit (Shift+F3)"));
    mTools->addAction(tr("▼"), mView, &DocumentView::findNext)->setToolTip(tr("Next hit (F3)"));
    mTools->addWidget(mHits);

    mPages->setModel(mThumbnails);
    mPages->setAccessibleName(tr("Pages"));
    mPages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mPages->setViewMode(QListView::IconMode);
    mPages->setFlow(QListView::TopToBottom);
    mPages->setWrapping(false);
    mPages->setMovement(QListView::Static);
    mPages->setResizeMode(QListView::Adjust);
    mPages->setUniformItemSizes(true);
    mPages->setSpacing(4);
    mPages->setIconSize(mThumbnails->thumbnailSize());
    mPages->setFixedWidth(mThumbnails->thumbnailSize().width() + 36);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(mPages);
    splitter->addWidget(mView);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({mPages->width(), 800});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(mTools);
    layout->addWidget(splitter, 1);

    connect(mPage, &QSpinBox::valueChanged, this, [this](int page) { mView->goToPage(page - 1); });
    connect(mView, &DocumentView::currentPageChanged, this, [this](int page) {
        const QSignalBlocker block(mPage);
        mPage->setValue(page + 1);
        // Blocked so the list does not send the view back to the page's top; that also stops
        // the list's own follow-up, so scroll to the thumbnail and repaint the highlight here.
        const QModelIndex thumbnail = mThumbnails->index(page);
        const QSignalBlocker blockList(mPages->selectionModel());
        mPages->setCurrentIndex(thumbnail);
        mPages->scrollTo(thumbnail);
        mPages->viewport()->update();
    });
    connect(mPages->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) { mView->goToPage(index.row()); });
    connect(mFind, &QLineEdit::returnPressed, this, [this] {
        // Enter on the same text moves on, like a browser's find bar.
        if (mView->findHitCount() > 0 && mFind->property("lastFind").toString() == mFind->text())
            mView->findNext();
        else
            mView->find(mFind->text());
        mFind->setProperty("lastFind", mFind->text());
    });
    connect(mFind, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            mView->find(QString());
    });
    connect(mView, &DocumentView::findChanged, this, [this](int current, int total) {
        mHits->setText(mFind->text().isEmpty() ? QString()
                       : total == 0            ? tr(" no hits")
                                               : tr(" %1 of %2").arg(current + 1).arg(total));
    });
    documentChanged();
}

void DocumentPane::documentChanged()
{
    const int count = mView->pageCount();
    QList<QSizeF> sizes;
    for (int i = 0; i < count; ++i)
        sizes << mView->pageSize(i);
    mThumbnails->setDocument(mView->documentBytes(), sizes, devicePixelRatioF());
    mPages->setIconSize(mThumbnails->thumbnailSize());
    const QSignalBlocker block(mPage);
    mPage->setRange(count > 0 ? 1 : 0, count);
    mPage->setValue(count > 0 ? 1 : 0);
    mPageTotal->setText(tr(" of %1 ").arg(count));
    mHits->clear();
    mFind->setProperty("lastFind", QString());
    if (!mFind->text().isEmpty())
        mView->find(mFind->text()); // hits appear when the words have been read
}

void DocumentPane::focusFind()
{
    mFind->setFocus();
    mFind->selectAll();
}

} // namespace inspectdesk
