#pragma once

#include "model/ExtractedReport.h"

#include <QStringList>

namespace inspectdesk::review {

// The review rules, written once. Everything that shows or counts review state asks here.

// Reviewed = a person confirmed or corrected it. An extracted grade, and one added by hand
// from the document but not yet confirmed, still need a look.
bool isReviewed(ReviewStatus status);
inline bool needsReview(const JudgementRecord &j)
{
    return !isReviewed(j.status);
}
// The stored status ids that count as reviewed (for SQL that counts them).
QStringList reviewedStatusIds();

// What confirming sets.
JudgementRecord confirmed(JudgementRecord j);
// What a correction sets: the reviewer's values, marked corrected. A judgement added by hand
// stays "added" (and unreviewed) until it is confirmed.
JudgementRecord corrected(JudgementRecord j);

// Grades are below this confidence are flagged for a closer look (not for hand-added ones).
constexpr double kLowConfidence = 0.6;
bool hasLowConfidence(const JudgementRecord &j);

// The grade printed at the END of a selected line, read on the report's scale: in
// "1 Standards of young people's achievement 3" the leading 1 is a row number and 3 the grade.
// Unknown when the end of the text is no grade on that scale.
Judgement gradeAtEnd(Scale scale, const QString &selectedText);

} // namespace inspectdesk::review
