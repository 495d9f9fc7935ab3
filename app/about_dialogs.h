#pragma once
// Help → About and Help → Data sources and disclaimer.

#include <QCoreApplication>

class QWidget;

namespace pearlzone::app {

void showAbout(QWidget* parent);
void showDataSources(QWidget* parent);

}  // namespace pearlzone::app
