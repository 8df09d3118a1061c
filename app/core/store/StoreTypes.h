#pragma once

#include "model/ExtractedReport.h"

#include <QDateTime>
#include <QString>

namespace inspectdesk {

// A row of the report library.
struct ReportSummary
{
    qint64 id = 0;
    QString council; // short name of a register council, else the name printed
    int laCode = 0;  // DfE LA code; 0 = council unresolved, to be chosen by a reviewer
    ReportKind kind = ReportKind::Other;
    int assessmentYear = 0;
    QDate published;
    int pageCount = 0;
    QString fileName;
    QDateTime importedAt;
    QString importedBy;
    int judgementCount = 0;
    int reviewedCount = 0; // as review::isReviewed counts
    int warningCount = 0;
    bool isReviewed() const { return judgementCount > 0 && reviewedCount == judgementCount; }
};

// The report fields a reviewer can edit.
struct ReportFields
{
    QString council;
    ReportKind kind = ReportKind::Other;
    int assessmentYear = 0;
    QDate published;
    bool operator==(const ReportFields &o) const
    {
        return council == o.council && kind == o.kind && assessmentYear == o.assessmentYear && published == o.published;
    }
};

// A stored report with its judgements (removed ones excluded) and warnings.
struct StoredReport
{
    qint64 id = 0;
    ExtractedReport content;
    QString fileName;
    QString sha256;
    QDateTime importedAt;
    QString importedBy;
    int revision = 0;
    ReportFields fields() const { return {content.council, content.kind, content.assessmentYear, content.published}; }
};

// One append-only history row: a field of a report or judgement changed.
struct HistoryEntry
{
    qint64 id = 0;
    qint64 reportId = 0;
    qint64 judgementId = 0; // 0 for report fields
    QString field;
    QString oldValue;
    QString newValue;
    QString changedBy;
    QDateTime changedAt;
    QString comment; // the reviewer's reason, if given (schema version 3 on)
};

// One judgement with its report context, the unit of chart data and CSV export.
struct JudgementFact
{
    qint64 reportId = 0;
    qint64 judgementId = 0;
    QString council; // short name of a register council, else the name printed
    int laCode = 0;  // DfE LA code; 0 = council unresolved
    ReportKind kind = ReportKind::Other;
    int assessmentYear = 0;
    QDate published;
    QDate inspectionEnd; // the last day of fieldwork as printed; invalid = not printed
    QString fileName;
    QString section;
    QString key;
    QString area;
    QString printed;
    Scale scale = Scale::Unknown;
    Judgement judgement = Judgement::Unknown;
    int page = 0;
    ReviewStatus status = ReviewStatus::Extracted;
    double confidence = 0.0;
};

enum class ImportOutcome { Imported, Duplicate, Failed };

struct ImportResult
{
    ImportOutcome outcome = ImportOutcome::Failed;
    qint64 reportId = 0; // the new report, or the existing one for a duplicate
    QString message;
};

} // namespace inspectdesk
