#include "JudgementDelegate.h"

#include "JudgementTableModel.h"
#include "model/Grade.h"

#include <QComboBox>

namespace inspectdesk {

QWidget *JudgementDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    if (index.column() != JudgementTableModel::JudgementColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Judgement"));
    for (int j = int(Judgement::Unknown); j <= int(Judgement::Outstanding); ++j)
        combo->addItem(judgementLabel(Judgement(j)), j);
    // Commit as soon as a value is picked, so one keystroke or click is one edit.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<JudgementDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void JudgementDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void JudgementDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace inspectdesk
