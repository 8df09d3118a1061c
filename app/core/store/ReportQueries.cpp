// Read side of ReportStore: library rows, one report, facts for charts and export, history.
#include "Database.h"
#include "ReportStore.h"
#include "review/ReviewRules.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace inspectdesk {

namespace {
const char kJudgementSelect[] =
    "SELECT id, section, judgement_key, area, printed, scale, judgement, page, box_x, box_y,"
    " box_w, box_h, confidence, status, revision FROM judgements";

QRectF boxAt(const QSqlQuery &q, int first)
{
    if (q.value(first).isNull())
        return QRectF();
    return QRectF(q.value(first).toDouble(), q.value(first + 1).toDouble(), q.value(first + 2).toDouble(),
                  q.value(first + 3).toDouble());
}

JudgementRecord judgementAt(const QSqlQuery &q)
{
    JudgementRecord j;
    j.id = q.value(0).toLongLong();
    j.section = q.value(1).toString();
    j.key = q.value(2).toString();
    j.area = q.value(3).toString();
    j.printed = q.value(4).toString();
    j.scale = scaleFromId(q.value(5).toString());
    j.judgement = judgementFromId(q.value(6).toString());
    j.page = q.value(7).toInt();
    j.box = boxAt(q, 8);
    j.confidence = q.value(12).toDouble();
    j.status = reviewStatusFromId(q.value(13).toString());
    j.revision = q.value(14).toInt();
    return j;
}

QDate dateAt(const QSqlQuery &q, int i)
{
    return QDate::fromString(q.value(i).toString(), Qt::ISODate);
}
QDateTime timeAt(const QSqlQuery &q, int i)
{
    return QDateTime::fromString(q.value(i).toString(), Qt::ISODateWithMs);
}
} // namespace

QList<ReportSummary> ReportStore::reports()
{
    return summaries(0);
}

std::optional<ReportSummary> ReportStore::reportSummary(qint64 reportId)
{
    const QList<ReportSummary> rows = summaries(reportId);
    return rows.isEmpty() ? std::nullopt : std::optional<ReportSummary>(rows.first());
}

QList<ReportSummary> ReportStore::summaries(qint64 onlyReportId)
{
    QList<ReportSummary> rows;
    QSqlQuery q(mDb.connection());
    // Reviewed as review::isReviewed says; removed judgements do not count.
    const QString reviewed = QStringLiteral("'%1'").arg(review::reviewedStatusIds().join(QStringLiteral("', '")));
    q.prepare(QStringLiteral("SELECT r.id, c.name, r.kind, r.assessment_year, r.published, r.page_count,"
                             " r.file_name, r.imported_at, r.imported_by,"
                             " (SELECT COUNT(*) FROM judgements j WHERE j.report_id = r.id AND j.removed = 0),"
                             " (SELECT COUNT(*) FROM judgements j WHERE j.report_id = r.id AND j.removed = 0"
                             "   AND j.status IN (%1)),"
                             " (SELECT COUNT(*) FROM extraction_warnings w WHERE w.report_id = r.id),"
                             " c.la_code FROM reports r JOIN councils c ON c.id = r.council_id"
                             " WHERE (? = 0 OR r.id = ?)"
                             " ORDER BY c.name, r.assessment_year, r.id")
                  .arg(reviewed));
    q.addBindValue(onlyReportId);
    q.addBindValue(onlyReportId);
    if (!q.exec()) {
        fail(q.lastError().text());
        return rows;
    }
    while (q.next()) {
        ReportSummary s;
        s.id = q.value(0).toLongLong();
        s.council = q.value(1).toString();
        s.kind = reportKindFromId(q.value(2).toString());
        s.assessmentYear = q.value(3).toInt();
        s.published = dateAt(q, 4);
        s.pageCount = q.value(5).toInt();
        s.fileName = q.value(6).toString();
        s.importedAt = timeAt(q, 7);
        s.importedBy = q.value(8).toString();
        s.judgementCount = q.value(9).toInt();
        s.reviewedCount = q.value(10).toInt();
        s.warningCount = q.value(11).toInt();
        s.laCode = q.value(12).toInt();
        rows << s;
    }
    return rows;
}

std::optional<StoredReport> ReportStore::report(qint64 reportId)
{
    QSqlQuery q(mDb.connection());
    q.prepare(QStringLiteral(
        "SELECT COALESCE(r.council_as_printed, c.name), r.kind, r.assessment_year, r.published, r.page_count,"
        " r.file_name, r.document_sha256, r.imported_at, r.imported_by, r.revision,"
        " r.inspection_start, r.inspection_end, r.lead_inspector, r.inspection_type"
        " FROM reports r JOIN councils c ON c.id = r.council_id WHERE r.id = ?"));
    q.addBindValue(reportId);
    if (!q.exec() || !q.next()) {
        fail(QStringLiteral("report %1 does not exist").arg(reportId));
        return std::nullopt;
    }
    StoredReport r;
    r.id = reportId;
    r.content.council = q.value(0).toString();
    r.content.kind = reportKindFromId(q.value(1).toString());
    r.content.assessmentYear = q.value(2).toInt();
    r.content.published = dateAt(q, 3);
    r.content.pageCount = q.value(4).toInt();
    r.fileName = q.value(5).toString();
    r.sha256 = q.value(6).toString();
    r.importedAt = timeAt(q, 7);
    r.importedBy = q.value(8).toString();
    r.revision = q.value(9).toInt();
    r.content.inspectionStart = dateAt(q, 10);
    r.content.inspectionEnd = dateAt(q, 11);
    r.content.leadInspector = q.value(12).toString();
    r.content.inspectionType = q.value(13).toString();

    q.prepare(QString::fromLatin1(kJudgementSelect) +
              QStringLiteral(" WHERE report_id = ? AND removed = 0 ORDER BY id"));
    q.addBindValue(reportId);
    if (q.exec())
        while (q.next())
            r.content.judgements << judgementAt(q);
    q.prepare(QStringLiteral("SELECT message, judgement_key, page, box_x, box_y, box_w, box_h"
                             " FROM extraction_warnings WHERE report_id = ? ORDER BY id"));
    q.addBindValue(reportId);
    if (q.exec()) {
        while (q.next())
            r.content.warnings << ExtractionWarning{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                                                    boxAt(q, 3)};
    }
    return r;
}

std::optional<JudgementRecord> ReportStore::judgement(qint64 judgementId)
{
    QSqlQuery q(mDb.connection());
    q.prepare(QString::fromLatin1(kJudgementSelect) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(judgementId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return judgementAt(q);
}

int ReportStore::reportRevision(qint64 reportId)
{
    QSqlQuery q(mDb.connection());
    q.prepare(QStringLiteral("SELECT revision FROM reports WHERE id = ?"));
    q.addBindValue(reportId);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

QByteArray ReportStore::documentBytes(qint64 reportId)
{
    QSqlQuery q(mDb.connection());
    q.prepare(QStringLiteral("SELECT d.content FROM documents d JOIN reports r"
                             " ON r.document_sha256 = d.sha256 WHERE r.id = ?"));
    q.addBindValue(reportId);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

QStringList ReportStore::councilNames()
{
    QStringList names;
    QSqlQuery q(mDb.connection());
    if (q.exec(QStringLiteral("SELECT name FROM councils ORDER BY name")))
        while (q.next())
            names << q.value(0).toString();
    return names;
}

QList<JudgementFact> ReportStore::judgementFacts(const std::atomic_bool *stop)
{
    QList<JudgementFact> facts;
    QSqlQuery q(mDb.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT r.id, j.id, c.name, r.kind, r.assessment_year, r.published, r.file_name,"
                               " j.section, j.judgement_key, j.area, j.printed, j.scale, j.judgement, j.page,"
                               " j.status, j.confidence, c.la_code, r.inspection_end FROM judgements j"
                               " JOIN reports r ON r.id = j.report_id"
                               " JOIN councils c ON c.id = r.council_id WHERE j.removed = 0"
                               " ORDER BY c.name, r.assessment_year, r.id, j.id"))) {
        fail(q.lastError().text());
        return facts;
    }
    while (q.next() && !(stop && stop->load(std::memory_order_relaxed))) {
        JudgementFact f;
        f.reportId = q.value(0).toLongLong();
        f.judgementId = q.value(1).toLongLong();
        f.council = q.value(2).toString();
        f.kind = reportKindFromId(q.value(3).toString());
        f.assessmentYear = q.value(4).toInt();
        f.published = dateAt(q, 5);
        f.fileName = q.value(6).toString();
        f.section = q.value(7).toString();
        f.key = q.value(8).toString();
        f.area = q.value(9).toString();
        f.printed = q.value(10).toString();
        f.scale = scaleFromId(q.value(11).toString());
        f.judgement = judgementFromId(q.value(12).toString());
        f.page = q.value(13).toInt();
        f.status = reviewStatusFromId(q.value(14).toString());
        f.confidence = q.value(15).toDouble();
        f.laCode = q.value(16).toInt();
        f.inspectionEnd = dateAt(q, 17);
        facts << f;
    }
    return facts;
}

QList<HistoryEntry> ReportStore::history(qint64 reportId, qint64 judgementId)
{
    QList<HistoryEntry> entries;
    QSqlQuery q(mDb.connection());
    QString sql = QStringLiteral("SELECT id, report_id, judgement_id, field, old_value, new_value,"
                                 " changed_by, changed_at, comment FROM history WHERE report_id = ?");
    if (judgementId > 0)
        sql += QStringLiteral(" AND judgement_id = ?");
    q.prepare(sql + QStringLiteral(" ORDER BY id"));
    q.addBindValue(reportId);
    if (judgementId > 0)
        q.addBindValue(judgementId);
    if (!q.exec()) {
        fail(q.lastError().text());
        return entries;
    }
    while (q.next()) {
        entries << HistoryEntry{
            q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toString(),
            q.value(4).toString(),   q.value(5).toString(),   q.value(6).toString(),   timeAt(q, 7),
            q.value(8).toString()};
    }
    return entries;
}

} // namespace inspectdesk
