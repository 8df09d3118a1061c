#pragma once

#include "pdf/TextPage.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <atomic>
#include <memory>

namespace Poppler {
class Document;
}

namespace inspectdesk {

// Renders pages and reads their words (the core's TextPage, as extraction reads them) off the
// UI thread. It owns its poppler document, used by this thread only: either one handed over
// already loaded (the view loads it once for the page sizes) or one it loads itself from
// bytes. The view asks for the pages it can see; a newer request replaces an older one, so
// fast scrolling never builds a backlog. After the wanted pages are rendered, it reads the
// text of every page in the background.
class PageRenderer : public QThread
{
    Q_OBJECT
public:
    explicit PageRenderer(QObject *parent = nullptr);
    ~PageRenderer() override;

    // Starts over with another document; generation tags every result of it. The renderer
    // loads the bytes on its own thread (empty bytes: no document).
    void setDocument(const QByteArray &pdfBytes, int generation);
    // The same with a document already loaded (null: none); this thread owns it from now on.
    void setDocument(std::unique_ptr<Poppler::Document> document, int generation);
    // Pages (0-based) to render at scale device pixels per PDF point, most wanted first.
    void request(const QList<int> &pages, double scale);
    // Off for a renderer that only draws (thumbnails): the words are read once, by the view's.
    void setReadsText(bool reads) { mReadsText = reads; }

signals:
    void pageRendered(int generation, int page, double scale, const QImage &image);
    void pageTextReady(int generation, int page, const inspectdesk::TextPage &text);
    void allTextReady(int generation);

protected:
    void run() override;

private:
    QMutex mMutex;
    QWaitCondition mWake;
    QByteArray mNewBytes;
    std::unique_ptr<Poppler::Document> mNewDocument; // handed over, not yet taken by run()
    bool mHasNewDocument = false;
    int mGeneration = 0;
    QList<int> mWanted;
    double mScale = 1.0;
    int mRenderingPage = -1; // being rendered now at mScale: not asked for again
    bool mStop = false;
    std::atomic<bool> mReadsText = true;
};

} // namespace inspectdesk
