#include "Migrations.h"

#include "SqlDialect.h"

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
} // namespace

QList<QStringList> schemaMigrations(const SqlDialect &dialect)
{
    QStringList v1;
    for (const char *sql : kVersion1)
        v1 << dialect.expand(QString::fromLatin1(sql));
    v1 << dialect.appendOnlyGuards();
    return {v1};
}

} // namespace inspectdesk
