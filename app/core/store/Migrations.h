#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace inspectdesk {

class SqlDialect;

// One schema step: SQL, then (optionally) C++ for data SQL cannot compute, then more SQL.
// The whole step runs in the migration's transaction.
struct MigrationStep
{
    QStringList sql;
    bool (*code)(QSqlDatabase &db, QString *error) = nullptr;
    QStringList sqlAfter;
};

// Schema steps, oldest first. Step i brings the schema to version i + 1. Never edit a
// released step: append a new one.
QList<MigrationStep> schemaMigrations(const SqlDialect &dialect);

} // namespace inspectdesk
