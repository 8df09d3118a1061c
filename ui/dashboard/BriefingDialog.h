#pragma once

#include "charts/ChartFilter.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace inspectdesk {

// Choose councils, years, a title and whom my council is compared with (the dashboard's
// choice to start with), then write a briefing pack PDF. The pack is drawn on
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
    QComboBox *mCompare; // data: ComparatorGroup; Chosen = the ticked councils only
    int mFocus = 0;      // my council (DfE LA code) as the dashboard has it; 0 = none
    QString mFocusName;
    QLabel *mStatus;
    QDialogButtonBox *mButtons;
};

} // namespace inspectdesk
