#include "SettingsDialog.h"

#include "AppSettings.h"
#include "store/ReportStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace inspectdesk {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent), mReviewer(new QLineEdit(this)), mDatabase(new QLineEdit(this)), mLanguage(new QComboBox(this))
{
    setWindowTitle(tr("Settings"));
    AppSettings settings;
    mReviewer->setText(settings.reviewerName());
    mReviewer->setPlaceholderText(currentReviewer());
    mReviewer->setAccessibleName(tr("Reviewer name"));
    mDatabase->setText(settings.defaultDatabase());
    mDatabase->setAccessibleName(tr("Default database"));
    mLanguage->addItem(tr("System language"), QString());
    mLanguage->addItem(QStringLiteral("English (UK)"), QStringLiteral("en_GB"));
    mLanguage->addItem(QStringLiteral("Cymraeg"), QStringLiteral("cy"));
    mLanguage->setCurrentIndex(qMax(0, mLanguage->findData(settings.language())));
    mLanguage->setAccessibleName(tr("Interface language"));

    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Default Database"), mDatabase->text(),
                                                          tr("InspectDesk databases (*.sqlite)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            mDatabase->setText(path);
    });
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(mDatabase);
    databaseRow->addWidget(browse);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Reviewer name:"), mReviewer);
    // A row holding a layout gets no buddy from addRow, and a label without one shows "&".
    auto *databaseLabel = new QLabel(tr("Default &database:"), this);
    databaseLabel->setBuddy(mDatabase);
    form->addRow(databaseLabel, databaseRow);
    form->addRow(tr("&Language (after restart):"), mLanguage);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    form->addRow(buttons);
}

void SettingsDialog::accept()
{
    AppSettings settings;
    settings.setReviewerName(mReviewer->text());
    settings.setDefaultDatabase(mDatabase->text().trimmed());
    settings.setLanguage(mLanguage->currentData().toString());
    QDialog::accept();
}

} // namespace inspectdesk
