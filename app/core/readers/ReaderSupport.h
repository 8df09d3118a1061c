#pragma once

#include "model/ExtractedReport.h"
#include "readers/JudgementCollector.h"
#include "readers/ReportReader.h"

#include <QRegularExpression>

namespace inspectdesk {

// Small helpers the kind readers share, so each reader is only its kind's rules.
namespace ReaderSupport {

// The scale numbers are read on: the kind's own scale, checked against the report's
// legend. A legend that contradicts the kind leaves the scale Unknown (numbers flagged).
Scale numberScale(const FlatText &flat, Scale kindScale, JudgementCollector &collector);

// First capture of `re` in text (trimmed/tidied), or "".
QString capture(const QRegularExpression &re, const QString &text, int group = 1);

// Adds the usual warnings for facts the report does not print.
void warnMissingFacts(ExtractedReport &report, JudgementCollector &collector);

// Fieldwork dates and lead inspector, where the report prints them.
void readInspectionFacts(ExtractedReport &report, const QString &text);

// Year printed in "Inspection dates: 13 to 24 September 2010"-style lines, or 0.
int inspectionYear(const QString &text);

// Confidence for a grade by how it was printed.
double baseConfidence(const GradeHit &hit);

QRegularExpression ci(const char *pattern); // case-insensitive, spaces match any whitespace

} // namespace ReaderSupport

} // namespace inspectdesk
