#include "LoadingPanel.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace inspectdesk {

LoadingPanel::LoadingPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("LoadingPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    mText = new QLabel(this);
    mText->setAlignment(Qt::AlignCenter);
    mText->setWordWrap(true);
    mText->setTextInteractionFlags(Qt::TextSelectableByMouse); // an error can be copied
    layout->addWidget(mText);
    mBusy = new QProgressBar(this);
    mBusy->setRange(0, 0); // no count is known before the rows arrive: a busy bar
    mBusy->setTextVisible(false);
    mBusy->setMaximumWidth(320);
    mBusy->setAccessibleName(tr("Loading judgements"));
    layout->addWidget(mBusy, 0, Qt::AlignHCenter);
    mRetry = new QPushButton(tr("&Try Again"), this);
    layout->addWidget(mRetry, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    connect(mRetry, &QPushButton::clicked, this, &LoadingPanel::retryRequested);
}

void LoadingPanel::showLoading(const QString &database)
{
    mText->setText(tr("Loading judgements…") + (database.isEmpty() ? QString() : QStringLiteral("\n") + database));
    mBusy->show();
    mRetry->hide();
}

void LoadingPanel::showError(const QString &database, const QString &error)
{
    mText->setText(tr("The judgements could not be read from %1:\n%2").arg(database, error));
    mBusy->hide();
    mRetry->show();
}

QString LoadingPanel::text() const
{
    return mText->text();
}

bool LoadingPanel::showsError() const
{
    return !mRetry->isHidden();
}

} // namespace inspectdesk
