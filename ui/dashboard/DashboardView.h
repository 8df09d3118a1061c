#pragma once

#include "MainMenus.h"

#include <QWidget>

namespace inspectdesk {

class Session;

// Charts dashboard: trend, comparison and grid views with filters. (Placeholder.)
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(Session &session, QWidget *parent = nullptr);
    void setupMenus(MainMenus &menus);

signals:
    // A point or cell was activated: show that judgement in the review workspace.
    void openJudgementRequested(qint64 reportId, qint64 judgementId);

private:
    Session &mSession;
};

} // namespace inspectdesk
