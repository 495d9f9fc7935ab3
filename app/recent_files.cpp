#include "app/recent_files.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace pearlzone::app {

namespace {
constexpr int kMaxRecentFiles = 8;
}

QString lastFolder() { return QSettings().value(QStringLiteral("lastFolder")).toString(); }

RecentFiles::RecentFiles(QMenu* menu, QObject* parent) : QObject(parent), menu_(menu)
{
    updateMenu();
}

QStringList RecentFiles::paths() const { return QSettings().value(QStringLiteral("recentFiles")).toStringList(); }

void RecentFiles::remember(const QString& path)
{
    QSettings settings;
    QStringList recent = paths();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    settings.setValue(QStringLiteral("lastFolder"), QFileInfo(path).absolutePath());
    updateMenu();
}

void RecentFiles::updateMenu()
{
    menu_->clear();
    const QStringList recent = paths();
    for (const QString& path : recent) {
        QAction* action = menu_->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    menu_->setEnabled(!recent.isEmpty());
}

}  // namespace pearlzone::app
