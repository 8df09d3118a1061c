#pragma once

#include <QDialog>

class QLineEdit;
class QComboBox;

namespace inspectdesk {

// Reviewer name (recorded in history), default database path and interface language.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QLineEdit *mReviewer;
    QLineEdit *mDatabase;
    QComboBox *mLanguage;
};

} // namespace inspectdesk
