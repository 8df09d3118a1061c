#include "SqlDialect.h"

namespace inspectdesk {

SqlDialect SqlDialect::forDatabase(const QSqlDatabase &db)
{
    return SqlDialect(db.driverName() == QLatin1String("QPSQL") ? Engine::Postgres : Engine::Sqlite);
}

QString SqlDialect::expand(QString schemaSql) const
{
    const bool pg = mEngine == Engine::Postgres;
    schemaSql.replace(QLatin1String("{ID}"),
                      pg ? QLatin1String("BIGSERIAL PRIMARY KEY") : QLatin1String("INTEGER PRIMARY KEY"));
    schemaSql.replace(QLatin1String("{BLOB}"), pg ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    return schemaSql;
}

QStringList SqlDialect::sessionSetup(bool readOnly) const
{
    if (mEngine == Engine::Postgres) {
        if (readOnly) // --- PostgreSQL only
            return {QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")};
        return {};
    }
    // --- SQLite only -------------------------------------------------------------
    // The timeout first: another client may be creating the schema this very moment.
    QStringList setup{QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
                      QStringLiteral("PRAGMA foreign_keys = ON")};
    // A reader is held to reading here rather than by opening the file read-only: SQLite
    // can then tidy away the -wal and -shm files of a WAL database when it closes.
    if (readOnly)
        setup << QStringLiteral("PRAGMA query_only = ON");
    return setup;
}

bool SqlDialect::isBusy(const QSqlError &error) const
{
    // QSQLITE gives the result code as text; the low byte is the primary code (5 = BUSY).
    return mEngine == Engine::Sqlite && (error.nativeErrorCode().toInt() & 0xff) == 5;
}

QStringList SqlDialect::writerSetup() const
{
    if (mEngine == Engine::Postgres)
        return {};
    return {QStringLiteral("PRAGMA journal_mode = WAL")}; // --- SQLite only
}

QStringList SqlDialect::beginSchemaChange() const
{
    if (mEngine == Engine::Postgres) {
        // --- PostgreSQL only ------------------------------------------------------
        // A transaction-scoped advisory lock: released by COMMIT or ROLLBACK, even when the
        // client dies. The key is any fixed number private to InspectDesk ("INSP").
        return {QStringLiteral("BEGIN"), QStringLiteral("SELECT pg_advisory_xact_lock(1229870928)")};
    }
    // --- SQLite only -------------------------------------------------------------
    // IMMEDIATE takes the write lock now; a deferred BEGIN would read the version, then
    // fail to upgrade to writing when another client wrote first.
    return {QStringLiteral("BEGIN IMMEDIATE")};
}

QStringList SqlDialect::appendOnlyGuards() const
{
    if (mEngine == Engine::Postgres) {
        // --- PostgreSQL only ------------------------------------------------------
        return {QStringLiteral("CREATE FUNCTION history_append_only() RETURNS trigger AS $$"
                               " BEGIN RAISE EXCEPTION 'history is append-only'; END $$"
                               " LANGUAGE plpgsql"),
                QStringLiteral("CREATE TRIGGER history_no_change BEFORE UPDATE OR DELETE ON history"
                               " FOR EACH ROW EXECUTE FUNCTION history_append_only()")};
    }
    // --- SQLite only -------------------------------------------------------------
    return {QStringLiteral("CREATE TRIGGER history_no_update BEFORE UPDATE ON history "
                           "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END"),
            QStringLiteral("CREATE TRIGGER history_no_delete BEFORE DELETE ON history "
                           "BEGIN SELECT RAISE(ABORT, 'history is append-only'); END")};
}

} // namespace inspectdesk
