#pragma once

#include "pdf/FlatText.h"

#include <QList>
#include <QRegularExpression>

namespace inspectdesk {

// Content cues for recognising a kind of report. A cue found near the start of the document
// (title page, letter heading) counts fully; elsewhere (annexes quoting other reports) it
// counts a third.
struct Cue
{
    QRegularExpression pattern;
    double weight;
};

double scoreCues(const FlatText &flat, const QList<Cue> &cues);
Cue cue(const char *pattern, double weight); // case-insensitive, spaces match any whitespace

} // namespace inspectdesk
