#pragma once

#include "model/ExtractedReport.h"
#include "pdf/FlatText.h"

namespace inspectdesk {

// Judgements a report states only in prose ("Service management in X is good."), as in a
// joint area review's corporate assessment annex. Each numbered paragraph's first sentence
// is read if it states the grade in the present tense; sentences quoting another
// assessment ("The 2007 APA reported that ...") are not this report's judgement.
QList<JudgementRecord> proseJudgements(const FlatText &flat, int from, int to, const QString &section);

} // namespace inspectdesk
