#pragma once

#include "Grade.h"
#include "ReportKind.h"

#include <QDate>
#include <QList>
#include <QRectF>
#include <QString>

namespace inspectdesk {

// One grade read from a report (or added by a reviewer), with where it was read.
struct JudgementRecord
{
    qint64 id = 0;   // database id; 0 until stored
    QString section; // "" whole report, or "safeguarding", "looked_after_children", ...
    QString key;     // normalised key, e.g. "being_healthy" (corpus/README.md vocabulary)
    QString area;    // label as printed
    QString printed; // grade exactly as printed
    Scale scale = Scale::Unknown;
    Judgement judgement = Judgement::Unknown;
    int page = 0;            // 1-based; 0 = no source found
    QRectF box;              // PDF points, page-relative, origin top-left; null = no source
    double confidence = 0.0; // 0..1
    ReviewStatus status = ReviewStatus::Extracted;
    int revision = 0; // bumped on every stored change; detects concurrent edits

    bool hasSource() const { return page > 0 && !box.isNull(); }
};

// Something a reviewer must look at, optionally tied to a place in the document.
struct ExtractionWarning
{
    QString message;
    QString key;  // judgement key it concerns, if any
    int page = 0; // 0 = not tied to a page
    QRectF box;
};

// The result of reading one report: what `inspectdesk extract` prints and `import` stores.
struct ExtractedReport
{
    QString council; // as printed
    int laCode = 0;  // DfE LA code of the register council it resolved to; 0 = unresolved
    ReportKind kind = ReportKind::Other;
    int assessmentYear = 0; // 0 = not printed
    QDate published;        // invalid = not printed
    QDate inspectionStart;  // fieldwork dates as printed; invalid = not printed
    QDate inspectionEnd;
    QString leadInspector;  // "" = not printed
    QString inspectionType; // ILACS "short" / "standard" (from the fieldwork's length); "" otherwise
    int pageCount = 0;
    QList<JudgementRecord> judgements;
    QList<ExtractionWarning> warnings;
};

} // namespace inspectdesk
