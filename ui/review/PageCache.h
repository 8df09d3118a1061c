#pragma once

#include <QCache>
#include <QImage>

namespace inspectdesk {

// Rendered pages, keyed by page and scale, bounded by memory (images are large). The view
// paints from here and asks the renderer only for what is missing.
class PageCache
{
public:
    explicit PageCache(int maxKilobytes = 96 * 1024) { mImages.setMaxCost(maxKilobytes); }
    void insert(int page, double scale, const QImage &image);
    const QImage *find(int page, double scale) const;
    void clear() { mImages.clear(); }
    int count() const { return int(mImages.count()); }

private:
    static quint64 key(int page, double scale);
    QCache<quint64, QImage> mImages;
};

} // namespace inspectdesk
