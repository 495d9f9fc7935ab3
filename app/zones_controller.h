#pragma once
// ZonesController: File → Open zones layer (choose the file; the layer and the field naming
// the zones when Pearlzone cannot tell; read off the GUI thread; show what was matched; replace
// the zones only when the planner confirms) and File → Save zones as zone set (a GeoPackage
// and its sidecar, from the zones in use).

#include "app/zone_match_dialog.h"
#include "core/pilot_zone_data.h"

#include <QObject>

#include <memory>

class QWidget;

namespace pearlzone::app {

class ZonesController : public QObject {
    Q_OBJECT
public:
    explicit ZonesController(QWidget* window);
    void setContext(std::shared_ptr<const core::PilotZoneData> data, core::Language language);

    // The File menu's actions: they ask for files and answers.
    void open();
    void saveAsZoneSet();

    // The zones file's path chosen: asks what it must, shows what matched, and emits
    // zonesReplaced when confirmed. False when nothing was replaced.
    bool openFile(const QString& path);
    // Loads the zones as the file says, without asking (for scripted use); a dialog on error.
    bool loadDirectly(const QString& path);
    // Writes the zones in use with this description; a dialog on error.
    bool saveZoneSetTo(const QString& path, const core::ZoneSetInfo& info);

    // Reads the zones of one layer and field, and what each value matched (any thread).
    static ZoneMatchPreview readZones(const core::PilotZoneData& current, const QString& path, const std::string& layer,
                                      const std::string& field);

signals:
    void zonesReplaced(std::shared_ptr<const core::PilotZoneData> data, const QString& source);

private:
    ZoneMatchPreview readInBackground(const QString& path, const std::string& layer, const std::string& field);
    void cannotOpen(const QString& path, const QString& why);

    QWidget* window_;
    std::shared_ptr<const core::PilotZoneData> data_;
    core::Language language_ = core::Language::Chinese;
};

}  // namespace pearlzone::app
