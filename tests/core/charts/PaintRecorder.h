#pragma once
// A paint device that records what a QPainter draws on it (strokes with their pen and brush,
// text with its font), in device coordinates: what the paper renderer put where.
#include <QFont>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>
#include <QTextItem>

namespace inspectdesk::fixture {

class RecordingEngine : public QPaintEngine
{
public:
    enum class Shape { Line, Polyline, Polygon, Rect, Path };
    struct Stroke
    {
        Shape shape;
        QPolygonF points;
        QPen pen;
        QBrush brush;
    };
    struct Text
    {
        QString text;
        QPointF at;
        QPen pen;
        QFont font;
    };
    QList<Stroke> strokes;
    QList<Text> texts;

    RecordingEngine() : QPaintEngine(QPaintEngine::AllFeatures) {}
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }
    void updateState(const QPaintEngineState &s) override
    {
        if (s.state() & DirtyPen)
            mPen = s.pen();
        if (s.state() & DirtyBrush)
            mBrush = s.brush();
        if (s.state() & DirtyTransform)
            mTransform = s.transform();
        if (s.state() & DirtyFont)
            mFont = s.font();
    }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawLines(const QLineF *lines, int count) override
    {
        for (int i = 0; i < count; ++i)
            add(Shape::Line, QPolygonF{lines[i].p1(), lines[i].p2()});
    }
    void drawRects(const QRectF *rects, int count) override
    {
        for (int i = 0; i < count; ++i)
            add(Shape::Rect, QPolygonF(rects[i]));
    }
    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        add(mode == PolylineMode ? Shape::Polyline : Shape::Polygon, QPolygonF(QList<QPointF>(points, points + count)));
    }
    void drawPath(const QPainterPath &path) override { add(Shape::Path, path.toFillPolygon()); }
    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        QFont f = item.font();
        texts << Text{item.text(), mTransform.map(p), mPen, f};
    }

private:
    void add(Shape shape, const QPolygonF &points) { strokes << Stroke{shape, mTransform.map(points), mPen, mBrush}; }
    QPen mPen;
    QBrush mBrush;
    QTransform mTransform;
    QFont mFont;
};

// 72 dots per inch: one unit is one point, as chartpaint draws.
class RecordingDevice : public QPaintDevice
{
public:
    mutable RecordingEngine engine;
    QPaintEngine *paintEngine() const override { return &engine; }

protected:
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth:
            return 800;
        case PdmHeight:
            return 600;
        case PdmWidthMM:
            return 282;
        case PdmHeightMM:
            return 212;
        case PdmNumColors:
            return INT_MAX;
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
            return 0;
        }
    }
};

} // namespace inspectdesk::fixture
