#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace inspectdesk {

// Scoped transaction: rolls back unless commit() succeeded, so an early return on any
// error leaves the database as it was.
class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db) : mDb(db), mBegun(mDb.transaction()) {}
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
    QSqlDatabase mDb;
    bool mBegun = false;
    bool mCommitted = false;
};

} // namespace inspectdesk
