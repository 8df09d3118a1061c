#include "Database.h"

#include "Migrations.h"
#include "SqlDialect.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace inspectdesk {

namespace {
QAtomicInt gConnectionCounter;
} // namespace

bool Database::isPostgresLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

// Passwords must not reach messages, settings or window titles.
QString Database::displayLocation(const QString &location)
{
    if (!isPostgresLocation(location))
        return location;
    return QUrl(location).toString(QUrl::RemovePassword);
}

Database::Database() : mConnectionName(QStringLiteral("inspectdesk-%1").arg(gConnectionCounter.fetchAndAddRelaxed(1)))
{
}

Database::~Database()
{
    close();
}

QString Database::defaultLocation()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/inspectdesk.sqlite");
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(mConnectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(mConnectionName) && connection().isOpen();
}

void Database::close()
{
    if (!QSqlDatabase::contains(mConnectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(mConnectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(mConnectionName);
}

bool Database::fail(const QString &message)
{
    mError = message;
    return false;
}

// Checks a SQLite file before SQLite touches it, so a bad file is left exactly as it was.
bool Database::checkSqliteFile(Mode mode)
{
    const QFileInfo info(mLocation);
    if (!info.exists()) {
        if (mode == Mode::ReadOnly)
            return fail(QStringLiteral("%1: database does not exist").arg(displayLocation()));
        if (!QDir().mkpath(info.absolutePath()))
            return fail(QStringLiteral("%1: cannot create folder %2").arg(displayLocation(), info.absolutePath()));
        return true;
    }
    if (!info.isFile())
        return fail(QStringLiteral("%1: not a file").arg(displayLocation()));
    QFile file(mLocation);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: cannot read database: %2").arg(displayLocation(), file.errorString()));
    const QByteArray header = file.read(16);
    if (!header.isEmpty() && header != QByteArrayLiteral("SQLite format 3\0"))
        return fail(QStringLiteral("%1: not an SQLite database").arg(displayLocation()));
    // Permission bits, not access(): root may write anything, but a file marked read-only
    // is meant to stay unchanged.
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (mode == Mode::ReadWrite && (!info.isWritable() || !(info.permissions() & writeBits)))
        return fail(QStringLiteral("%1: database is read-only").arg(displayLocation()));
    return true;
}

bool Database::open(const QString &location, Mode mode)
{
    close();
    // SQLite would open both, keep nothing and still report success.
    if (location.trimmed().isEmpty() || location.trimmed() == QLatin1String(":memory:")) {
        mLocation = location;
        return fail(QStringLiteral("'%1': not a database location: give the path of a database file").arg(location));
    }
    // Closed here, after openConnection's QSqlDatabase handles are gone, so Qt does not
    // warn about removing a connection still in use.
    if (openConnection(location, mode))
        return true;
    close();
    return false;
}

bool Database::openConnection(const QString &location, Mode mode)
{
    mLocation = location;
    mMode = mode;
    mError.clear();
    mCreated = false;
    const bool postgres = isPostgresLocation(location);
    if (!postgres && !checkSqliteFile(mode))
        return false;

    QSqlDatabase db =
        QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), mConnectionName);
    if (postgres) {
        const QUrl url(location);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    } else {
        db.setDatabaseName(location);
        if (mode == Mode::ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    if (!db.open())
        return fail(QStringLiteral("%1: cannot open database: %2").arg(displayLocation(), db.lastError().text()));

    // Version first: a newer schema must not be touched, not even by the WAL switch.
    const int version = schemaVersion();
    if (version < 0)
        return fail(QStringLiteral("%1: not an InspectDesk database").arg(displayLocation()));
    if (version > kSchemaVersion)
        return fail(QStringLiteral("%1: database schema version %2 is newer than this InspectDesk "
                                   "supports (%3); please upgrade InspectDesk")
                        .arg(displayLocation())
                        .arg(version)
                        .arg(kSchemaVersion));
    const SqlDialect dialect = SqlDialect::forDatabase(db);
    for (const QString &sql : dialect.connectionSetup(mode == Mode::ReadOnly)) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return fail(QStringLiteral("%1: %2").arg(displayLocation(), q.lastError().text()));
    }
    if (version < kSchemaVersion) {
        if (mode == Mode::ReadOnly)
            return fail(QStringLiteral("%1: database schema version %2 needs upgrading; open it "
                                       "for writing first")
                            .arg(displayLocation())
                            .arg(version));
        mCreated = version == 0;
        if (!migrate())
            return false;
    }
    return true;
}

// -1: tables present but not ours; 0: empty database; otherwise the applied version.
int Database::schemaVersion() const
{
    QSqlDatabase db = connection();
    const QStringList tables = db.tables();
    if (!tables.contains(QStringLiteral("schema_migrations")))
        return tables.isEmpty() ? 0 : -1;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool Database::migrate()
{
    QSqlDatabase db = connection();
    const SqlDialect dialect = SqlDialect::forDatabase(db);
    const QList<MigrationStep> steps = schemaMigrations(dialect);
    int version = schemaVersion();
    if (!db.transaction())
        return fail(QStringLiteral("%1: %2").arg(displayLocation(), db.lastError().text()));
    QString error;
    {
        QSqlQuery q(db);
        auto runAll = [&](const QStringList &statements, int step) {
            for (const QString &sql : statements) {
                if (!q.exec(sql)) {
                    error = QStringLiteral("migration %1 failed: %2").arg(step).arg(q.lastError().text());
                    return false;
                }
            }
            return true;
        };
        if (version == 0 && !q.exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY,"
                                                   " applied_at VARCHAR(32) NOT NULL)")))
            error = q.lastError().text();
        for (; error.isEmpty() && version < int(steps.size()); ++version) {
            const MigrationStep &step = steps.at(version);
            if (!runAll(step.sql, version + 1))
                break;
            if (step.code && !step.code(db, &error)) {
                error = QStringLiteral("migration %1 failed: %2").arg(version + 1).arg(error);
                break;
            }
            if (!runAll(step.sqlAfter, version + 1))
                break;
            q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"));
            q.addBindValue(version + 1);
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            if (!q.exec())
                error = q.lastError().text();
        }
    }
    if (!error.isEmpty()) {
        db.rollback();
        return fail(QStringLiteral("%1: %2").arg(displayLocation(), error));
    }
    if (!db.commit())
        return fail(QStringLiteral("%1: %2").arg(displayLocation(), db.lastError().text()));
    return true;
}

} // namespace inspectdesk
