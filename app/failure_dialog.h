#pragma once
// The message box for something that could not be done: the message in the planner's words,
// and what the libraries said, as they said it, behind the box's "Show Details..." button.

#include <QString>

class QWidget;

namespace pearlzone::app {

void showFailure(QWidget* parent, const QString& title, const QString& message, const QString& details);

}  // namespace pearlzone::app
