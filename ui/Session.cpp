#include "Session.h"

namespace inspectdesk {

Session::Session(QObject *parent) : QObject(parent)
{
    connect(&mReview, &ReviewDocument::reportChanged, this, &Session::notifyReportsChanged);
}

Session::~Session()
{
    mReview.setStore(nullptr); // its commands write through the store
}

bool Session::openDatabase(const QString &location, QString *error)
{
    auto database = std::make_unique<Database>();
    if (!database->open(location)) {
        if (error)
            *error = database->errorString();
        return false;
    }
    mReview.setStore(nullptr); // commands refer to the previous database's rows
    mStore.reset();
    mDatabase = std::move(database);
    mStore = std::make_unique<ReportStore>(*mDatabase);
    mReview.setStore(mStore.get());
    emit databaseOpened();
    return true;
}

} // namespace inspectdesk
