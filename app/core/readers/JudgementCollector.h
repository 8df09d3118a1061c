#pragma once

#include "model/ExtractedReport.h"
#include "readers/GradeScanner.h"

namespace inspectdesk {

// Turns labelled grades into judgements on the right scale, merges a grade printed twice
// (summary table and section heading), and warns about disagreements and missing areas.
class JudgementCollector
{
public:
    explicit JudgementCollector(ExtractedReport &report) : mReport(report) {}

    // `numberScale` is the scale numbers are read on for this report (Unknown = none could
    // be established: the grade is kept but flagged, never mapped).
    void add(const LabelledGrade &grade, Scale numberScale, double confidence);
    void addRecord(JudgementRecord record); // e.g. prose judgements built by a reader
    // The report prints no scale legend, so numbers are read on its kind's usual scale: said
    // once, when the first numeric grade is read (a report graded in words needs no legend).
    void assumeNumberScale(Scale scale) { mAssumedScale = scale; }

    // Warns, naming them, about expected areas of `section` that were not found.
    void requireAreas(const QString &section, const QStringList &keys, const QString &what);
    void warn(const QString &message, const QString &key = QString(), int page = 0, const QRectF &box = QRectF());

private:
    int find(const QString &section, const QString &key) const;
    ExtractedReport &mReport;
    QList<int> mPriority; // per judgement: how authoritative its printed form is
    Scale mAssumedScale = Scale::Unknown;
    bool mAssumedScaleSaid = false;
};

} // namespace inspectdesk
