#include "DashboardView.h"

#include "Session.h"

#include <QLabel>
#include <QVBoxLayout>

namespace inspectdesk {

DashboardView::DashboardView(Session &session, QWidget *parent) : QWidget(parent), mSession(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Dashboard"), this));
}

void DashboardView::setupMenus(MainMenus &) {}

} // namespace inspectdesk
