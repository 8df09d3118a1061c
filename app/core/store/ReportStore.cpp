#include "ReportStore.h"

#include "ColumnLimits.h"
#include "Database.h"
#include "SqlTransaction.h"
#include "model/CouncilName.h"
#include "register/ReportCouncil.h"

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

QString unresolvedCouncilName(const QString &printedName)
{
    return QStringLiteral("%1 (unresolved)").arg(printedName);
}

QString registerCouncilKey(int laCode)
{
    return QStringLiteral("la:%1").arg(laCode);
}

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
                             const QString &newValue, const QString &user, const QString &comment)
{
    QSqlQuery q(mDb.connection());
    q.prepare(QStringLiteral("INSERT INTO history (report_id, judgement_id, field, old_value, new_value,"
                             " changed_by, changed_at, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(reportId);
    q.addBindValue(judgementId > 0 ? QVariant(judgementId) : QVariant());
    q.addBindValue(field);
    q.addBindValue(oldValue);
    q.addBindValue(newValue);
    q.addBindValue(user);
    q.addBindValue(nowText());
    q.addBindValue(comment.trimmed().isEmpty() ? QVariant() : QVariant(comment.trimmed()));
    return q.exec() || fail(q.lastError().text());
}

// A council row's name is unique: a printed name that is not a register council keeps its
// name unless a register council is already shown under it ("Bedford" printed in 2007).
QString ReportStore::freeCouncilName(const QString &name, qint64 exceptId)
{
    QSqlQuery q(mDb.connection());
    q.prepare(QStringLiteral("SELECT id FROM councils WHERE name = ? AND id <> ?"));
    q.addBindValue(name);
    q.addBindValue(exceptId);
    const bool taken = q.exec() && q.next();
    return taken ? unresolvedCouncilName(name) : name;
}

qint64 ReportStore::councilId(const QString &name)
{
    // A council the register does not know: one row per identity key of the printed name,
    // shown under the longest form seen; its reports are flagged as unresolved (la_code NULL).
    const QString key = councilIdentityKey(name);
    QSqlQuery q(mDb.connection());
    // Insert first, keeping the row another client may be inserting this moment (ON
    // CONFLICT waits for it), then read the one row: find-then-insert would let two
    // clients importing the same council's reports at once both insert.
    q.prepare(QStringLiteral("INSERT INTO councils (name, identity_key) VALUES (?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(freeCouncilName(name, 0));
    q.addBindValue(key);
    if (!q.exec())
        return fail(q.lastError().text()), 0;
    q.prepare(QStringLiteral("SELECT id, name FROM councils WHERE identity_key = ? AND la_code IS NULL"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return fail(q.lastError().text()), 0;
    const qint64 id = q.value(0).toLongLong();
    const bool longer = name.size() > q.value(1).toString().size();
    q.finish();
    if (longer) {
        q.prepare(QStringLiteral("UPDATE councils SET name = ? WHERE id = ?"));
        q.addBindValue(freeCouncilName(name, id));
        q.addBindValue(id);
        if (!q.exec())
            return fail(q.lastError().text()), 0;
    }
    return id;
}

qint64 ReportStore::registerCouncilId(int laCode)
{
    const RegisterCouncil *council = CouncilRegister::builtIn().byCode(laCode);
    if (!council)
        return fail(QStringLiteral("%1 is not the LA code of a council in the register").arg(laCode)), 0;
    QSqlQuery q(mDb.connection());
    q.prepare(QStringLiteral("SELECT id FROM councils WHERE la_code = ?"));
    q.addBindValue(laCode);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    q.finish();
    // An unresolved council shown under this short name steps aside.
    q.prepare(QStringLiteral("UPDATE councils SET name = ? WHERE name = ? AND la_code IS NULL"));
    q.addBindValue(unresolvedCouncilName(council->shortName));
    q.addBindValue(council->shortName);
    if (!q.exec())
        return fail(q.lastError().text()), 0;
    // As for unresolved councils: insert or keep another client's row, then read it.
    q.prepare(
        QStringLiteral("INSERT INTO councils (name, identity_key, la_code) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"));
    q.addBindValue(council->shortName);
    q.addBindValue(registerCouncilKey(laCode));
    q.addBindValue(laCode);
    if (!q.exec())
        return fail(q.lastError().text()), 0;
    q.prepare(QStringLiteral("SELECT id FROM councils WHERE la_code = ?"));
    q.addBindValue(laCode);
    if (!q.exec() || !q.next())
        return fail(q.lastError().text()), 0;
    return q.value(0).toLongLong();
}

bool ReportStore::insertJudgement(qint64 reportId, const JudgementRecord &j, qint64 *newId)
{
    if (const QString why = ColumnLimits::checkJudgement(j); !why.isEmpty())
        return fail(why);
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

QSet<QString> ReportStore::storedFileHashes()
{
    QSet<QString> hashes;
    QSqlQuery q(mDb.connection());
    if (q.exec(QStringLiteral("SELECT document_sha256 FROM reports")))
        while (q.next())
            hashes.insert(q.value(0).toString());
    return hashes;
}

ImportResult ReportStore::importReport(const QByteArray &fileBytes, const QString &fileName,
                                       const ExtractedReport &report, const QString &user)
{
    auto duplicate = [&](qint64 existing) {
        return ImportResult{ImportOutcome::Duplicate, existing,
                            QStringLiteral("%1: already in the database as report %2").arg(fileName).arg(existing)};
    };
    // Another client may store the same file, or a report of the same new council, between
    // our check and our insert (PostgreSQL lets both check at once): its unique key refuses
    // ours. Once rolled back, the file is found stored, and that is what the user is told, not
    // the constraint's words; a council stored meanwhile is found on a second try.
    if (const QString why = ColumnLimits::checkReport(report, fileName, user); !why.isEmpty())
        return {ImportOutcome::Failed, 0, QStringLiteral("%1: %2").arg(fileName, why)};
    ImportResult result;
    for (int attempt = 0; attempt < 2; ++attempt) {
        result = importInTransaction(fileBytes, fileName, report, user, duplicate);
        if (result.outcome != ImportOutcome::Failed)
            return result;
        if (const auto existing = reportIdForFile(fileBytes))
            return duplicate(*existing);
    }
    return result;
}

ImportResult ReportStore::importInTransaction(const QByteArray &fileBytes, const QString &fileName,
                                              const ExtractedReport &report, const QString &user,
                                              const std::function<ImportResult(qint64)> &duplicate)
{
    SqlTransaction tx(mDb.connection(), SqlTransaction::Kind::Write);
    const QString hash = sha256(fileBytes);
    QSqlQuery q(mDb.connection());
    auto failed = [&](const QString &why) {
        return ImportResult{ImportOutcome::Failed, 0, QStringLiteral("%1: %2").arg(fileName, why)};
    };
    if (!tx.begun())
        return failed(tx.errorString());
    // Checked inside the transaction: what it finds still holds when the insert runs.
    if (const auto existing = reportIdForFile(fileBytes))
        return duplicate(*existing);
    // Stored by another client since the check (PostgreSQL waits for it to commit): nothing
    // inserted, no error, and the report it stored is found.
    q.prepare(QStringLiteral("INSERT INTO documents (sha256, byte_size, content) VALUES (?, ?, ?)"
                             " ON CONFLICT DO NOTHING"));
    q.addBindValue(hash);
    q.addBindValue(qint64(fileBytes.size()));
    q.addBindValue(fileBytes);
    if (!q.exec())
        return failed(q.lastError().text());
    if (q.numRowsAffected() == 0) {
        q.finish();
        if (const auto existing = reportIdForFile(fileBytes))
            return duplicate(*existing);
        return failed(QStringLiteral("the file is being stored by another client"));
    }
    const QString printedCouncil = report.council.isEmpty() ? QStringLiteral("(unknown council)") : report.council;
    const qint64 council = report.laCode > 0 ? registerCouncilId(report.laCode) : councilId(printedCouncil);
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
    const qsizetype judgements = report.judgements.size();
    QString message = QStringLiteral("%1: imported as report %2 (%3 %4)")
                          .arg(fileName)
                          .arg(reportId)
                          .arg(judgements)
                          .arg(judgements == 1 ? QStringLiteral("judgement") : QStringLiteral("judgements"));
    if (report.laCode <= 0)
        message += QStringLiteral("; council '%1' unresolved, choose it in the form").arg(printedCouncil);
    return {ImportOutcome::Imported, reportId, message};
}

int ReportStore::updateJudgement(const JudgementRecord &before, const JudgementRecord &after, const QString &user,
                                 const QString &comment)
{
    mConflict = false;
    if (const QString why = ColumnLimits::checkJudgement(after); !why.isEmpty())
        return fail(why), -1;
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
            !addHistory(reportId, before.id, oldTexts[i].first, oldTexts[i].second, newTexts[i].second, user, comment))
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
    if (const QString why =
            ColumnLimits::tooLong(QStringLiteral("council name"), after.council, ColumnLimits::kCouncilName);
        !why.isEmpty())
        return fail(why), -1;
    SqlTransaction tx(mDb.connection());
    if (!tx.begun())
        return fail(tx.errorString()), -1;
    // A changed name is resolved again on the report's date; an unchanged one keeps its council.
    qint64 council = 0;
    if (after.council == before.council) {
        QSqlQuery current(mDb.connection());
        current.prepare(QStringLiteral("SELECT council_id FROM reports WHERE id = ?"));
        current.addBindValue(reportId);
        if (current.exec() && current.next())
            council = current.value(0).toLongLong();
    } else {
        const CouncilResolution r =
            CouncilRegister::builtIn().resolve(after.council, reportCouncilDate(after.published, after.assessmentYear));
        council = r.isResolved() ? registerCouncilId(r.laCode) : councilId(after.council);
    }
    if (!council)
        return mError.isEmpty() ? conflict(QStringLiteral("report")) : -1;
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

int ReportStore::setReportCouncil(qint64 reportId, int expectedRevision, int laCode, const QString &user)
{
    mConflict = false;
    if (laCode != 0 && !CouncilRegister::builtIn().byCode(laCode))
        return fail(QStringLiteral("no council with LA code %1 in the register").arg(laCode)), -1;
    SqlTransaction tx(mDb.connection());
    if (!tx.begun())
        return fail(tx.errorString()), -1;
    QSqlQuery q(mDb.connection());
    q.prepare(QStringLiteral("SELECT c.name, COALESCE(r.council_as_printed, c.name) FROM reports r"
                             " JOIN councils c ON c.id = r.council_id WHERE r.id = ?"));
    q.addBindValue(reportId);
    if (!q.exec() || !q.next())
        return fail(QStringLiteral("report %1 does not exist").arg(reportId)), -1;
    const QString oldName = q.value(0).toString();
    const QString printed = q.value(1).toString();
    q.finish();
    const qint64 council = laCode > 0 ? registerCouncilId(laCode) : councilId(printed);
    if (!council)
        return -1;
    q.prepare(
        QStringLiteral("UPDATE reports SET council_id = ?, revision = revision + 1 WHERE id = ? AND revision = ?"));
    q.addBindValue(council);
    q.addBindValue(reportId);
    q.addBindValue(expectedRevision);
    if (!q.exec())
        return fail(q.lastError().text()), -1;
    if (q.numRowsAffected() != 1)
        return conflict(QStringLiteral("report"));
    q.prepare(QStringLiteral("SELECT name FROM councils WHERE id = ?"));
    q.addBindValue(council);
    const QString newName = q.exec() && q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (!addHistory(reportId, 0, QStringLiteral("council"), oldName,
                    laCode > 0 ? QStringLiteral("%1 (LA %2)").arg(newName).arg(laCode) : newName, user))
        return -1;
    return tx.commit() ? expectedRevision + 1 : (fail(tx.errorString()), -1);
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
