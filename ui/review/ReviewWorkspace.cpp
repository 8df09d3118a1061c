#include "ReviewWorkspace.h"

#include "Session.h"

#include <QLabel>
#include <QVBoxLayout>

namespace inspectdesk {

ReviewWorkspace::ReviewWorkspace(Session &session, QWidget *parent) : QWidget(parent), mSession(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Review workspace"), this));
}

void ReviewWorkspace::setupMenus(MainMenus &) {}

void ReviewWorkspace::openReport(qint64, qint64) {}

void ReviewWorkspace::importFiles(const QStringList &) {}

} // namespace inspectdesk
