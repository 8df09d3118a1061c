#pragma once

#include <QAbstractListModel>
#include <QImage>
#include <QList>
#include <QSizeF>

namespace inspectdesk {

class PageRenderer;

// One row per page of the open document: its number and, once drawn, a small picture of it.
// Thumbnails come from a renderer of their own (off the UI thread, pictures only), so they
// never hold up the pages being read.
class PageThumbnailModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit PageThumbnailModel(QObject *parent = nullptr);
    ~PageThumbnailModel() override;

    // pageSizes in PDF points; empty bytes mean no document. devicePixelRatio keeps them sharp.
    void setDocument(const QByteArray &pdfBytes, const QList<QSizeF> &pageSizes, double devicePixelRatio);
    QSize thumbnailSize() const; // logical pixels, for the view's icon size
    bool hasThumbnail(int page) const { return mDrawn.value(page); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    void onPageRendered(int generation, int page, double scale, const QImage &image);
    QImage placeholder(const QSizeF &pageSize) const;

    PageRenderer *mRenderer;
    int mGeneration = 0;
    double mDevicePixelRatio = 1.0;
    QList<QSizeF> mPageSizes;
    QList<QImage> mImages; // the drawn page, or a blank of its shape until then
    QList<bool> mDrawn;
};

} // namespace inspectdesk
