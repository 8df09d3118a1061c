#include "GradeCombo.h"

#include "charts/Wording.h"

#include <QKeyEvent>

namespace inspectdesk {

GradeCombo::GradeCombo(QWidget *parent) : QComboBox(parent)
{
    setAccessibleName(tr("Judgement"));
    for (const Judgement j :
         {Judgement::Outstanding, Judgement::Good, Judgement::Adequate, Judgement::Inadequate, Judgement::Unknown})
        addItem(judgementLabel(j), int(j));
}

void GradeCombo::setWordsOf(ReportKind kind)
{
    for (int i = 0; i < count(); ++i) {
        const auto j = Judgement(itemData(i).toInt());
        setItemText(i, j == Judgement::Unknown ? judgementLabel(j) : judgementWording(kind, j));
    }
}

void GradeCombo::keyPressEvent(QKeyEvent *event)
{
    // QComboBox emits activated() on every key that changes the choice (arrows, Page Up/Down,
    // Home/End, typing a grade's first letter); here those keys only move the choice, so
    // activated() means a pick in the open list.
    const Qt::KeyboardModifiers modifiers = event->modifiers() & ~Qt::KeypadModifier;
    int row = -1;
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (modifiers & (Qt::AltModifier | Qt::ControlModifier))
            break; // Alt+Down opens the list
        row = currentIndex() + (event->key() == Qt::Key_Down ? 1 : -1);
        break;
    case Qt::Key_Home:
    case Qt::Key_PageUp:
        row = 0;
        break;
    case Qt::Key_End:
    case Qt::Key_PageDown:
        row = count() - 1;
        break;
    default:
        if (modifiers == Qt::NoModifier || modifiers == Qt::ShiftModifier) {
            const QString text = event->text();
            if (!text.isEmpty() && text.at(0).isLetter()) {
                // The next grade starting with the letter typed, after the current one.
                for (int step = 1; step <= count() && row < 0; ++step) {
                    const int candidate = (currentIndex() + step) % count();
                    if (itemText(candidate).startsWith(text.at(0), Qt::CaseInsensitive))
                        row = candidate;
                }
                if (row < 0) {
                    event->accept();
                    return;
                }
            }
        }
    }
    if (row >= 0) {
        setCurrentIndex(qBound(0, row, count() - 1));
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
