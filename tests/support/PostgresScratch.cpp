#include "PostgresScratch.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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
        const QUrl u(mServer);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(u.host());
        db.setPort(u.port(5432));
        db.setUserName(u.userName());
        db.setPassword(u.password());
        db.setDatabaseName(u.path().mid(1));
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

} // namespace inspectdesk::test
