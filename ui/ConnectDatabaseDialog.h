#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace inspectdesk {

// Asks for a team's shared PostgreSQL database: host, port, database, user and password.
// The password is used for this connection only; it is never written to the settings.
class ConnectDatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDatabaseDialog(QWidget *parent = nullptr);

    // Fills the fields from a "postgresql://user@host:port/db" location and shows why the
    // last attempt failed (empty: no message).
    void setLocation(const QString &location, const QString &problem = QString());
    // "postgresql://user:password@host:port/db", every part percent-encoded.
    QString location() const;

private:
    void updateButtons();

    QLineEdit *mHost;
    QSpinBox *mPort;
    QLineEdit *mDatabase;
    QLineEdit *mUser;
    QLineEdit *mPassword;
    QLabel *mProblem;
    QPushButton *mConnect = nullptr;
};

} // namespace inspectdesk
