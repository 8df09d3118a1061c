#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace inspectdesk {

// The ONE place that knows which SQL engine is underneath. Everything else in the store
// writes portable SQL (SQLite 3.35+ and PostgreSQL 15 both accept it, including
// INSERT ... RETURNING). Schema text uses {ID} and {BLOB} placeholders that this class
// expands per engine.
class SqlDialect
{
public:
    enum class Engine { Sqlite, Postgres };

    explicit SqlDialect(Engine engine) : mEngine(engine) {}
    static SqlDialect forDatabase(const QSqlDatabase &db);

    Engine engine() const { return mEngine; }
    QString expand(QString schemaSql) const;
    // Per-connection settings applied on every open, before anything is read: they never
    // write to the database (foreign keys, busy timeout, no writing for a reader).
    QStringList sessionSetup(bool readOnly) const;
    // Settings that write to the database (SQLite's WAL switch), applied once the schema
    // is known to be one this build may touch.
    QStringList writerSetup() const;
    // Starts the transaction that creates or upgrades the schema, holding a database-wide
    // lock until it commits or rolls back, so clients opening one database at once run
    // the migrations one after another (the others then find the schema up to date).
    QStringList beginSchemaChange() const;
    // How long a client waits for another's lock before giving up.
    static constexpr int kBusyTimeoutMs = 15000;
    // True when the statement was refused because another client held a lock (SQLite's
    // SQLITE_BUSY); it may succeed if tried again.
    bool isBusy(const QSqlError &error) const;
    // Engine-specific guards added to the schema (history rows can never change).
    QStringList appendOnlyGuards() const;

private:
    Engine mEngine;
};

} // namespace inspectdesk
