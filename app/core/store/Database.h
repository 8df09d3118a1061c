#pragma once

#include <QSqlDatabase>
#include <QString>

namespace inspectdesk {

// One connection to an InspectDesk database: opens it, refuses what it cannot safely use
// (not SQLite, newer schema, read-only for writing) without touching the file, and brings
// older schemas up to date. A path is a SQLite file; a PostgreSQL URL
// ("postgresql://user@host:port/db") or libpq keyword string selects PostgreSQL (see
// PostgresLocation). One Database per thread (Qt SQL connections are per thread).
class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    static constexpr int kSchemaVersion = 5;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &location, Mode mode = Mode::ReadWrite);
    // The PostgreSQL password for the next open when the location holds none (read from a
    // file or asked for); without either, libpq takes PGPASSWORD or ~/.pgpass.
    void setPassword(const QString &password) { mPassword = password; }
    // The last open failed only because the server wants a password none was given for.
    bool needsPassword() const { return mNeedsPassword; }
    void close();
    bool isOpen() const;
    QString errorString() const { return mError; }
    QString location() const { return mLocation; }
    // The location to show or remember: a PostgreSQL URL without its password.
    QString displayLocation() const { return displayLocation(mLocation); }
    static QString displayLocation(const QString &location);
    static bool isPostgresLocation(const QString &location);
    bool isReadOnly() const { return mMode == Mode::ReadOnly; }
    QSqlDatabase connection() const;
    int schemaVersion() const;
    // True when this open created the schema (a new, empty database).
    bool wasCreated() const { return mCreated; }

    // SQLite file in the user's application data folder.
    static QString defaultLocation();

private:
    bool openConnection(const QString &location, Mode mode);
    bool fail(const QString &message);
    bool checkSqliteFile(Mode mode);
    bool migrate();
    bool runStatements(const QStringList &statements);
    bool checkVersion(int version);

    QString mConnectionName;
    QString mLocation;
    QString mError;
    Mode mMode = Mode::ReadWrite;
    bool mCreated = false;
    bool mNeedsPassword = false;
    QString mPassword;
};

} // namespace inspectdesk
