#pragma once
// The desktop app's main window.

#include <QMainWindow>

namespace pearlzone::app {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

private:
    void showAbout();
};

}  // namespace pearlzone::app
