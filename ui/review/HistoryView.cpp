#include "HistoryView.h"

#include "Session.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <algorithm>

namespace inspectdesk {

HistoryView::HistoryView(Session &session, QWidget *parent)
    : QTableView(parent), mSession(session), mModel(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("HistoryView"));
    setAccessibleName(tr("History"));
    mModel->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Field"), tr("Old"), tr("New"), tr("Comment")});
    setModel(mModel);
    setEditTriggers(NoEditTriggers);
    setSelectionBehavior(SelectRows);
    verticalHeader()->hide();
    horizontalHeader()->setStretchLastSection(true);
}

void HistoryView::showHistory(qint64 reportId, qint64 judgementId)
{
    mReportId = reportId;
    mJudgementId = judgementId;
    mModel->removeRows(0, mModel->rowCount());
    if (!reportId || !mSession.isOpen())
        return;
    QList<HistoryEntry> entries = mSession.store().history(reportId, judgementId);
    if (!judgementId) // report level: only the report's own rows
        entries.erase(
            std::remove_if(entries.begin(), entries.end(), [](const HistoryEntry &e) { return e.judgementId != 0; }),
            entries.end());
    // Newest first: the change just made is at the top.
    std::reverse(entries.begin(), entries.end());
    for (const HistoryEntry &e : std::as_const(entries)) {
        QList<QStandardItem *> row;
        for (const QString &text : {QLocale().toString(e.changedAt.toLocalTime(), QLocale::ShortFormat), e.changedBy,
                                    e.field, e.oldValue, e.newValue, e.comment})
            row << new QStandardItem(text);
        mModel->appendRow(row);
    }
    resizeColumnsToContents();
}

} // namespace inspectdesk
