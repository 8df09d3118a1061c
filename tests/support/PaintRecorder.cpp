#include "PaintRecorder.h"

#include <QPaintEngine>
#include <QPainterPath>
#include <QTextItem>
#include <QTransform>

namespace inspectdesk::testing {

class PaintRecorder::Engine : public QPaintEngine
{
public:
    explicit Engine(PaintRecorder *device) : QPaintEngine(QPaintEngine::AllFeatures), mDevice(device) {}

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &changed) override
    {
        if (changed.state() & DirtyTransform)
            mTransform = changed.transform();
        if (changed.state() & DirtyPen)
            mPen = changed.pen();
        if (changed.state() & DirtyBrush)
            mBrush = changed.brush();
    }
    void drawRects(const QRectF *rects, int count) override
    {
        for (int i = 0; i < count; ++i) {
            mDevice->rects << RecordedRect{mTransform.mapRect(rects[i]), mBrush, mPen};
            stroke(RecordedStroke::Shape::Rect, QPolygonF(rects[i]));
        }
    }
    void drawRects(const QRect *rects, int count) override
    {
        for (int i = 0; i < count; ++i) {
            mDevice->rects << RecordedRect{mTransform.mapRect(QRectF(rects[i])), mBrush, mPen};
            stroke(RecordedStroke::Shape::Rect, QPolygonF(QRectF(rects[i])));
        }
    }
    void drawLines(const QLineF *lines, int count) override
    {
        for (int i = 0; i < count; ++i) {
            mDevice->lines << RecordedLine{mTransform.map(lines[i]), mPen};
            stroke(RecordedStroke::Shape::Line, QPolygonF{lines[i].p1(), lines[i].p2()});
        }
    }
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        stroke(mode == PolylineMode ? RecordedStroke::Shape::Polyline : RecordedStroke::Shape::Polygon,
               QPolygonF(QList<QPointF>(points, points + count)));
    }
    void drawPath(const QPainterPath &path) override { stroke(RecordedStroke::Shape::Path, path.toFillPolygon()); }
    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        mDevice->texts << RecordedText{item.text(), mTransform.map(p), item.width() * mTransform.m11(), mPen,
                                       item.font()};
    }
    // Pixmaps are not read back.
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}

private:
    void stroke(RecordedStroke::Shape shape, const QPolygonF &points)
    {
        mDevice->strokes << RecordedStroke{shape, mTransform.map(points), mPen, mBrush};
    }

    PaintRecorder *mDevice;
    QTransform mTransform;
    QPen mPen;
    QBrush mBrush;
};

PaintRecorder::PaintRecorder(const QSize &size) : mEngine(new Engine(this)), mSize(size) {}

PaintRecorder::~PaintRecorder()
{
    delete mEngine;
}

QPaintEngine *PaintRecorder::paintEngine() const
{
    return mEngine;
}

QStringList PaintRecorder::textStrings() const
{
    QStringList list;
    for (const RecordedText &t : texts)
        list << t.text;
    return list;
}

QList<RecordedStroke> PaintRecorder::strokesOf(RecordedStroke::Shape shape) const
{
    QList<RecordedStroke> list;
    for (const RecordedStroke &s : strokes)
        if (s.shape == shape)
            list << s;
    return list;
}

int PaintRecorder::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return mSize.width();
    case PdmHeight:
        return mSize.height();
    case PdmWidthMM:
        return qRound(mSize.width() * 25.4 / 72);
    case PdmHeightMM:
        return qRound(mSize.height() * 25.4 / 72);
    case PdmNumColors:
        return 0x7fffffff;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return 72;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    default:
        return QPaintDevice::metric(metric);
    }
}

} // namespace inspectdesk::testing
