#pragma once

#include "review/ReviewDocument.h"

#include <QAbstractListModel>

namespace inspectdesk {

// The review document's issues as a list (the document merges stored and derived ones).
class WarningsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using Issue = ReviewIssue;
    explicit WarningsModel(ReviewDocument &document, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    const Issue &issue(int row) const { return mDocument.issues().at(row); }

private:
    ReviewDocument &mDocument;
};

} // namespace inspectdesk
