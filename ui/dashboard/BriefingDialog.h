#pragma once

#include "charts/ChartFilter.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace inspectdesk {

// Choose councils, years and a title, then write a briefing pack PDF. The pack is drawn on
// a worker thread; the dialog stays responsive and reports the result or the error.
class BriefingDialog : public QDialog
{
    Q_OBJECT
public:
    BriefingDialog(const QList<JudgementFact> &facts, const ChartFilter &current, QWidget *parent = nullptr);

private:
    void write();

    QList<JudgementFact> mFacts;
    QListWidget *mCouncils;
    QSpinBox *mFrom;
    QSpinBox *mTo;
    QLineEdit *mTitle;
    QLabel *mStatus;
    QDialogButtonBox *mButtons;
};

} // namespace inspectdesk
