#pragma once

class QMenu;
class QMenuBar;
class QToolBar;

namespace inspectdesk {

// The main window's menus, handed to each workspace so it can add its own actions
// (with shortcuts shown in the menus) without the window knowing them.
struct MainMenus
{
    QMenuBar *bar = nullptr;
    QMenu *file = nullptr;
    QMenu *edit = nullptr;
    QMenu *view = nullptr;
    QMenu *help = nullptr;
    QToolBar *toolBar = nullptr;
};

} // namespace inspectdesk
