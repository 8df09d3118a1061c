#pragma once
// A paint device that keeps what a QPainter renderer drew on it, in device coordinates, so a
// test can read back what the paper renderer really drew: every stroke in order with its pen
// and brush (lines, polylines, polygons, rectangles, paths), texts with their pen and font,
// and for convenience the rectangles and lines alone.
#include <QBrush>
#include <QFont>
#include <QLineF>
#include <QList>
#include <QPaintDevice>
#include <QPen>
#include <QPolygonF>
#include <QRectF>

namespace inspectdesk::testing {

struct RecordedText
{
    QString text;
    QPointF at; // baseline start
    qreal width = 0;
    QPen pen;
    QFont font;
    QPointF centre() const { return {at.x() + width / 2, at.y()}; }
};
struct RecordedRect
{
    QRectF rect;
    QBrush brush;
    QPen pen;
};
struct RecordedLine
{
    QLineF line;
    QPen pen;
};
struct RecordedStroke
{
    enum class Shape { Line, Polyline, Polygon, Rect, Path };
    Shape shape = Shape::Line;
    QPolygonF points; // a path as its fill polygon
    QPen pen;
    QBrush brush;
};

class PaintRecorder : public QPaintDevice
{
public:
    // One unit is one point (72 dpi), as chartpaint draws.
    explicit PaintRecorder(const QSize &size = QSize(842, 595));
    ~PaintRecorder() override;
    PaintRecorder(const PaintRecorder &) = delete;
    PaintRecorder &operator=(const PaintRecorder &) = delete;
    QPaintEngine *paintEngine() const override;

    QList<RecordedText> texts;
    QList<RecordedRect> rects;
    QList<RecordedLine> lines;
    QList<RecordedStroke> strokes; // everything but texts, in the order drawn

    QStringList textStrings() const;                                    // the texts drawn, in order
    QList<RecordedStroke> strokesOf(RecordedStroke::Shape shape) const; // in the order drawn

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    class Engine;
    Engine *mEngine;
    QSize mSize;
};

} // namespace inspectdesk::testing
