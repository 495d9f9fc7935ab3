// pearlzone: the desktop app.
#include "app/main_window.h"
#include "core/version.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Pearlzone"));
    QApplication::setOrganizationName(QStringLiteral("Pearlzone"));
    QApplication::setApplicationVersion(QString::fromLatin1(pearlzone::kVersion));
    pearlzone::app::MainWindow window;
    window.show();
    return QApplication::exec();
}
