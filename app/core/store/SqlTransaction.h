#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace inspectdesk {

// Scoped transaction: rolls back unless commit() succeeded, so an early return on any
// error leaves the database as it was.
class SqlTransaction
{
public:
    // Write: on SQLite, takes the write lock at BEGIN (BEGIN IMMEDIATE), so what the
    // transaction reads first (is this file already stored?) cannot be overtaken by another
    // process before it writes; waits for the lock under the busy timeout instead of failing.
    enum class Kind { Deferred, Write };
    explicit SqlTransaction(QSqlDatabase db, Kind kind = Kind::Deferred) : mDb(db), mBegun(begin(kind)) {}
    ~SqlTransaction()
    {
        if (mBegun && !mCommitted)
            mDb.rollback();
    }
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool begun() const { return mBegun; }
    bool commit()
    {
        mCommitted = mBegun && mDb.commit();
        return mCommitted;
    }
    QString errorString() const { return mDb.lastError().text(); }

private:
    bool begin(Kind kind)
    {
        if (kind == Kind::Write && mDb.driverName() == QLatin1String("QSQLITE"))
            return QSqlQuery(mDb).exec(QStringLiteral("BEGIN IMMEDIATE"));
        return mDb.transaction();
    }

    QSqlDatabase mDb;
    bool mBegun = false;
    bool mCommitted = false;
};

} // namespace inspectdesk
