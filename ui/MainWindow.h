#pragma once
#include <QMainWindow>
namespace inspectdesk {
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};
} // namespace inspectdesk
