#pragma once

#include "MainMenus.h"

#include <QWidget>

namespace inspectdesk {

class Session;

// Report library, document pane and review form. (Placeholder until the review work lands.)
class ReviewWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewWorkspace(Session &session, QWidget *parent = nullptr);
    void setupMenus(MainMenus &menus);

public slots:
    // Opens a report, selecting a judgement when judgementId > 0.
    void openReport(qint64 reportId, qint64 judgementId = 0);
    // Imports files off the UI thread with a cancellable progress dialog.
    void importFiles(const QStringList &paths);

private:
    Session &mSession;
};

} // namespace inspectdesk
