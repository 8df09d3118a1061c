#include "GradeCombo.h"

#include <QKeyEvent>

namespace inspectdesk {

GradeCombo::GradeCombo(QWidget *parent) : QComboBox(parent)
{
    setAccessibleName(tr("Judgement"));
    for (const Judgement j :
         {Judgement::Outstanding, Judgement::Good, Judgement::Adequate, Judgement::Inadequate, Judgement::Unknown})
        addItem(judgementLabel(j), int(j));
}

void GradeCombo::keyPressEvent(QKeyEvent *event)
{
    // QComboBox would emit activated() on each arrow key; here they only move the choice.
    const int step = event->key() == Qt::Key_Down ? 1 : event->key() == Qt::Key_Up ? -1 : 0;
    if (step && event->modifiers() == Qt::NoModifier) {
        setCurrentIndex(qBound(0, currentIndex() + step, count() - 1));
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Home || event->key() == Qt::Key_End) {
        setCurrentIndex(event->key() == Qt::Key_Home ? 0 : count() - 1);
        event->accept();
        return;
    }
    QComboBox::keyPressEvent(event);
}

void GradeCombo::wheelEvent(QWheelEvent *event)
{
    event->ignore(); // scrolling the table must not change a grade
}

} // namespace inspectdesk
