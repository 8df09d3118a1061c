#include "Database.h"

#include "Migrations.h"
#include "PostgresLocation.h"
#include "SqlDialect.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace inspectdesk {

namespace {
QAtomicInt gConnectionCounter;
} // namespace

bool Database::isPostgresLocation(const QString &location)
{
    return PostgresLocation::isPostgres(location);
}

// Passwords must not reach messages, settings or window titles.
QString Database::displayLocation(const QString &location)
{
    if (!isPostgresLocation(location))
        return location;
    return PostgresLocation::withoutPassword(location);
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

namespace {
// Permission bits, not access(): root may write anything, but a file marked read-only is
// meant to stay unchanged.
bool isWritableFile(const QString &path)
{
    const QFileInfo info(path);
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return info.isWritable() && (info.permissions() & writeBits);
}
} // namespace

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
    if (mode == Mode::ReadWrite && !isWritableFile(mLocation))
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
    mNeedsPassword = false;
    const bool postgres = isPostgresLocation(location);
    if (!postgres && !checkSqliteFile(mode))
        return false;

    std::optional<PostgresLocation> server;
    if (postgres && !(server = PostgresLocation::parse(location, &mError)))
        return false;
    QSqlDatabase db =
        QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), mConnectionName);
    if (server) {
        db.setHostName(server->host);
        db.setPort(server->port);
        db.setUserName(server->user);
        // Without one, libpq looks in PGPASSWORD and ~/.pgpass itself.
        db.setPassword(server->hasPassword ? server->password : mPassword);
        db.setDatabaseName(server->database);
        db.setConnectOptions(server->connectOptions);
    } else {
        db.setDatabaseName(location);
        // A reader opens a file it may write as a writer held to reading (query_only, see
        // SqlDialect), so that closing it removes the -wal/-shm files it made.
        if (mode == Mode::ReadOnly && !isWritableFile(location))
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    }
    if (!db.open()) {
        mNeedsPassword = server && db.lastError().text().contains(QLatin1String("no password supplied"));
        return fail(QStringLiteral("%1: cannot open database: %2").arg(displayLocation(), db.lastError().text()));
    }

    const SqlDialect dialect = SqlDialect::forDatabase(db);
    if (!runStatements(dialect.sessionSetup(mode == Mode::ReadOnly)))
        return false;
    // Version first: a newer schema must not be touched, not even by the WAL switch.
    const int version = schemaVersion();
    if (!checkVersion(version))
        return false;
    if (mode == Mode::ReadWrite && !runStatements(dialect.writerSetup()))
        return false;
    if (version < kSchemaVersion) {
        if (mode == Mode::ReadOnly && version == 0)
            return fail(QStringLiteral("%1: empty database, no InspectDesk data in it yet").arg(displayLocation()));
        if (mode == Mode::ReadOnly)
            return fail(QStringLiteral("%1: database schema version %2 needs upgrading; open it "
                                       "for writing first")
                            .arg(displayLocation())
                            .arg(version));
        if (!migrate())
            return false;
    }
    return true;
}

// A statement refused as busy is tried again until the session's busy timeout has passed:
// SQLite answers some lock waits at once without calling its busy handler (two clients
// switching a rollback-journal file to WAL together, seen as "database is locked" from
// one of four clients opening an old database at once).
bool Database::runStatements(const QStringList &statements)
{
    QSqlQuery q(connection());
    const SqlDialect dialect = SqlDialect::forDatabase(connection());
    for (const QString &sql : statements) {
        QElapsedTimer waited;
        waited.start();
        int pause = 5;
        while (!q.exec(sql)) {
            if (!dialect.isBusy(q.lastError()) || waited.elapsed() > SqlDialect::kBusyTimeoutMs)
                return fail(QStringLiteral("%1: %2").arg(displayLocation(), q.lastError().text()));
            QThread::msleep(pause);
            pause = std::min(pause * 2, 200);
        }
    }
    return true;
}

bool Database::checkVersion(int version)
{
    if (version < 0)
        return fail(QStringLiteral("%1: not an InspectDesk database").arg(displayLocation()));
    if (version > kSchemaVersion)
        return fail(QStringLiteral("%1: database schema version %2 is newer than this InspectDesk "
                                   "supports (%3); please upgrade InspectDesk")
                        .arg(displayLocation())
                        .arg(version)
                        .arg(kSchemaVersion));
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

// Runs under the dialect's schema lock and reads the version again inside it: another
// client may have created or upgraded the schema while this one waited for the lock.
bool Database::migrate()
{
    QSqlDatabase db = connection();
    const SqlDialect dialect = SqlDialect::forDatabase(db);
    if (!runStatements(dialect.beginSchemaChange()))
        return false;
    int version = schemaVersion();
    QSqlQuery end(db);
    if (!checkVersion(version)) {
        end.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    mCreated = version == 0;
    QString error;
    {
        const QList<MigrationStep> steps = schemaMigrations(dialect);
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
        end.exec(QStringLiteral("ROLLBACK"));
        mCreated = false;
        return fail(QStringLiteral("%1: %2").arg(displayLocation(), error));
    }
    if (!end.exec(QStringLiteral("COMMIT")))
        return fail(QStringLiteral("%1: %2").arg(displayLocation(), end.lastError().text()));
    return true;
}

} // namespace inspectdesk
