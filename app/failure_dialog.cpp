#include "app/failure_dialog.h"

#include <QMessageBox>

namespace pearlzone::app {

void showFailure(QWidget* parent, const QString& title, const QString& message, const QString& details)
{
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

}  // namespace pearlzone::app
