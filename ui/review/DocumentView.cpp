#include "DocumentView.h"

#include "PageRenderer.h"
#include "pdf/PdfText.h"

#include <poppler-qt6.h>

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <algorithm>
#include <memory>

namespace inspectdesk {

namespace {
const double kGap = 12.0; // logical pixels between and around pages
const double kMinZoom = 0.25;
const double kMaxZoom = 6.0;
const QColor kMarkColor(40, 110, 220);
const QColor kSelectedColor(255, 140, 0);
} // namespace

DocumentView::DocumentView(QWidget *parent) : QAbstractScrollArea(parent), mRenderer(new PageRenderer(this))
{
    setObjectName(QStringLiteral("DocumentView"));
    setAccessibleName(tr("Document"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    verticalScrollBar()->setSingleStep(30);
    connect(mRenderer, &PageRenderer::pageRendered, this, &DocumentView::onPageRendered);
    connect(mRenderer, &PageRenderer::pageTextReady, this, &DocumentView::onPageText);
    connect(mRenderer, &PageRenderer::allTextReady, this, &DocumentView::onAllText);
    mRenderer->start(QThread::LowPriority);
}

DocumentView::~DocumentView() = default;

bool DocumentView::setDocument(const QByteArray &pdfBytes)
{
    clear();
    std::unique_ptr<Poppler::Document> document = loadPdfDocument(pdfBytes);
    if (!document || document->isLocked())
        return false;
    // Only page sizes are read here; then the loaded document moves to the render thread,
    // which draws and reads the words from it: one load for both.
    for (int i = 0; i < document->numPages(); ++i) {
        const std::unique_ptr<Poppler::Page> page(document->page(i));
        mPageSizes.append(page ? page->pageSizeF() : QSizeF(595, 842));
    }
    mBytes = pdfBytes;
    mRenderer->setDocument(std::move(document), mGeneration);
    layoutPages();
    verticalScrollBar()->setValue(0);
    updateCurrentPage();
    requestVisible();
    return true;
}

void DocumentView::clear()
{
    ++mGeneration;
    mRenderer->setDocument(QByteArray(), mGeneration);
    mCache.clear();
    mBytes.clear();
    mPageSizes.clear();
    mPageTops.clear();
    mTexts.clear();
    mAllTextRead = false;
    mMarks.clear();
    mSelectedMark = 0;
    mHits.clear();
    mCurrentHit = -1;
    mSelectionPage = -1;
    mLastNeeded.clear();
    mCurrentPage = -1;
    layoutPages();
    viewport()->update();
}

// --- layout ---------------------------------------------------------------------------------

void DocumentView::layoutPages()
{
    const QSize area = viewport()->size();
    double widest = 1.0, tallest = 1.0;
    for (const QSizeF &s : std::as_const(mPageSizes)) {
        widest = std::max(widest, s.width());
        tallest = std::max(tallest, s.height());
    }
    if (mFit == Fit::Width)
        mZoom = std::max(kMinZoom, (area.width() - 2 * kGap) / widest);
    else if (mFit == Fit::Page)
        mZoom = std::max(kMinZoom, std::min((area.width() - 2 * kGap) / widest, (area.height() - 2 * kGap) / tallest));
    mPageTops.clear();
    double y = kGap;
    for (const QSizeF &s : std::as_const(mPageSizes)) {
        mPageTops.append(y);
        y += s.height() * mZoom + kGap;
    }
    const int contentWidth = int(widest * mZoom + 2 * kGap);
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - area.width()));
    horizontalScrollBar()->setPageStep(area.width());
    verticalScrollBar()->setRange(0, std::max(0, int(y) - area.height()));
    verticalScrollBar()->setPageStep(area.height());
}

QRectF DocumentView::pageRect(int page) const
{
    const QSizeF size = mPageSizes.at(page) * mZoom;
    const double contentWidth =
        std::max<double>(viewport()->width(), horizontalScrollBar()->maximum() + viewport()->width());
    return QRectF((contentWidth - size.width()) / 2.0, mPageTops.at(page), size.width(), size.height());
}

QPoint DocumentView::contentOffset() const
{
    return QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

QRect DocumentView::viewportRect(int page, const QRectF &box) const
{
    if (page < 0 || page >= pageCount())
        return QRect();
    const QRectF r = pageRect(page);
    return QRectF(r.topLeft() + box.topLeft() * mZoom - contentOffset(), box.size() * mZoom).toAlignedRect();
}

int DocumentView::pageAt(const QPoint &viewportPos, QPointF *pagePoint) const
{
    const QPointF p = viewportPos + contentOffset();
    for (int i = 0; i < pageCount(); ++i) {
        const QRectF r = pageRect(i);
        if (r.contains(p)) {
            if (pagePoint)
                *pagePoint = (p - r.topLeft()) / mZoom;
            return i;
        }
    }
    return -1;
}

QList<int> DocumentView::visiblePages() const
{
    QList<int> pages;
    const double top = verticalScrollBar()->value(), bottom = top + viewport()->height();
    for (int i = 0; i < pageCount(); ++i) {
        const QRectF r = pageRect(i);
        if (r.bottom() >= top && r.top() <= bottom)
            pages.append(i);
    }
    return pages;
}

double DocumentView::deviceScale() const
{
    return mZoom * devicePixelRatioF();
}

bool DocumentView::isPageReady(int page) const
{
    return mCache.find(page, deviceScale()) != nullptr;
}

// Asks for the visible pages plus one either side, only when that set or the scale changed:
// the renderer keeps working through the last list, so arrivals need no new request.
void DocumentView::requestVisible()
{
    if (pageCount() == 0)
        return;
    QList<int> needed = visiblePages();
    if (!needed.isEmpty()) {
        if (needed.first() > 0)
            needed.append(needed.first() - 1);
        if (needed.last() + 1 < pageCount() && !needed.contains(needed.last() + 1))
            needed.append(needed.last() + 1);
    }
    const double scale = deviceScale();
    if (needed == mLastNeeded && scale == mLastScale)
        return;
    mLastNeeded = needed;
    mLastScale = scale;
    QList<int> missing;
    for (int page : std::as_const(needed))
        if (!mCache.find(page, scale))
            missing.append(page);
    mRenderer->request(missing, scale);
}

void DocumentView::onPageRendered(int generation, int page, double scale, const QImage &image)
{
    if (generation != mGeneration || image.isNull())
        return;
    mCache.insert(page, scale, image);
    if (scale == deviceScale())
        viewport()->update();
}

// --- painting ---------------------------------------------------------------------------------

void DocumentView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    painter.fillRect(viewport()->rect(), palette().color(QPalette::Dark));
    if (pageCount() == 0) {
        painter.setPen(palette().color(QPalette::BrightText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("No report open"));
        return;
    }
    const double scale = deviceScale();
    QList<int> painted;
    for (int page : visiblePages()) {
        const QRectF target = pageRect(page).translated(-contentOffset());
        painter.fillRect(target, Qt::white);
        if (const QImage *image = mCache.find(page, scale)) {
            QImage sharp = *image; // shallow copy; drawn 1:1 in device pixels
            sharp.setDevicePixelRatio(devicePixelRatioF());
            painter.drawImage(target.topLeft(), sharp);
            painted.append(page);
        } else {
            painter.setPen(Qt::gray);
            painter.drawText(target, Qt::AlignCenter, tr("Rendering page %1…").arg(page + 1));
        }
        painter.save();
        painter.translate(target.topLeft());
        painter.scale(mZoom, mZoom);
        painter.setRenderHint(QPainter::Antialiasing);
        for (const Mark &m : std::as_const(mMarks)) {
            if (m.page != page || m.box.isNull())
                continue;
            const bool selected = m.id == mSelectedMark;
            const QColor c = selected ? kSelectedColor : kMarkColor;
            painter.setPen(QPen(c, selected ? 2.0 / mZoom : 1.0 / mZoom));
            painter.setBrush(QColor(c.red(), c.green(), c.blue(), selected ? 90 : 30));
            painter.drawRect(m.box.adjusted(-2, -2, 2, 2));
        }
        painter.setPen(Qt::NoPen);
        for (int i = 0; i < mHits.size(); ++i) {
            if (mHits[i].page != page)
                continue;
            painter.setBrush(i == mCurrentHit ? QColor(255, 120, 0, 120) : QColor(255, 230, 0, 110));
            for (const QRectF &r : mHits[i].rects)
                painter.drawRect(r);
        }
        if (mSelectionPage == page) {
            painter.setBrush(QColor(0, 90, 255, 60));
            painter.setPen(QPen(QColor(0, 90, 255), 1.0 / mZoom, mDragging ? Qt::DashLine : Qt::SolidLine));
            painter.drawRect(mDragging ? mSelectionRect : selectionBox());
        }
        painter.restore();
    }
    if (hasFocus()) { // the keyboard is here: a frame as visible as the tables' focus
        painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(viewport()->rect().adjusted(1, 1, -2, -2));
    }
    requestVisible();
    if (!painted.isEmpty())
        emit pagesPainted(painted);
}

void DocumentView::resizeEvent(QResizeEvent *event)
{
    const int page = currentPage();
    QAbstractScrollArea::resizeEvent(event);
    layoutPages();
    if (mFit != Fit::None && page >= 0)
        verticalScrollBar()->setValue(int(mPageTops.value(page) - kGap));
    requestVisible();
}

void DocumentView::scrollContentsBy(int, int)
{
    updateCurrentPage();
    viewport()->update();
}

// --- navigation and zoom ------------------------------------------------------------------------

int DocumentView::currentPage() const
{
    return mCurrentPage;
}

void DocumentView::updateCurrentPage()
{
    // The page covering the middle of the viewport (or the last one starting above it).
    const double middle = verticalScrollBar()->value() + viewport()->height() / 2.0;
    int page = pageCount() > 0 ? 0 : -1;
    for (int i = 0; i < pageCount(); ++i)
        if (mPageTops[i] <= middle)
            page = i;
    if (verticalScrollBar()->value() == 0 && pageCount() > 0)
        page = 0;
    if (page != mCurrentPage) {
        mCurrentPage = page;
        emit currentPageChanged(page);
    }
}

void DocumentView::goToPage(int page)
{
    if (page < 0 || page >= pageCount())
        return;
    verticalScrollBar()->setValue(int(mPageTops[page] - kGap));
    mCurrentPage = page; // the page asked for, even if the middle-of-view rule would differ
    emit currentPageChanged(page);
    requestVisible();
    viewport()->update();
}

void DocumentView::showBox(int page, const QRectF &box)
{
    if (page < 0 || page >= pageCount())
        return;
    const QRectF r = pageRect(page);
    const QPointF centre = r.topLeft() + box.center() * mZoom;
    verticalScrollBar()->setValue(int(centre.y() - viewport()->height() / 2.0));
    horizontalScrollBar()->setValue(int(centre.x() - viewport()->width() / 2.0));
    updateCurrentPage();
    requestVisible();
    viewport()->update();
}

void DocumentView::setZoom(double zoom)
{
    const int page = std::max(0, currentPage());
    mFit = Fit::None;
    mZoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    layoutPages();
    if (pageCount() > 0)
        verticalScrollBar()->setValue(int(mPageTops[page] - kGap));
    emit zoomChanged(mZoom);
    requestVisible();
    viewport()->update();
}

void DocumentView::zoomIn()
{
    setZoom(mZoom * 1.25);
}
void DocumentView::zoomOut()
{
    setZoom(mZoom / 1.25);
}

void DocumentView::fitWidth()
{
    mFit = Fit::Width;
    const int page = std::max(0, currentPage());
    layoutPages();
    goToPage(page);
    emit zoomChanged(mZoom);
}

void DocumentView::fitPage()
{
    mFit = Fit::Page;
    const int page = std::max(0, currentPage());
    layoutPages();
    goToPage(page);
    emit zoomChanged(mZoom);
}

} // namespace inspectdesk
