#include "JudgementDelegate.h"

#include "GradeCombo.h"

#include "JudgementTableModel.h"
#include "model/Grade.h"

#include <QApplication>
#include <QComboBox>
#include <QKeyEvent>

namespace inspectdesk {

QWidget *JudgementDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    if (index.column() != JudgementTableModel::JudgementColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new GradeCombo(parent);
    combo->setWordsOf(ReportKind(index.data(JudgementTableModel::ReportKindRole).toInt()));
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

bool JudgementDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *combo = qobject_cast<GradeCombo *>(object);
    if (!combo)
        return QStyledItemDelegate::eventFilter(object, event);
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Tab || key == Qt::Key_Backtab) {
            emit closeEditor(combo, RevertModelCache); // leaving without Enter saves nothing
            return true;
        }
    } else if (event->type() == QEvent::FocusOut) {
        // Focus moving inside the editor (its open list) is not leaving it.
        for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget())
            if (w == combo)
                return false;
        emit closeEditor(combo, RevertModelCache);
        return false;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace inspectdesk
