#pragma once
// A paint device that keeps what a QPainter renderer drew on it (texts, rectangles, lines) in
// device coordinates, so a test can read back what the paper renderer really drew.
#include <QBrush>
#include <QFont>
#include <QLineF>
#include <QList>
#include <QPaintDevice>
#include <QPen>
#include <QRectF>

namespace inspectdesk::testing {

struct RecordedText
{
    QString text;
    QPointF at; // baseline start
    qreal width = 0;
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

class PaintRecorder : public QPaintDevice
{
public:
    // One unit is one point (72 dpi), as chartpaint draws.
    explicit PaintRecorder(const QSize &size = QSize(842, 595));
    ~PaintRecorder() override;
    QPaintEngine *paintEngine() const override;

    QList<RecordedText> texts;
    QList<RecordedRect> rects;
    QList<RecordedLine> lines;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    class Engine;
    Engine *mEngine;
    QSize mSize;
};

} // namespace inspectdesk::testing
