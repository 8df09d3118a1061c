#pragma once

#include <QString>
#include <optional>

namespace inspectdesk {

// A PostgreSQL database named on the command line or in settings: a URL
// ("postgresql://user@host:port/db?sslmode=require") or a libpq keyword string
// ("host=db.example dbname=team user=ann"). Read strictly: a URL libpq would read
// differently from what was meant (a password holding an unencoded / # ? or @ moves the
// rest into the host or database name) is refused, not guessed at.
struct PostgresLocation
{
    QString host; // empty: the local Unix socket
    int port = 5432;
    QString user;
    QString password;
    bool hasPassword = false;
    QString database;
    // Further libpq keywords (sslmode, connect_timeout, ...) as QPSQL's connect options.
    QString connectOptions;

    // True for anything that is meant as PostgreSQL (even if it then fails to parse).
    static bool isPostgres(const QString &location);
    // The parsed location, or nullopt with *error naming the location without its password.
    static std::optional<PostgresLocation> parse(const QString &location, QString *error);
    // The location as it may be shown, logged or remembered: without any password.
    static QString withoutPassword(const QString &location);
};

} // namespace inspectdesk
