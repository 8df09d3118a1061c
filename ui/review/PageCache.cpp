#include "PageCache.h"

#include <cmath>

namespace inspectdesk {

quint64 PageCache::key(int page, double scale)
{
    // Scales are compared in thousandths so tiny float differences still hit.
    return (quint64(quint32(page)) << 32) | quint32(std::lround(scale * 1000.0));
}

void PageCache::insert(int page, double scale, const QImage &image)
{
    const int cost = std::max<int>(1, int(image.sizeInBytes() / 1024));
    mImages.insert(key(page, scale), new QImage(image), cost);
}

const QImage *PageCache::find(int page, double scale) const
{
    return mImages.object(key(page, scale));
}

} // namespace inspectdesk
