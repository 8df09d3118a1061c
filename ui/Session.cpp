#include "Session.h"

namespace inspectdesk {

Session::Session(QObject *parent) : QObject(parent) {}

Session::~Session() = default;

bool Session::openDatabase(const QString &location, QString *error)
{
    auto database = std::make_unique<Database>();
    if (!database->open(location)) {
        if (error)
            *error = database->errorString();
        return false;
    }
    mUndoStack.clear(); // commands refer to the previous database's rows
    mStore.reset();
    mDatabase = std::move(database);
    mStore = std::make_unique<ReportStore>(*mDatabase);
    emit databaseOpened();
    return true;
}

} // namespace inspectdesk
