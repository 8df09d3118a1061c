#pragma once

#include "ChartDataset.h"

#include <QColor>
#include <QStringList>
#include <Qt>

namespace inspectdesk {

// Colours and shapes that stay apart for colour-blind readers and in greyscale print:
// the Okabe-Ito palette, plus a dash style and a marker shape per council.
enum class MarkerShape { Circle, Square, Diamond, Triangle, Star, Pentagon };

namespace chartstyle {
QColor councilColour(int index);
Qt::PenStyle councilDash(int index);
MarkerShape councilMarker(int index);
Qt::BrushStyle councilPattern(int index); // overlay on bars so print in grey stays apart
// An unreviewed bar: the council's colour two fifths of the way from white, so that a chart of
// freshly imported (all unreviewed) data still tells the councils apart (at a fifth,
// Derbyshire's orange and Lancashire's amber looked alike).
QColor unreviewedBarFill(int index);
// Behind a name at a line end: mostly white, so the name reads over the band of grades.
QColor labelGround();

// How a trend line looks. With a focus council ("my council") chosen, its line is dark,
// solid and thick (weight 2: the renderer's usual width times it) and its comparators thin
// and lighter; without one every council is drawn alike (weight 1).
struct SeriesLook
{
    QColor colour;
    Qt::PenStyle dash = Qt::SolidLine;
    MarkerShape marker = MarkerShape::Circle;
    qreal weight = 1;
};
SeriesLook seriesLook(int councilIndex, bool focus, bool withFocus);
QColor focusColour();

QColor judgementColour(Judgement j);
QColor judgementTextColour(Judgement j); // readable on judgementColour
// The grade's colour mixed with white: the band of shares behind trend lines, light enough
// that thin lines over it stay readable, the grades still apart in greyscale by lightness.
QColor bandColour(Judgement j);

// "Good" with printed grade, report, page and review status: tooltips and sources.
QString describePointStatus(ReviewStatus status);
// A report's date for tooltips and sources, said with what it is: "published 5 Jul 2024",
// else the last day of its fieldwork (ILACS reports print no publication date).
QString reportDate(const QDate &published, const QDate &inspectionEnd);
// Tooltip text: judgement in its framework's words, printed grade, which judgement of the
// family it is, report, page, review status, and any conflict.
QString describePoint(const ChartPoint &point, const QString &council, const QString &outcomeKey, int year);
} // namespace chartstyle

} // namespace inspectdesk
