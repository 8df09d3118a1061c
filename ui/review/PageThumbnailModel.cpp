#include "PageThumbnailModel.h"

#include "PageRenderer.h"

#include <QHash>
#include <QPainter>
#include <QtMath>

namespace inspectdesk {

namespace {
constexpr int kThumbnailWidth = 64; // logical pixels
}

PageThumbnailModel::PageThumbnailModel(QObject *parent) : QAbstractListModel(parent), mRenderer(new PageRenderer(this))
{
    mRenderer->setReadsText(false);
    connect(mRenderer, &PageRenderer::pageRendered, this, &PageThumbnailModel::onPageRendered);
    mRenderer->start(QThread::LowestPriority);
}

PageThumbnailModel::~PageThumbnailModel() = default;

void PageThumbnailModel::setDocument(const QByteArray &pdfBytes, const QList<QSizeF> &pageSizes,
                                     double devicePixelRatio)
{
    beginResetModel();
    ++mGeneration;
    mDevicePixelRatio = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    mPageSizes = pdfBytes.isEmpty() ? QList<QSizeF>() : pageSizes;
    // Blanks are made once per page shape (most documents have one) and shared.
    mImages.clear();
    QHash<QPair<int, int>, QImage> blanks;
    for (const QSizeF &size : std::as_const(mPageSizes)) {
        QImage &blank = blanks[{qRound(size.width()), qRound(size.height())}];
        if (blank.isNull())
            blank = placeholder(size);
        mImages << blank;
    }
    mDrawn = QList<bool>(mPageSizes.size(), false);
    endResetModel();
    mRenderer->setDocument(pdfBytes, mGeneration);
    if (mPageSizes.isEmpty())
        return;
    // One scale for the document (the renderer takes one): the widest page fits the width.
    double widest = 1;
    for (const QSizeF &s : std::as_const(mPageSizes))
        widest = qMax(widest, s.width());
    QList<int> pages;
    for (int i = 0; i < mPageSizes.size(); ++i)
        pages << i;
    mRenderer->request(pages, kThumbnailWidth * mDevicePixelRatio / widest);
}

QSize PageThumbnailModel::thumbnailSize() const
{
    double tallest = 842.0 / 595.0; // A4 until a document says otherwise
    for (const QSizeF &s : mPageSizes)
        if (s.width() > 0)
            tallest = qMax(tallest, s.height() / s.width());
    return QSize(kThumbnailWidth, qCeil(kThumbnailWidth * tallest));
}

int PageThumbnailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mPageSizes.size());
}

QVariant PageThumbnailModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mPageSizes.size())
        return {};
    const int page = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(page + 1);
    case Qt::DecorationRole:
        return mImages[page];
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("Page %1").arg(page + 1);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignHCenter | Qt::AlignTop);
    default:
        return {};
    }
}

void PageThumbnailModel::onPageRendered(int generation, int page, double, const QImage &image)
{
    if (generation != mGeneration || page < 0 || page >= mImages.size())
        return;
    QImage framed = image.convertToFormat(QImage::Format_RGB32);
    QPainter(&framed).drawRect(framed.rect().adjusted(0, 0, -1, -1)); // a page edge on white
    framed.setDevicePixelRatio(mDevicePixelRatio);
    mImages[page] = framed;
    mDrawn[page] = true;
    const QModelIndex changed = index(page);
    emit dataChanged(changed, changed, {Qt::DecorationRole});
}

// A blank page of the right shape while the picture is drawn.
QImage PageThumbnailModel::placeholder(const QSizeF &size) const
{
    const int height = size.width() > 0 ? qRound(kThumbnailWidth * size.height() / size.width()) : kThumbnailWidth;
    QImage blank(QSize(kThumbnailWidth, height) * mDevicePixelRatio, QImage::Format_RGB32);
    blank.setDevicePixelRatio(mDevicePixelRatio);
    blank.fill(Qt::white);
    QPainter painter(&blank);
    painter.setPen(QColor(0xc0, 0xc0, 0xc0));
    painter.drawRect(QRectF(0, 0, kThumbnailWidth - 1, height - 1));
    return blank;
}

} // namespace inspectdesk
