#include "PageRenderer.h"

#include "pdf/PdfText.h"

#include <poppler-qt6.h>

#include <QMutexLocker>
#include <memory>

namespace inspectdesk {

PageRenderer::PageRenderer(QObject *parent) : QThread(parent)
{
    qRegisterMetaType<inspectdesk::TextPage>("inspectdesk::TextPage");
}

PageRenderer::~PageRenderer()
{
    {
        QMutexLocker lock(&mMutex);
        mStop = true;
        mWake.wakeAll();
    }
    wait();
}

void PageRenderer::setDocument(const QByteArray &pdfBytes, int generation)
{
    QMutexLocker lock(&mMutex);
    mNewBytes = pdfBytes;
    mNewDocument.reset();
    mHasNewDocument = true;
    mGeneration = generation;
    mWanted.clear();
    mWake.wakeAll();
}

void PageRenderer::setDocument(std::unique_ptr<Poppler::Document> document, int generation)
{
    QMutexLocker lock(&mMutex);
    mNewBytes.clear();
    mNewDocument = std::move(document);
    mHasNewDocument = true;
    mGeneration = generation;
    mWanted.clear();
    mWake.wakeAll();
}

void PageRenderer::request(const QList<int> &pages, double scale)
{
    QMutexLocker lock(&mMutex);
    if (scale != mScale)
        mRenderingPage = -1;
    mWanted = pages;
    mWanted.removeAll(mRenderingPage);
    mScale = scale;
    mWake.wakeAll();
}

void PageRenderer::run()
{
    std::unique_ptr<Poppler::Document> document;
    int generation = 0;
    int nextTextPage = 0;
    for (;;) {
        QByteArray bytes;
        std::unique_ptr<Poppler::Document> handedOver;
        bool reload = false;
        int page = -1;
        double scale = 1.0;
        {
            QMutexLocker lock(&mMutex);
            mRenderingPage = -1;
            const bool textPending = mReadsText && document && nextTextPage < document->numPages();
            while (!mStop && !mHasNewDocument && mWanted.isEmpty() && !textPending)
                mWake.wait(&mMutex);
            if (mStop)
                return;
            if (mHasNewDocument) {
                bytes = mNewBytes;
                mNewBytes.clear();
                handedOver = std::move(mNewDocument);
                mHasNewDocument = false;
                generation = mGeneration;
                reload = true;
            } else if (!mWanted.isEmpty()) {
                page = mWanted.takeFirst();
                scale = mScale;
                mRenderingPage = page;
            }
        }
        if (reload) {
            document = handedOver ? std::move(handedOver) : bytes.isEmpty() ? nullptr : loadPdfDocument(bytes);
            if (document && !document->isLocked()) {
                document->setRenderHint(Poppler::Document::Antialiasing);
                document->setRenderHint(Poppler::Document::TextAntialiasing);
            } else {
                document.reset();
            }
            nextTextPage = 0;
            continue;
        }
        if (!document)
            continue;
        if (page >= 0) {
            if (page >= document->numPages())
                continue;
            const std::unique_ptr<Poppler::Page> p(document->page(page));
            if (!p)
                continue;
            const QImage image = p->renderToImage(72.0 * scale, 72.0 * scale);
            emit pageRendered(generation, page, scale, image);
            continue;
        }
        if (!mReadsText)
            continue;
        // Nothing to paint: read the next page's words.
        const std::unique_ptr<Poppler::Page> p(document->page(nextTextPage));
        emit pageTextReady(generation, nextTextPage, p ? readTextPage(*p, nextTextPage + 1) : TextPage());
        if (++nextTextPage == document->numPages())
            emit allTextReady(generation);
    }
}

} // namespace inspectdesk
