#pragma once

#include "model/Grade.h"
#include "model/ReportKind.h"

#include <QComboBox>

namespace inspectdesk {

// The grades best first (Outstanding, Good, Adequate, Inadequate, then Unknown), so Down
// means worse. Keys (arrows, letters) only move the choice: a grade is taken on Enter or a click in
// the list (activated), never by one stray arrow key.
class GradeCombo : public QComboBox
{
    Q_OBJECT
public:
    explicit GradeCombo(QWidget *parent = nullptr);
    Judgement grade() const { return Judgement(currentData().toInt()); }
    void setGrade(Judgement grade) { setCurrentIndex(findData(int(grade))); }
    // The grades in the words of the report's framework ("Requires improvement" in a SIF); the
    // values stay the normalised steps.
    void setWordsOf(ReportKind kind);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
};

} // namespace inspectdesk
