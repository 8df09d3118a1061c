#pragma once

#include <QString>

namespace inspectdesk {

// The normalised four-step judgement every scale maps to. Ordered worst to best so
// that charts can use the enum value as a position on the value axis.
enum class Judgement { Unknown = 0, Inadequate = 1, Adequate = 2, Good = 3, Outstanding = 4 };

// The scale a grade was printed on. A printed number means nothing without it.
enum class Scale {
    Unknown,           // could not be established: never mapped silently
    FourIsOutstanding, // APA letters, joint area reviews (2005-2009): 4 outstanding .. 1 inadequate
    PerformsScale,     // children's services assessments (2009-2012): "Performs well (3)"
    OneIsOutstanding,  // safeguarding/LAC (2009-2012), SIF, ILACS: Grade 1 outstanding (reversed)
    Words              // only a word was printed ("Good", "Adequate", "Requires improvement...")
};

enum class ReviewStatus { Extracted, Confirmed, Corrected, AddedByHand };

// Stable identifiers used in the database, JSON and CSV ("good", "four_is_outstanding", ...).
QString judgementId(Judgement j);
Judgement judgementFromId(const QString &id);
QString scaleId(Scale s);
Scale scaleFromId(const QString &id);
QString reviewStatusId(ReviewStatus s);
ReviewStatus reviewStatusFromId(const QString &id);

// Human labels (translated where shown in the UI).
QString judgementLabel(Judgement j);
QString reviewStatusLabel(ReviewStatus s);

// The one place that interprets printed grades: printed text + the scale it was read on
// gives the normalised judgement, or Unknown when the text does not fit that scale.
Judgement normalise(Scale scale, const QString &printed);

} // namespace inspectdesk
