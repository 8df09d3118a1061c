#pragma once

#include <QSqlDatabase>
#include <QString>

namespace inspectdesk::test {

// Writes the schema an earlier release left behind: the migration table and the first
// `version` steps' statements, as that release ran them. Rows are then the caller's. Returns
// the failing statement's error, or an empty string.
QString writeOldSchema(QSqlDatabase &raw, int version);

} // namespace inspectdesk::test
