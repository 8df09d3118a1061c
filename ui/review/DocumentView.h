#pragma once

#include "PageCache.h"
#include "pdf/TextPage.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSizeF>

namespace inspectdesk {

class PageRenderer;

// Continuous pages of one PDF, rendered off the UI thread at the screen's pixel ratio, with
// judgement boxes, find hits and a text selection drawn over them. Coordinates handed in
// and out are PDF points, page-relative, origin top-left; pages are 0-based here.
class DocumentView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    enum class Fit { None, Width, Page };
    struct Mark
    {
        qint64 id = 0;
        int page = 0; // 0-based
        QRectF box;
    };

    explicit DocumentView(QWidget *parent = nullptr);
    ~DocumentView() override;

    // Loads the PDF once (page sizes now, the render thread gets the loaded document); false
    // when poppler cannot read it.
    bool setDocument(const QByteArray &pdfBytes);
    void clear();
    int pageCount() const { return int(mPageSizes.size()); }
    QSizeF pageSize(int page) const { return mPageSizes.value(page); } // PDF points
    QByteArray documentBytes() const { return mBytes; }
    int currentPage() const;
    double zoom() const { return mZoom; }
    Fit fit() const { return mFit; }

    void setMarks(const QList<Mark> &marks);
    void setSelectedMark(qint64 id);
    qint64 selectedMark() const { return mSelectedMark; }

    // Text of a page once the renderer has read it (nullptr before): the core's TextPage,
    // the same words, order and normalisation the readers extracted from.
    const TextPage *pageText(int page) const;
    bool allTextRead() const { return mAllTextRead; }
    QList<int> pagesWithoutText() const;

    // The current selection: its page (-1 none), the words' box and their text.
    int selectionPage() const { return mSelectionPage; }
    QRectF selectionBox() const;
    QString selectedText() const;
    void setSelection(int page, const QRectF &rect);

    // The current find hit becomes the selection (Enter in the document does this).
    bool selectFindHit();
    // Keyboard selection: the selection grows or shrinks by one word (Shift+Right/Left), or
    // runs to the end of its line (Shift+End).
    void extendSelection(int words);
    void extendSelectionToLineEnd();

    int findHitCount() const { return int(mHits.size()); }
    int currentFindHit() const { return mCurrentHit; }

    // Where a page-point rectangle is in viewport pixels (for tests and tool tips).
    QRect viewportRect(int page, const QRectF &box) const;
    bool isPageReady(int page) const;

public slots:
    void goToPage(int page);
    void showBox(int page, const QRectF &box);
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    void fitWidth();
    void fitPage();
    void find(const QString &text);
    void findNext();
    void findPrevious();
    void copySelection();

signals:
    void markClicked(qint64 id);
    void currentPageChanged(int page);
    void zoomChanged(double zoom);
    void selectionChanged();
    void findChanged(int current, int total);
    void textScanFinished();
    void pagesPainted(const QList<int> &pages); // pages drawn with their rendered image

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    struct Hit
    {
        int page;
        QList<QRectF> rects;
    };
    void layoutPages();
    QRectF pageRect(int page) const; // content coordinates (logical pixels)
    QPoint contentOffset() const;
    int pageAt(const QPoint &viewportPos, QPointF *pagePoint) const;
    QList<int> visiblePages() const;
    void requestVisible();
    double deviceScale() const;
    void onPageRendered(int generation, int page, double scale, const QImage &image);
    void onPageText(int generation, int page, const TextPage &text);
    void onAllText(int generation);
    void runFind();
    void showHit();
    void updateCurrentPage();

    PageRenderer *mRenderer;
    PageCache mCache;
    int mGeneration = 0;
    QList<QSizeF> mPageSizes;
    QByteArray mBytes; // shared (implicitly) with the thumbnails' renderer
    QList<double> mPageTops;
    double mZoom = 1.0;
    Fit mFit = Fit::Width;
    QList<int> mLastNeeded;
    double mLastScale = 0.0;
    int mCurrentPage = -1;

    QList<Mark> mMarks;
    qint64 mSelectedMark = 0;
    QHash<int, TextPage> mTexts;
    bool mAllTextRead = false;

    QString mFindText;
    QList<Hit> mHits;
    int mCurrentHit = -1;

    int mSelectionPage = -1;
    QRectF mSelectionRect; // points
    int mPressPage = -1;
    QPointF mPressPoint;
    bool mDragging = false;
};

} // namespace inspectdesk
