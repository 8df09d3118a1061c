#include "ReportStore.h"

#include "Database.h"
#include "SqlTransaction.h"
#include "model/CouncilName.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace inspectdesk {

namespace {
QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString boxText(const QRectF &box)
{
    if (box.isNull())
        return QString();
    return QStringLiteral("%1,%2,%3,%4").arg(box.x()).arg(box.y()).arg(box.width()).arg(box.height());
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns need an empty string.
QVariant text(const QString &s)
{
    return QVariant(s.isNull() ? QStringLiteral("") : s);
}

QVariant nullable(double v, bool isNull)
{
    return isNull ? QVariant() : QVariant(v);
}
// Runs an INSERT ... RETURNING id and finishes the statement: SQLite refuses to commit
// while a statement is still in progress.
qint64 returnedId(QSqlQuery &q)
{
    qint64 id = 0;
    if (q.exec() && q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

QVariant yearValue(int year)
{
    return year > 0 ? QVariant(year) : QVariant();
}
QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

// Field name and text of every judgement field a change can touch (history rows).
QList<std::pair<QString, QString>> judgementFieldTexts(const JudgementRecord &j)
{
    return {{QStringLiteral("section"), j.section},
            {QStringLiteral("key"), j.key},
            {QStringLiteral("area"), j.area},
            {QStringLiteral("printed"), j.printed},
            {QStringLiteral("scale"), scaleId(j.scale)},
            {QStringLiteral("judgement"), judgementId(j.judgement)},
            {QStringLiteral("page"), QString::number(j.page)},
            {QStringLiteral("box"), boxText(j.box)},
            {QStringLiteral("confidence"), QString::number(j.confidence)},
            {QStringLiteral("status"), reviewStatusId(j.status)}};
}

QList<std::pair<QString, QString>> reportFieldTexts(const ReportFields &f)
{
    return {{QStringLiteral("council"), f.council},
            {QStringLiteral("kind"), reportKindId(f.kind)},
            {QStringLiteral("assessment_year"), f.assessmentYear > 0 ? QString::number(f.assessmentYear) : QString()},
            {QStringLiteral("published"), f.published.isValid() ? f.published.toString(Qt::ISODate) : QString()}};
}

} // namespace

QString currentReviewer()
{
    const QString name = QSettings().value(QStringLiteral("reviewer/name")).toString().trimmed();
    if (!name.isEmpty())
        return name;
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

QString ReportStore::sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool ReportStore::fail(const QString &message, bool conflict)
{
    mError = message;
    mConflict = conflict;
    return false;
}

int ReportStore::conflict(const QString &what)
{
    fail(QStringLiteral("this %1 was changed elsewhere since it was opened; reload to see the change").arg(what), true);
    return -1;
}

bool ReportStore::addHistory(qint64 reportId, qint64 judgementId, const QString &field, const QString &oldValue,
                             const QString &newValue, const QString &user)
{
    QSqlQuery q(mDb.connection());
    q.prepare(QStringLiteral("INSERT INTO history (report_id, judgement_id, field, old_value, new_value,"
                             " changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(reportId);
    q.addBindValue(judgementId > 0 ? QVariant(judgementId) : QVariant());
    q.addBindValue(field);
    q.addBindValue(oldValue);
    q.addBindValue(newValue);
    q.addBindValue(user);
    q.addBindValue(nowText());
    return q.exec() || fail(q.lastError().text());
}

qint64 ReportStore::councilId(const QString &name)
{
    // One row per council whatever form of its name was printed; the longest form seen
    // is the one shown in the library and the charts.
    const QString key = councilIdentityKey(name);
    QSqlQuery q(mDb.connection());
    q.prepare(QStringLiteral("SELECT id, name FROM councils WHERE identity_key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const bool longer = name.size() > q.value(1).toString().size();
        q.finish();
        if (longer) {
            q.prepare(QStringLiteral("UPDATE councils SET name = ? WHERE id = ?"));
            q.addBindValue(name);
            q.addBindValue(id);
            if (!q.exec())
                return fail(q.lastError().text()), 0;
        }
        return id;
    }
    q.prepare(QStringLiteral("INSERT INTO councils (name, identity_key) VALUES (?, ?) RETURNING id"));
    q.addBindValue(name);
    q.addBindValue(key);
    if (const qint64 id = returnedId(q))
        return id;
    fail(q.lastError().text());
    return 0;
}

bool ReportStore::insertJudgement(qint64 reportId, const JudgementRecord &j, qint64 *newId)
{
    QSqlQuery q(mDb.connection());
    q.prepare(
        QStringLiteral("INSERT INTO judgements (report_id, section, judgement_key, area, printed, scale, judgement,"
                       " page, box_x, box_y, box_w, box_h, confidence, status) VALUES"
                       " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const bool noBox = j.box.isNull();
    for (const QVariant &v :
         {QVariant(reportId), text(j.section), text(j.key), text(j.area), text(j.printed), QVariant(scaleId(j.scale)),
          QVariant(judgementId(j.judgement)), QVariant(j.page), nullable(j.box.x(), noBox), nullable(j.box.y(), noBox),
          nullable(j.box.width(), noBox), nullable(j.box.height(), noBox), QVariant(j.confidence),
          QVariant(reviewStatusId(j.status))})
        q.addBindValue(v);
    const qint64 id = returnedId(q);
    if (!id)
        return fail(q.lastError().text());
    if (newId)
        *newId = id;
    return true;
}

std::optional<qint64> ReportStore::reportIdForFile(const QByteArray &fileBytes)
{
    QSqlQuery q(mDb.connection());
    q.prepare(QStringLiteral("SELECT id FROM reports WHERE document_sha256 = ?"));
    q.addBindValue(sha256(fileBytes));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

ImportResult ReportStore::importReport(const QByteArray &fileBytes, const QString &fileName,
                                       const ExtractedReport &report, const QString &user)
{
    if (const auto existing = reportIdForFile(fileBytes))
        return {ImportOutcome::Duplicate, *existing,
                QStringLiteral("%1: already in the database as report %2").arg(fileName).arg(*existing)};
    SqlTransaction tx(mDb.connection());
    const QString hash = sha256(fileBytes);
    QSqlQuery q(mDb.connection());
    auto failed = [&](const QString &why) {
        return ImportResult{ImportOutcome::Failed, 0, QStringLiteral("%1: %2").arg(fileName, why)};
    };
    if (!tx.begun())
        return failed(tx.errorString());
    q.prepare(QStringLiteral("INSERT INTO documents (sha256, byte_size, content) VALUES (?, ?, ?)"));
    q.addBindValue(hash);
    q.addBindValue(qint64(fileBytes.size()));
    q.addBindValue(fileBytes);
    if (!q.exec())
        return failed(q.lastError().text());
    const QString printedCouncil = report.council.isEmpty() ? QStringLiteral("(unknown council)") : report.council;
    const qint64 council = councilId(printedCouncil);
    if (!council)
        return failed(mError);
    q.prepare(QStringLiteral("INSERT INTO reports (council_id, council_as_printed, kind, assessment_year,"
                             " published, page_count, document_sha256, file_name, imported_at,"
                             " imported_by, inspection_start, inspection_end, lead_inspector, inspection_type)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant &v :
         {QVariant(council), QVariant(printedCouncil), QVariant(reportKindId(report.kind)),
          yearValue(report.assessmentYear), dateValue(report.published), QVariant(report.pageCount), QVariant(hash),
          QVariant(fileName), QVariant(nowText()), QVariant(user), dateValue(report.inspectionStart),
          dateValue(report.inspectionEnd), text(report.leadInspector), text(report.inspectionType)})
        q.addBindValue(v);
    const qint64 reportId = returnedId(q);
    if (!reportId)
        return failed(q.lastError().text());
    for (const JudgementRecord &j : report.judgements)
        if (!insertJudgement(reportId, j, nullptr))
            return failed(mError);
    for (const ExtractionWarning &w : report.warnings) {
        q.prepare(QStringLiteral("INSERT INTO extraction_warnings (report_id, message, judgement_key,"
                                 " page, box_x, box_y, box_w, box_h) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        const bool noBox = w.box.isNull();
        for (const QVariant &v :
             {QVariant(reportId), text(w.message), text(w.key), QVariant(w.page), nullable(w.box.x(), noBox),
              nullable(w.box.y(), noBox), nullable(w.box.width(), noBox), nullable(w.box.height(), noBox)})
            q.addBindValue(v);
        if (!q.exec())
            return failed(q.lastError().text());
    }
    if (!addHistory(reportId, 0, QStringLiteral("imported"), QString(), fileName, user))
        return failed(mError);
    if (!tx.commit())
        return failed(tx.errorString());
    return {ImportOutcome::Imported, reportId,
            QStringLiteral("%1: imported as report %2 (%3 judgements)")
                .arg(fileName)
                .arg(reportId)
                .arg(report.judgements.size())};
}

int ReportStore::updateJudgement(const JudgementRecord &before, const JudgementRecord &after, const QString &user)
{
    mConflict = false;
    const auto oldTexts = judgementFieldTexts(before);
    const auto newTexts = judgementFieldTexts(after);
    SqlTransaction tx(mDb.connection());
    if (!tx.begun())
        return fail(tx.errorString()), -1;
    QSqlQuery q(mDb.connection());
    q.prepare(QStringLiteral("SELECT report_id FROM judgements WHERE id = ?"));
    q.addBindValue(before.id);
    if (!q.exec() || !q.next())
        return fail(QStringLiteral("judgement %1 does not exist").arg(before.id)), -1;
    const qint64 reportId = q.value(0).toLongLong();
    // The revision guard makes a concurrent change visible instead of overwriting it.
    q.prepare(QStringLiteral("UPDATE judgements SET section = ?, judgement_key = ?, area = ?, printed = ?, scale = ?,"
                             " judgement = ?, page = ?, box_x = ?, box_y = ?, box_w = ?, box_h = ?, confidence = ?,"
                             " status = ?, revision = revision + 1 WHERE id = ? AND revision = ?"));
    const bool noBox = after.box.isNull();
    for (const QVariant &v :
         {text(after.section), text(after.key), text(after.area), text(after.printed), QVariant(scaleId(after.scale)),
          QVariant(judgementId(after.judgement)), QVariant(after.page), nullable(after.box.x(), noBox),
          nullable(after.box.y(), noBox), nullable(after.box.width(), noBox), nullable(after.box.height(), noBox),
          QVariant(after.confidence), QVariant(reviewStatusId(after.status)), QVariant(before.id),
          QVariant(before.revision)})
        q.addBindValue(v);
    if (!q.exec())
        return fail(q.lastError().text()), -1;
    if (q.numRowsAffected() != 1)
        return conflict(QStringLiteral("judgement"));
    for (int i = 0; i < oldTexts.size(); ++i) {
        if (oldTexts[i].second != newTexts[i].second &&
            !addHistory(reportId, before.id, oldTexts[i].first, oldTexts[i].second, newTexts[i].second, user))
            return -1;
    }
    if (!tx.commit())
        return fail(tx.errorString()), -1;
    return before.revision + 1;
}

int ReportStore::updateReportFields(qint64 reportId, int expectedRevision, const ReportFields &before,
                                    const ReportFields &after, const QString &user)
{
    mConflict = false;
    SqlTransaction tx(mDb.connection());
    if (!tx.begun())
        return fail(tx.errorString()), -1;
    const qint64 council = councilId(after.council);
    if (!council)
        return -1;
    QSqlQuery q(mDb.connection());
    q.prepare(QStringLiteral("UPDATE reports SET council_id = ?, council_as_printed = ?, kind = ?,"
                             " assessment_year = ?, published = ?, revision = revision + 1"
                             " WHERE id = ? AND revision = ?"));
    for (const QVariant &v :
         {QVariant(council), text(after.council), QVariant(reportKindId(after.kind)), yearValue(after.assessmentYear),
          dateValue(after.published), QVariant(reportId), QVariant(expectedRevision)})
        q.addBindValue(v);
    if (!q.exec())
        return fail(q.lastError().text()), -1;
    if (q.numRowsAffected() != 1)
        return conflict(QStringLiteral("report"));
    const auto oldTexts = reportFieldTexts(before);
    const auto newTexts = reportFieldTexts(after);
    for (int i = 0; i < oldTexts.size(); ++i) {
        if (oldTexts[i].second != newTexts[i].second &&
            !addHistory(reportId, 0, oldTexts[i].first, oldTexts[i].second, newTexts[i].second, user))
            return -1;
    }
    if (!tx.commit())
        return fail(tx.errorString()), -1;
    return expectedRevision + 1;
}

qint64 ReportStore::addJudgement(qint64 reportId, const JudgementRecord &judgement, const QString &user)
{
    SqlTransaction tx(mDb.connection());
    if (!tx.begun())
        return fail(tx.errorString()), 0;
    qint64 id = 0;
    if (!insertJudgement(reportId, judgement, &id))
        return 0;
    const QString summary = QStringLiteral("%1: %2").arg(judgement.area, judgement.printed);
    if (!addHistory(reportId, id, QStringLiteral("added"), QString(), summary, user))
        return 0;
    if (!tx.commit())
        return fail(tx.errorString()), 0;
    return id;
}

int ReportStore::setJudgementRemoved(qint64 judgementId, int expectedRevision, bool removed, const QString &user)
{
    SqlTransaction tx(mDb.connection());
    if (!tx.begun())
        return fail(tx.errorString()), -1;
    QSqlQuery q(mDb.connection());
    q.prepare(QStringLiteral("SELECT report_id, removed, revision FROM judgements WHERE id = ?"));
    q.addBindValue(judgementId);
    if (!q.exec() || !q.next())
        return fail(QStringLiteral("judgement %1 does not exist").arg(judgementId)), -1;
    const qint64 reportId = q.value(0).toLongLong();
    const bool wasRemoved = q.value(1).toInt() != 0;
    const int revision = q.value(2).toInt();
    q.finish();
    // Someone else's change since this one was read wins; the reviewer sees it on reload.
    if (revision != expectedRevision)
        return conflict(QStringLiteral("judgement"));
    if (wasRemoved == removed)
        return revision;
    q.prepare(
        QStringLiteral("UPDATE judgements SET removed = ?, revision = revision + 1 WHERE id = ? AND revision = ?"));
    q.addBindValue(removed ? 1 : 0);
    q.addBindValue(judgementId);
    q.addBindValue(expectedRevision);
    if (!q.exec())
        return fail(q.lastError().text()), -1;
    if (q.numRowsAffected() != 1)
        return conflict(QStringLiteral("judgement"));
    const QString oldValue = wasRemoved ? QStringLiteral("removed") : QStringLiteral("present");
    const QString newValue = removed ? QStringLiteral("removed") : QStringLiteral("present");
    if (!addHistory(reportId, judgementId, QStringLiteral("removed"), oldValue, newValue, user))
        return -1;
    return tx.commit() ? revision + 1 : (fail(tx.errorString()), -1);
}

} // namespace inspectdesk
