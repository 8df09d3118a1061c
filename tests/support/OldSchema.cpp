#include "OldSchema.h"

#include "store/Migrations.h"
#include "store/SqlDialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace inspectdesk::test {

QString writeOldSchema(QSqlDatabase &raw, int version)
{
    QSqlQuery q(raw);
    if (!q.exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY,"
                               " applied_at VARCHAR(32) NOT NULL)")))
        return q.lastError().text();
    const QList<MigrationStep> steps = schemaMigrations(SqlDialect::forDatabase(raw));
    if (version > steps.size())
        return QStringLiteral("no schema version %1").arg(version);
    for (int i = 0; i < version; ++i)
        for (const QString &sql : steps.at(i).sql + steps.at(i).sqlAfter)
            if (!q.exec(sql))
                return q.lastError().text();
    return {};
}

} // namespace inspectdesk::test
