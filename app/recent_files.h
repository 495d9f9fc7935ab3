#pragma once
// RecentFiles: the last parcel files checked (kept in QSettings) and the menu that opens them.

#include <QObject>
#include <QStringList>

class QMenu;

namespace pearlzone::app {

class RecentFiles : public QObject {
    Q_OBJECT
public:
    RecentFiles(QMenu* menu, QObject* parent = nullptr);
    void remember(const QString& path);
    QStringList paths() const;
    void updateMenu();

signals:
    void openRequested(const QString& path);

private:
    QMenu* menu_;
};

// The folder the planner last took a file from (file dialogs start there).
QString lastFolder();

}  // namespace pearlzone::app
