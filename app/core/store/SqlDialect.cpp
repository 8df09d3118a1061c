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

QStringList SqlDialect::connectionSetup(bool readOnly) const
{
    if (mEngine == Engine::Postgres)
        return {};
    // --- SQLite only -------------------------------------------------------------
    QStringList setup{QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 5000")};
    if (!readOnly)
        setup << QStringLiteral("PRAGMA journal_mode = WAL");
    return setup;
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
