#pragma once

#include "store/StoreTypes.h"

#include <QHash>
#include <QObject>

namespace inspectdesk {

class Session;

// The report being reviewed, as last read from or written to the store, and the one
// place edits are written. Undo commands write through it so the open report's rows and
// the revisions used to detect changes made elsewhere stay right even after switching
// reports and undoing there.
class OpenReport : public QObject
{
    Q_OBJECT
public:
    explicit OpenReport(Session &session, QObject *parent = nullptr);

    bool load(qint64 reportId); // false when the report does not exist
    void close();
    bool isOpen() const { return mReport.id > 0; }
    qint64 id() const { return mReport.id; }
    const StoredReport &report() const { return mReport; }
    const QList<JudgementRecord> &judgements() const { return mReport.content.judgements; }
    int rowOf(qint64 judgementId) const;
    Session &session() { return mSession; }

    // Writes for undo commands; each records history, notifies the session and, on failure,
    // emits writeFailed (conflict = changed elsewhere since read) and returns -1 / 0 / false.
    int writeJudgement(qint64 reportId, const JudgementRecord &before, const JudgementRecord &after);
    qint64 addJudgement(qint64 reportId, const JudgementRecord &judgement);
    bool setRemoved(qint64 reportId, qint64 judgementId, bool removed);
    int writeFields(qint64 reportId, const ReportFields &before, const ReportFields &after);

signals:
    void loaded();                  // another report (or none) is open
    void judgementChanged(int row); // one row changed in place
    void judgementsReset();         // rows added or removed
    void fieldsChanged();
    void writeFailed(qint64 reportId, const QString &message, bool conflict);

private:
    void reloadJudgements();
    void failed(qint64 reportId);

    Session &mSession;
    StoredReport mReport;
    // Latest revision this window read or wrote, per judgement and report.
    QHash<qint64, int> mJudgementRevisions;
    QHash<qint64, int> mReportRevisions;
};

} // namespace inspectdesk
