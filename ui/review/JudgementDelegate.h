#pragma once

#include <QStyledItemDelegate>

namespace inspectdesk {

// Edits the normalised judgement column with a combo box of the five judgements. A grade is
// saved only by Enter or a pick in the open list; Esc, Tab and the focus leaving cancel it
// (the default delegate would save on focus loss, so a stray click could change a grade).
class JudgementDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};

} // namespace inspectdesk
