#pragma once

#include "model/Grade.h"

#include <QDialog>

class QLineEdit;

namespace inspectdesk {

class GradeCombo;

// Asks for a grade: for a judgement added from a selection (with its area) or for a
// correction (with an optional reason, kept in the history).
class GradeDialog : public QDialog
{
    Q_OBJECT
public:
    enum Purpose { AddJudgement, Correction };
    GradeDialog(Purpose purpose, const QString &subject, Judgement suggested, QWidget *parent = nullptr);

    Judgement grade() const;
    QString area() const;    // AddJudgement only
    QString comment() const; // Correction only
    GradeCombo *gradeCombo() const { return mGrade; }
    QLineEdit *areaEdit() const { return mArea; }
    QLineEdit *commentEdit() const { return mComment; }

private:
    GradeCombo *mGrade;
    QLineEdit *mArea = nullptr;
    QLineEdit *mComment = nullptr;
};

} // namespace inspectdesk
