#include "app/main_window.h"

#include "core/version.h"

#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace pearlzone::app {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Pearlzone"));
    auto* placeholder = new QLabel(tr("Pearlzone — Guangzhou AI and Digital Economy Pilot Zone"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);

    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Pearlzone"), this, &MainWindow::showAbout);
    statusBar()->showMessage(tr("Ready"));
    resize(1200, 800);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Pearlzone"),
                       tr("Pearlzone %1\nA planning tool for the Guangzhou AI and Digital Economy Pilot Zone.")
                           .arg(QString::fromLatin1(kVersion)));
}

}  // namespace pearlzone::app
