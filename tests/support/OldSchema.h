#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace inspectdesk::test {

// Writes the schema an earlier release left behind: the migration table and the first
// `version` steps' statements, as that release ran them. Rows are then the caller's. Returns
// the failing statement's error, or an empty string.
QString writeOldSchema(QSqlDatabase &raw, int version);

// Writes the SQLite file `path` as that release left it: its schema (writeOldSchema), then
// `rows`, the schema_migrations rows among them, on a connection of its own that is gone when
// this returns. Returns the failing statement's error, or an empty string.
QString writeOldSqliteFile(const QString &path, int version, const QList<const char *> &rows);

} // namespace inspectdesk::test
