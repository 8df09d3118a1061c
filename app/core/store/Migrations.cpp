#include "Migrations.h"

#include "CouncilRegisterMigration.h"
#include "HistoryCommentMigration.h"
#include "SqlDialect.h"
#include "VocabularyMigration.h"
#include "model/CouncilName.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace inspectdesk {

namespace {
const char *const kVersion1[] = {
    "CREATE TABLE councils (id {ID}, name VARCHAR(200) NOT NULL UNIQUE)",
    // Original files, content-addressed: a database file is self-contained.
    "CREATE TABLE documents (sha256 CHAR(64) PRIMARY KEY, byte_size BIGINT NOT NULL,"
    " content {BLOB} NOT NULL)",
    "CREATE TABLE reports (id {ID},"
    " council_id BIGINT NOT NULL REFERENCES councils(id),"
    " kind VARCHAR(40) NOT NULL, assessment_year INTEGER, published VARCHAR(10),"
    " page_count INTEGER NOT NULL,"
    " document_sha256 CHAR(64) NOT NULL UNIQUE REFERENCES documents(sha256),"
    " file_name VARCHAR(400) NOT NULL, imported_at VARCHAR(32) NOT NULL,"
    " imported_by VARCHAR(200) NOT NULL, revision INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE judgements (id {ID},"
    " report_id BIGINT NOT NULL REFERENCES reports(id),"
    " section VARCHAR(60) NOT NULL, judgement_key VARCHAR(80) NOT NULL,"
    " area TEXT NOT NULL, printed TEXT NOT NULL, scale VARCHAR(40) NOT NULL,"
    " judgement VARCHAR(20) NOT NULL, page INTEGER NOT NULL,"
    " box_x DOUBLE PRECISION, box_y DOUBLE PRECISION, box_w DOUBLE PRECISION,"
    " box_h DOUBLE PRECISION, confidence DOUBLE PRECISION NOT NULL,"
    " status VARCHAR(20) NOT NULL, revision INTEGER NOT NULL DEFAULT 0,"
    " removed INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX judgements_by_report ON judgements(report_id)",
    "CREATE TABLE extraction_warnings (id {ID},"
    " report_id BIGINT NOT NULL REFERENCES reports(id), message TEXT NOT NULL,"
    " judgement_key VARCHAR(80) NOT NULL, page INTEGER NOT NULL,"
    " box_x DOUBLE PRECISION, box_y DOUBLE PRECISION, box_w DOUBLE PRECISION,"
    " box_h DOUBLE PRECISION)",
    // Append-only: one row per changed field, written in the same transaction as the change.
    "CREATE TABLE history (id {ID},"
    " report_id BIGINT NOT NULL REFERENCES reports(id),"
    " judgement_id BIGINT REFERENCES judgements(id),"
    " field VARCHAR(40) NOT NULL, old_value TEXT, new_value TEXT,"
    " changed_by VARCHAR(200) NOT NULL, changed_at VARCHAR(32) NOT NULL)",
    "CREATE INDEX history_by_report ON history(report_id)",
};
// Version 2: one council row per council, whatever form of its name a report printed;
// each report keeps the name as printed.
const char *const kVersion2[] = {
    "ALTER TABLE councils ADD COLUMN identity_key VARCHAR(200)",
    "ALTER TABLE reports ADD COLUMN council_as_printed VARCHAR(200)",
    "UPDATE reports SET council_as_printed ="
    " (SELECT name FROM councils WHERE councils.id = reports.council_id)",
};

// Gives every council its identity key and folds rows that are one council under two
// names into the first, keeping the longer name for display. Report fields do not change:
// each report keeps its printed name, so no history row is due.
bool mergeCouncilsByIdentity(QSqlDatabase &db, QString *error)
{
    QSqlQuery rows(db);
    if (!rows.exec(QStringLiteral("SELECT id, name FROM councils ORDER BY id")))
        return *error = rows.lastError().text(), false;
    QList<std::pair<qint64, QString>> councils;
    while (rows.next())
        councils.append({rows.value(0).toLongLong(), rows.value(1).toString()});
    rows.finish();
    QHash<QString, std::pair<qint64, QString>> kept; // key -> (id, display name)
    QSqlQuery q(db);
    auto run = [&](const QString &sql, const QVariantList &values) {
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            *error = q.lastError().text();
        return error->isEmpty();
    };
    for (const auto &[id, name] : councils) {
        const QString key = councilIdentityKey(name);
        auto it = kept.find(key);
        if (it == kept.end()) {
            kept.insert(key, {id, name});
            if (!run(QStringLiteral("UPDATE councils SET identity_key = ? WHERE id = ?"), {key, id}))
                return false;
            continue;
        }
        if (!run(QStringLiteral("UPDATE reports SET council_id = ? WHERE council_id = ?"), {it->first, id}) ||
            !run(QStringLiteral("DELETE FROM councils WHERE id = ?"), {id}))
            return false;
        if (name.size() > it->second.size()) {
            it->second = name;
            if (!run(QStringLiteral("UPDATE councils SET name = ? WHERE id = ?"), {name, it->first}))
                return false;
        }
    }
    return true;
}
} // namespace

QList<MigrationStep> schemaMigrations(const SqlDialect &dialect)
{
    MigrationStep v1;
    for (const char *sql : kVersion1)
        v1.sql << dialect.expand(QString::fromLatin1(sql));
    v1.sql << dialect.appendOnlyGuards();
    MigrationStep v2;
    for (const char *sql : kVersion2)
        v2.sql << QString::fromLatin1(sql);
    v2.code = mergeCouncilsByIdentity;
    v2.sqlAfter << QStringLiteral("CREATE UNIQUE INDEX councils_by_identity ON councils(identity_key)");
    return {
        v1,
        v2,
        councilRegisterMigration(), // v3: councils keyed by DfE LA code
        historyCommentMigration(),  // v4: a reason kept with a history row
        vocabularyMigration(),      // v5: keys of the judgement vocabulary, inspection facts
    };
}

} // namespace inspectdesk
