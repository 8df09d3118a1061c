#pragma once

#include <QSqlDatabase>
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
    // Per-connection settings applied on every open (foreign keys, WAL, busy timeout).
    QStringList connectionSetup(bool readOnly) const;
    // Engine-specific guards added to the schema (history rows can never change).
    QStringList appendOnlyGuards() const;

private:
    Engine mEngine;
};

} // namespace inspectdesk
