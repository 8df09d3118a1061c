#include "JudgementDelegate.h"

#include "GradeCombo.h"

#include "JudgementTableModel.h"
#include "model/Grade.h"

#include <QComboBox>

namespace inspectdesk {

QWidget *JudgementDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    if (index.column() != JudgementTableModel::JudgementColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new GradeCombo(parent);
    // A pick in the list (click, or Enter in the open list) is one edit; Enter on the closed
    // box commits through the delegate's own key handling, Esc cancels.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<JudgementDelegate *>(this);
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void JudgementDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<GradeCombo *>(editor))
        combo->setGrade(Judgement(index.data(Qt::EditRole).toInt()));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void JudgementDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<GradeCombo *>(editor))
        model->setData(index, int(combo->grade()), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace inspectdesk
