#include "WarningsModel.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

namespace inspectdesk {

WarningsModel::WarningsModel(ReviewDocument &document, QObject *parent)
    : QAbstractListModel(parent), mDocument(document)
{
    const auto reset = [this] {
        beginResetModel();
        endResetModel();
    };
    connect(&mDocument, &ReviewDocument::loaded, this, reset);
    connect(&mDocument, &ReviewDocument::issuesChanged, this, reset);
}

int WarningsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mDocument.issues().size());
}

QVariant WarningsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return QVariant();
    const Issue &issue = mDocument.issues().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return issue.page > 0 ? tr("%1 (p. %2)").arg(issue.message).arg(issue.page) : issue.message;
    case Qt::DecorationRole:
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    case Qt::ToolTipRole:
        return issue.message;
    }
    return QVariant();
}

} // namespace inspectdesk
