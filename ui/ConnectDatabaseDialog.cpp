#include "ConnectDatabaseDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>

namespace inspectdesk {

ConnectDatabaseDialog::ConnectDatabaseDialog(QWidget *parent)
    : QDialog(parent), mHost(new QLineEdit(this)), mPort(new QSpinBox(this)), mDatabase(new QLineEdit(this)),
      mUser(new QLineEdit(this)), mPassword(new QLineEdit(this)), mProblem(new QLabel(this))
{
    setWindowTitle(tr("Connect to Team Database"));
    for (auto [widget, name] : {std::pair<QWidget *, const char *>{mHost, "host"},
                                {mPort, "port"},
                                {mDatabase, "database"},
                                {mUser, "user"},
                                {mPassword, "password"},
                                {mProblem, "problem"}})
        widget->setObjectName(QLatin1String(name));
    mHost->setText(QStringLiteral("localhost"));
    mPort->setRange(1, 65535);
    mPort->setValue(5432);
    mPassword->setEchoMode(QLineEdit::Password);
    mPassword->setPlaceholderText(tr("from ~/.pgpass when empty"));
    mProblem->setWordWrap(true);
    mProblem->setTextFormat(Qt::PlainText);
    mProblem->setStyleSheet(QStringLiteral("color: #a40000"));
    mProblem->hide();

    auto *intro = new QLabel(tr("A PostgreSQL database shared by your team. A new, empty database "
                                "gets InspectDesk's tables when you first connect."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Host:"), mHost);
    form->addRow(tr("P&ort:"), mPort);
    form->addRow(tr("&Database:"), mDatabase);
    form->addRow(tr("&User:"), mUser);
    form->addRow(tr("Pass&word:"), mPassword);
    form->addRow(mProblem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    mConnect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    for (QLineEdit *edit : {mHost, mDatabase, mUser})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDatabaseDialog::updateButtons);
    updateButtons();
}

void ConnectDatabaseDialog::setLocation(const QString &location, const QString &problem)
{
    const QUrl url(location);
    if (!url.host().isEmpty())
        mHost->setText(url.host());
    mPort->setValue(url.port(5432));
    mDatabase->setText(url.path().mid(1));
    mUser->setText(url.userName());
    mPassword->setText(url.password());
    mProblem->setText(problem);
    mProblem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        mPassword->setFocus();
}

QString ConnectDatabaseDialog::location() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(mHost->text().trimmed());
    url.setPort(mPort->value());
    url.setUserName(mUser->text().trimmed());
    url.setPassword(mPassword->text());
    url.setPath(QLatin1Char('/') + mDatabase->text().trimmed());
    return url.toString(QUrl::FullyEncoded);
}

void ConnectDatabaseDialog::updateButtons()
{
    mConnect->setEnabled(!mHost->text().trimmed().isEmpty() && !mDatabase->text().trimmed().isEmpty() &&
                         !mUser->text().trimmed().isEmpty());
}

} // namespace inspectdesk
