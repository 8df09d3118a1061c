#include "readers/JudgementCollector.h"

namespace inspectdesk {

namespace {

// Summary tables and "Record of main findings" rows are what a reader of the report looks
// at first, so their printed form is kept when a heading repeats the grade.
int priorityOf(GradeForm form)
{
    switch (form) {
    case GradeForm::Word:
    case GradeForm::RowNumber:
    case GradeForm::Performs:
        return 2;
    case GradeForm::GradeNumber:
        return 1;
    }
    return 0;
}

QString describe(const JudgementRecord &r)
{
    return QStringLiteral("'%1' (page %2)").arg(r.printed).arg(r.page);
}

} // namespace

int JudgementCollector::find(const QString &section, const QString &key) const
{
    for (int i = 0; i < mReport.judgements.size(); ++i)
        if (mReport.judgements[i].section == section && mReport.judgements[i].key == key)
            return i;
    return -1;
}

void JudgementCollector::add(const LabelledGrade &g, Scale numberScale, double confidence)
{
    JudgementRecord r;
    r.section = g.section;
    r.key = g.key;
    r.area = g.area;
    r.printed = g.hit.printed;
    r.page = g.page;
    r.box = g.box;
    r.confidence = confidence;
    if (g.hit.form == GradeForm::Word)
        r.scale = Scale::Words;
    else if (g.hit.form == GradeForm::Performs)
        r.scale = Scale::PerformsScale;
    else
        r.scale = numberScale;
    if (r.scale == numberScale && numberScale != Scale::Unknown && numberScale == mAssumedScale && !mAssumedScaleSaid) {
        mAssumedScaleSaid = true;
        warn(QStringLiteral("no scale legend found; numbers read on this kind's usual %1 scale")
                 .arg(scaleId(numberScale)));
    }
    r.judgement = normalise(r.scale, r.printed);
    if (g.hit.otherColumn) {
        // Two different grades in one row: which column is this area's grade is a reader's
        // call, not ours.
        r.judgement = Judgement::Unknown;
        r.confidence = std::min(r.confidence, 0.3);
        warn(QStringLiteral("%1 is printed with two different grades in one table row (%2): not read")
                 .arg(r.key, r.printed),
             r.key, r.page, r.box);
    } else if (r.judgement == Judgement::Unknown) {
        r.confidence = std::min(r.confidence, 0.3);
        warn(
            r.scale == Scale::Unknown
                ? QStringLiteral("grade %1 for %2: the scale it is printed on cannot be established")
                      .arg(describe(r), r.key)
                : QStringLiteral("grade %1 for %2 does not fit the %3 scale").arg(describe(r), r.key, scaleId(r.scale)),
            r.key, r.page, r.box);
    }

    const int prio = priorityOf(g.hit.form);
    const int at = find(r.section, r.key);
    if (at < 0) {
        mReport.judgements << r;
        mPriority << prio;
        return;
    }
    JudgementRecord &old = mReport.judgements[at];
    if (old.judgement == r.judgement && r.judgement != Judgement::Unknown) {
        // Printed twice and agreeing: more certain; keep the summary's printed form.
        if (prio > mPriority[at]) {
            r.confidence = std::max(r.confidence, old.confidence);
            old = r;
            mPriority[at] = prio;
        }
        old.confidence = std::min(1.0, std::max(old.confidence, confidence) + 0.04);
        return;
    }
    warn(QStringLiteral("%1%2 is printed twice with different grades: %3 and %4")
             .arg(r.section.isEmpty() ? QString() : r.section + QStringLiteral(" / "), r.key, describe(old),
                  describe(r)),
         r.key, r.page, r.box);
    if (prio > mPriority[at] || old.judgement == Judgement::Unknown) {
        old = r;
        mPriority[at] = prio;
    }
    old.confidence = std::min(old.confidence, 0.4);
}

void JudgementCollector::addRecord(JudgementRecord record)
{
    if (find(record.section, record.key) >= 0)
        return;
    mReport.judgements << record;
    mPriority << 0;
}

void JudgementCollector::requireAreas(const QString &section, const QStringList &keys, const QString &what)
{
    QStringList missing;
    for (const auto &k : keys)
        if (find(section, k) < 0)
            missing << k;
    if (!missing.isEmpty())
        warn(QStringLiteral("%1: usual areas not found: %2").arg(what, missing.join(QStringLiteral(", "))));
}

void JudgementCollector::warn(const QString &message, const QString &key, int page, const QRectF &box)
{
    mReport.warnings << ExtractionWarning{message, key, page, box};
}

} // namespace inspectdesk
