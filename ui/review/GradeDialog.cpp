#include "GradeDialog.h"

#include "GradeCombo.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace inspectdesk {

GradeDialog::GradeDialog(Purpose purpose, const QString &subject, Judgement suggested, QWidget *parent)
    : QDialog(parent), mGrade(new GradeCombo(this))
{
    setObjectName(QStringLiteral("GradeDialog"));
    auto *form = new QFormLayout(this);
    auto *about = new QLabel(subject, this);
    about->setWordWrap(true);
    about->setTextFormat(Qt::PlainText);
    form->addRow(about);
    if (purpose == AddJudgement) {
        setWindowTitle(tr("Add Judgement from Selection"));
        mArea = new QLineEdit(tr("New judgement"), this);
        mArea->setAccessibleName(tr("Area"));
        mArea->selectAll(); // typed over at once
        form->addRow(tr("&Area:"), mArea);
    } else {
        setWindowTitle(tr("Correct Judgement"));
    }
    mGrade->setGrade(suggested);
    form->addRow(tr("&Grade:"), mGrade);
    if (purpose == Correction) {
        mComment = new QLineEdit(this);
        mComment->setAccessibleName(tr("Reason for the correction"));
        mComment->setPlaceholderText(tr("Why (optional; shown in History)"));
        form->addRow(tr("&Reason:"), mComment);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    (mArea ? static_cast<QWidget *>(mArea) : mGrade)->setFocus();
}

Judgement GradeDialog::grade() const
{
    return mGrade->grade();
}

QString GradeDialog::area() const
{
    return mArea ? mArea->text().trimmed() : QString();
}

QString GradeDialog::comment() const
{
    return mComment ? mComment->text().trimmed() : QString();
}

} // namespace inspectdesk
