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

QString writeOldSqliteFile(const QString &path, int version, const QList<const char *> &rows)
{
    const QString connection = QStringLiteral("old-schema");
    QString error;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        raw.setDatabaseName(path);
        if (!raw.open())
            error = raw.lastError().text();
        if (error.isEmpty())
            error = writeOldSchema(raw, version);
        QSqlQuery q(raw);
        for (const char *sql : rows)
            if (error.isEmpty() && !q.exec(QLatin1String(sql)))
                error = QLatin1String(sql) + QStringLiteral(": ") + q.lastError().text();
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

} // namespace inspectdesk::test
