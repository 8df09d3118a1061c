#pragma once

#include <QStringList>

namespace inspectdesk {

class SqlDialect;

// Schema steps, oldest first. Step i brings the schema to version i + 1. Never edit a
// released step: append a new one.
QList<QStringList> schemaMigrations(const SqlDialect &dialect);

} // namespace inspectdesk
