#pragma once

#include "pdf/FlatText.h"
#include "readers/GradeScanner.h"

#include <QList>
#include <QStringList>

namespace inspectdesk {

// The page-1 judgement table of SIF and ILACS reports, read as two columns in order: the
// label cells (a row starts with a capital or its numbering, its wrapped lines follow) and
// the grade cells ("Requires improvement" / "to be good", "Requires" / label / "improvement").
// Rows and grades are paired in order, so it does not matter on which of a row's lines a
// wrapped grade is printed. The table is only read when every row names a known area and
// the number of grades equals the number of rows; otherwise nothing is returned and the
// general scanner's reading stands alone.
namespace JudgementTable {
QList<LabelledGrade> read(const FlatText &flat, const QStringList &keys);
}

} // namespace inspectdesk
