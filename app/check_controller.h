#pragma once
// CheckController: starts batch checks (dropped or recent files with detected fields, or the
// Check menu's dialog) and checks layers again when the language, the zones or the constraint
// layers change (after the running check, if one is running). Every check uses the planner's
// constraint layers (Check → Constraint layers…).

#include "app/check_runner.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QWidget;

namespace pearlzone::app {

class ConstraintLayers;
class RecentFiles;

class CheckController : public QObject {
    Q_OBJECT
public:
    using LayerList = std::function<std::vector<std::shared_ptr<const CheckedLayer>>()>;

    CheckController(QWidget* window, CheckRunner* runner, RecentFiles* recent, LayerList layers);
    void setContext(std::shared_ptr<const core::PilotZoneData> data, core::Language language);

    void checkFiles(const QStringList& paths);
    // File → Open parcels: choose files, then the check dialog.
    void openFiles();
    void showDialog(const QStringList& files);
    // Checks every listed layer again with the current zones, language and constraint layers.
    void recheckAll();
    // Check → Constraint layers….
    void showConstraintLayers();
    ConstraintLayers* constraints() const { return constraints_; }

signals:
    void started();

private:
    core::BatchCheckOptions options(double minInside) const;
    void start(std::vector<CheckJob> jobs, bool remember);

    QWidget* window_;
    CheckRunner* runner_;
    RecentFiles* recent_;
    ConstraintLayers* constraints_;
    LayerList layers_;
    std::shared_ptr<const core::PilotZoneData> data_;
    core::Language language_ = core::Language::Chinese;
    bool recheckPending_ = false;
};

}  // namespace pearlzone::app
