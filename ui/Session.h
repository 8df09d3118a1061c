#pragma once

#include "review/ReviewDocument.h"
#include "store/Database.h"
#include "store/ReportStore.h"

#include <QObject>
#include <memory>

namespace inspectdesk {

// The open database as the window sees it: one connection on the UI thread, its store,
// and the review document (whose undo stack every edit goes through). Views listen to its
// signals instead of calling each other.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // Opens (creating if new) a database; on failure the previous one stays open.
    bool openDatabase(const QString &location, QString *error);
    bool isOpen() const { return mDatabase && mDatabase->isOpen(); }
    QString location() const { return mDatabase ? mDatabase->location() : QString(); }
    // What may be shown or remembered (no password).
    QString displayLocation() const { return mDatabase ? mDatabase->displayLocation() : QString(); }
    Database &database() { return *mDatabase; }
    ReportStore &store() { return *mStore; }
    ReviewDocument &review() { return mReview; }
    QUndoStack *undoStack() { return mReview.undoStack(); }
    QString reviewer() const { return currentReviewer(); }

signals:
    void databaseOpened();
    // Reports were added, or a report's fields or judgements changed (reportId 0 = many):
    // listeners update that report only.
    void reportsChanged(qint64 reportId);

public slots:
    void notifyReportsChanged(qint64 reportId = 0) { emit reportsChanged(reportId); }

private:
    std::unique_ptr<Database> mDatabase;
    std::unique_ptr<ReportStore> mStore;
    ReviewDocument mReview;
};

} // namespace inspectdesk
