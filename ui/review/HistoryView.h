#pragma once

#include <QTableView>

class QStandardItemModel;

namespace inspectdesk {

class Session;

// Who changed what and when, for one judgement (or the report's own fields when none).
class HistoryView : public QTableView
{
    Q_OBJECT
public:
    explicit HistoryView(Session &session, QWidget *parent = nullptr);
    void showHistory(qint64 reportId, qint64 judgementId);
    void refresh() { showHistory(mReportId, mJudgementId); }
    QStandardItemModel *historyModel() const { return mModel; }

private:
    Session &mSession;
    QStandardItemModel *mModel;
    qint64 mReportId = 0;
    qint64 mJudgementId = 0;
};

} // namespace inspectdesk
