#pragma once

#include "BriefingData.h"

#include <QRectF>

class QPainter;
class QPagedPaintDevice;

namespace inspectdesk {

// The pack's page drawing, in point units on an A4 portrait page. Each function draws one
// kind of page; long lists start new pages through the device.
class BriefingPages
{
    static constexpr int kMaxComparisonBars = 16;

public:
    BriefingPages(QPainter &painter, QPagedPaintDevice &device, const BriefingData &data);

    void cover();
    void council(const QString &council);
    void allTrends();
    void comparison(); // bars per council; groupDistribution() for more than kMaxComparisonBars
    void groupDistribution();
    void sources();
    int pageCount() const { return mPage; }

private:
    void newPage();
    void footer();
    qreal heading(const QString &text, qreal y);
    qreal latestTable(const QString &council, qreal y);

    QPainter &mPainter;
    QPagedPaintDevice &mDevice;
    const BriefingData &mData;
    QRectF mArea;
    int mPage = 1;
    bool mStarted = false;
};

} // namespace inspectdesk
