#include "PostgresScratch.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

namespace inspectdesk::test {

bool PostgresScratch::serverNamed()
{
    return !qEnvironmentVariableIsEmpty("INSPECTDESK_TEST_POSTGRES");
}

PostgresScratch::PostgresScratch(const QString &purpose) : mServer(qEnvironmentVariable("INSPECTDESK_TEST_POSTGRES"))
{
    if (mServer.isEmpty())
        return;
    mName = QStringLiteral("inspectdesk_%1_%2").arg(purpose).arg(QCoreApplication::applicationPid());
    runOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(mName));
    if (!runOnServer(QStringLiteral("CREATE DATABASE %1").arg(mName)))
        return;
    QUrl url(mServer);
    url.setPath(QLatin1Char('/') + mName);
    mUrl = url.toString(QUrl::FullyEncoded);
}

PostgresScratch::~PostgresScratch()
{
    if (!mUrl.isEmpty())
        runOnServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(mName));
}

bool PostgresScratch::runOnServer(const QString &sql)
{
    const QString connection = QStringLiteral("scratch-admin");
    bool ok = false;
    {
        QSqlDatabase db = addPostgresConnection(mServer, connection);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                mError = q.lastError().text();
        } else {
            mError = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

void addLocationRows(const QString &sqliteLocation)
{
    QTest::addColumn<QString>("location");
    QTest::newRow("sqlite") << sqliteLocation;
    const QString postgres = qEnvironmentVariable("INSPECTDESK_TEST_POSTGRES");
    if (!postgres.isEmpty())
        QTest::newRow("postgresql") << postgres;
}

QSqlDatabase addPostgresConnection(const QString &url, const QString &connectionName)
{
    const QUrl u(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(u.host());
    db.setPort(u.port(5432));
    db.setUserName(u.userName());
    db.setPassword(u.password());
    db.setDatabaseName(u.path().mid(1));
    return db;
}

bool resetPostgres(const QString &url)
{
    bool ok = true;
    {
        QSqlDatabase raw = addPostgresConnection(url, QStringLiteral("reset"));
        ok = raw.open();
        QSqlQuery q(raw);
        ok = ok && q.exec(QStringLiteral("DROP TABLE IF EXISTS history, extraction_warnings, judgements,"
                                         " reports, documents, councils, schema_migrations CASCADE"));
        ok = ok && q.exec(QStringLiteral("DROP FUNCTION IF EXISTS history_append_only() CASCADE"));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("reset"));
    return ok;
}

} // namespace inspectdesk::test
