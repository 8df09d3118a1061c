#include "MainWindow.h"
namespace inspectdesk {
MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) {}
} // namespace inspectdesk
