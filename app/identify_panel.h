#pragma once
// IdentifyPanel: what was clicked (a parcel's verdict and reason, or a zone's names, area,
// designations and the guideline's targets), in words from core::Wording. It remembers what
// it shows and shows it again after a language switch or a re-check.

#include "app/check_runner.h"
#include "core/pilot_zone_data.h"
#include "render/constraint_layer.h"

#include <QTextBrowser>

#include <functional>
#include <memory>
#include <string>

namespace pearlzone::app {

class IdentifyPanel : public QTextBrowser {
    Q_OBJECT
public:
    // Finds the current version of a layer (by source, or the drawn parcels) after a re-check.
    using LayerFinder = std::function<std::shared_ptr<const CheckedLayer>(const CheckedLayer&)>;

    explicit IdentifyPanel(QWidget* parent = nullptr);
    void setContext(std::shared_ptr<const core::PilotZoneData> data, core::Language language);
    void setLayerFinder(LayerFinder finder) { findLayer_ = std::move(finder); }

    void showParcel(std::shared_ptr<const CheckedLayer> layer, std::size_t index);
    void showZone(const std::string& zoneId, const std::string& subareaId);
    // A constraint line: its name, kind, rule (and what the rule means), layer and area.
    void showConstraint(std::shared_ptr<const render::ConstraintLayer> layer, std::size_t shape);
    void showNothing();
    // Shows the same thing again, in the current language and from the current results.
    void refresh();

private:
    QString parcelHtml(const core::ParcelResult& r) const;
    QString zoneHtml(const std::string& zoneId, const std::string& subareaId) const;
    QString constraintHtml() const;

    enum class Subject { None, Nothing, Parcel, Zone, Constraint };
    Subject subject_ = Subject::None;
    std::shared_ptr<const CheckedLayer> layer_;
    std::size_t parcel_ = 0;  // or the constraint shape
    std::shared_ptr<const render::ConstraintLayer> constraintLayer_;
    std::string zoneId_;
    std::string subareaId_;
    std::shared_ptr<const core::PilotZoneData> data_;
    core::Language language_ = core::Language::Chinese;
    LayerFinder findLayer_;
};

}  // namespace pearlzone::app
