#pragma once

#include <QAbstractListModel>
#include <QRectF>

namespace inspectdesk {

class OpenReport;

// The open report's problems, like an IDE's problems panel: extraction warnings plus
// judgements with no source, an unknown grade or low confidence. Each row knows where it
// points (a judgement, or a page and box) so activating it can jump there.
class WarningsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    struct Issue
    {
        QString message;
        qint64 judgementId = 0;
        int page = 0; // 1-based, 0 = none
        QRectF box;
    };
    explicit WarningsModel(OpenReport &report, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    const Issue &issue(int row) const { return mIssues.at(row); }

private:
    void rebuild();
    OpenReport &mReport;
    QList<Issue> mIssues;
};

} // namespace inspectdesk
