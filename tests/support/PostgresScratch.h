#pragma once

#include <QSqlDatabase>
#include <QString>

namespace inspectdesk::test {

// A new, empty PostgreSQL database of its own on the server INSPECTDESK_TEST_POSTGRES
// names (scripts/test starts one), dropped again at the end, so tests running at the
// same time never share one. url() is empty when no server is named; error() says why
// the database could not be made (the role may lack CREATEDB).
class PostgresScratch
{
public:
    explicit PostgresScratch(const QString &purpose);
    ~PostgresScratch();
    PostgresScratch(const PostgresScratch &) = delete;
    PostgresScratch &operator=(const PostgresScratch &) = delete;

    QString url() const { return mUrl; }
    QString error() const { return mError; }
    static bool serverNamed();

private:
    bool runOnServer(const QString &sql);

    QString mServer;
    QString mName;
    QString mUrl;
    QString mError;
};

// For a store test run on both engines: the "location" column of initTestCase_data() or a
// test's _data(), with the row "sqlite" (`sqliteLocation`) and, when INSPECTDESK_TEST_POSTGRES
// names a server, the row "postgresql" (its URL).
void addLocationRows(const QString &sqliteLocation = QString());

// A PostgreSQL connection named `connectionName`, not yet open, to the database `url` names
// (postgresql://user:password@host:port/database). The caller removes it.
QSqlDatabase addPostgresConnection(const QString &url, const QString &connectionName);

// Empties the PostgreSQL database `url` names of InspectDesk's tables, so a test starts from an
// empty schema on the server's shared test database. False when it cannot.
bool resetPostgres(const QString &url);

} // namespace inspectdesk::test
