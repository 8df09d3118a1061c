#pragma once

#include "StoreTypes.h"

#include <QByteArray>
#include <QList>
#include <QSet>
#include <QStringList>
#include <atomic>
#include <functional>
#include <optional>

namespace inspectdesk {

class Database;

// Reports, their original files, judgements and history. Every write runs in one
// transaction together with its history rows; edits check the row's revision so a change
// made elsewhere since it was read is refused (a conflict), never overwritten.
class ReportStore
{
public:
    explicit ReportStore(Database &db) : mDb(db) {}

    QString lastError() const { return mError; }
    bool lastWasConflict() const { return mConflict; }

    static QString sha256(const QByteArray &bytes);

    ImportResult importReport(const QByteArray &fileBytes, const QString &fileName, const ExtractedReport &report,
                              const QString &user);
    std::optional<qint64> reportIdForFile(const QByteArray &fileBytes);
    // SHA-256 of every stored report file (hex), to skip known files before extracting them.
    QSet<QString> storedFileHashes();

    QList<ReportSummary> reports();
    std::optional<StoredReport> report(qint64 reportId);
    std::optional<JudgementRecord> judgement(qint64 judgementId);
    QByteArray documentBytes(qint64 reportId);
    QStringList councilNames();
    // Every judgement not removed; when *stop turns true (a read no longer wanted), what was
    // read so far, with no error.
    QList<JudgementFact> judgementFacts(const std::atomic_bool *stop = nullptr);
    QList<HistoryEntry> history(qint64 reportId, qint64 judgementId = 0);
    int reportRevision(qint64 reportId);

    // Writes the fields that differ between before and after, one history row each.
    // before.revision must still be the stored revision. Returns the new revision or -1.
    // A comment (why it was changed) is kept on each of the change's history rows.
    int updateJudgement(const JudgementRecord &before, const JudgementRecord &after, const QString &user,
                        const QString &comment = QString());
    // The library row of one report (after one of its judgements changed), if it exists.
    std::optional<ReportSummary> reportSummary(qint64 reportId);
    int updateReportFields(qint64 reportId, int expectedRevision, const ReportFields &before, const ReportFields &after,
                           const QString &user);
    // The reviewer's choice of the register council a report is about (laCode 0: back to
    // unresolved, under the name it printed). A code not in the register is refused.
    // expectedRevision must still be the stored revision. Returns the new revision or -1.
    int setReportCouncil(qint64 reportId, int expectedRevision, int laCode, const QString &user);
    // Adds a judgement by hand (status AddedByHand unless given); returns its id or 0.
    qint64 addJudgement(qint64 reportId, const JudgementRecord &judgement, const QString &user);
    // Removal is a flag plus a history row, so nothing is lost and undo can restore it.
    // expectedRevision must still be the stored revision. Returns the new revision or -1.
    int setJudgementRemoved(qint64 judgementId, int expectedRevision, bool removed, const QString &user);

private:
    ImportResult importInTransaction(const QByteArray &fileBytes, const QString &fileName,
                                     const ExtractedReport &report, const QString &user,
                                     const std::function<ImportResult(qint64)> &duplicate);
    bool fail(const QString &message, bool conflict = false);
    int conflict(const QString &what); // another writer changed it first: records why, returns -1
    bool addHistory(qint64 reportId, qint64 judgementId, const QString &field, const QString &oldValue,
                    const QString &newValue, const QString &user, const QString &comment = QString());
    QList<ReportSummary> summaries(qint64 onlyReportId);
    qint64 councilId(const QString &name); // a council not in the register: finds or creates
    qint64 registerCouncilId(int laCode);  // a register council: finds or creates
    QString freeCouncilName(const QString &name, qint64 exceptId);
    bool insertJudgement(qint64 reportId, const JudgementRecord &j, qint64 *newId);

    Database &mDb;
    QString mError;
    bool mConflict = false;
};

// Councils rows: a register council has its LA code and the identity key "la:<code>"; a
// printed name the register does not resolve has la_code NULL and the identity key of the name.
QString registerCouncilKey(int laCode);
// The name an unresolved council is shown under when a register council already has its name.
QString unresolvedCouncilName(const QString &printedName);

// The reviewer name recorded in history: settings "reviewer/name", else the OS user.
QString currentReviewer();

} // namespace inspectdesk
