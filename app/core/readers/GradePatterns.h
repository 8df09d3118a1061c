#pragma once

#include "model/Grade.h"

#include <QList>
#include <QString>

namespace inspectdesk {

// How a grade was printed. Each form says something different about its scale.
enum class GradeForm {
    GradeNumber, // "Grade 3", "Grade 3 (adequate)", "Grade: 2"
    Performs,    // "Performs well (3)"
    Word,        // "Good", "Requires improvement to be good" standing alone in a cell/line
    RowNumber    // a bare 1-4 ending a table row ("Safeguarding 3")
};

struct GradeHit
{
    int start = 0;
    int end = 0;
    QString printed; // exactly as printed (whitespace collapsed)
    GradeForm form = GradeForm::GradeNumber;
    int number = 0;      // 0 when no number printed
    QString word;        // the word printed with or instead of a number, lower case
    int otherColumn = 0; // a different grade in a second grade column of the same row (0 = none)
};

// Pure pattern finders over FlatText-style strings ('\n' lines, '\t' cells, '\f' pages).
namespace GradePatterns {
QList<GradeHit> gradeNumbers(const QString &text, int from = 0, int to = -1);
QList<GradeHit> performs(const QString &text, int from = 0, int to = -1);
QList<GradeHit> words(const QString &text, int from = 0, int to = -1);
// Lower-case grade words after a colon, ending their line (heading form of later frameworks).
QList<GradeHit> colonWords(const QString &text, int from = 0, int to = -1);
QList<GradeHit> rowNumbers(const QString &text, int from = 0, int to = -1);

// What the report's own legend says its numbers mean: FourIsOutstanding ("4: outstanding",
// "outstanding judgement of Grade 4"), OneIsOutstanding ("Outstanding (Grade 1)",
// "Grade 1 ... outstanding"), or Unknown when there is no legend or it contradicts itself.
Scale legendScale(const QString &text);
} // namespace GradePatterns

} // namespace inspectdesk
