#pragma once
// LayersPanel: the map's layers, top first: drawn parcels, checked parcel layers (with their
// verdict legend), constraint layers (with a legend entry per kind and rule), labels,
// sub-areas, zones, river. It owns the list of checked layers:
// adding one checked from a file already shown replaces it; a layer can be renamed, removed
// and moved. The selected parcel layer is the one the results table shows.

#include "app/check_runner.h"
#include "core/check_result.h"
#include "render/map_renderer.h"
#include "render/map_scene.h"

#include <QTreeWidget>

#include <map>
#include <memory>
#include <vector>

namespace pearlzone::app {

class LayersPanel : public QTreeWidget {
    Q_OBJECT
public:
    explicit LayersPanel(QWidget* parent = nullptr);

    // Checked layers in drawing order (bottom first); the drawn parcels are drawn above them.
    const std::vector<std::shared_ptr<const CheckedLayer>>& layers() const { return layers_; }
    // Adds a layer, or replaces the one checked from the same source in its place.
    void addOrReplace(std::shared_ptr<const CheckedLayer> layer);
    void remove(std::size_t index);
    void rename(std::size_t index, const QString& name);
    void move(std::size_t index, int step);
    void clearLayers();
    void setDrawnLayer(std::shared_ptr<const CheckedLayer> drawn);
    // The constraint layers drawn (Check → Constraint layers…), in drawing order.
    void setConstraintLayers(std::vector<std::shared_ptr<const render::ConstraintLayer>> layers);
    const std::vector<std::shared_ptr<const render::ConstraintLayer>>& constraintLayers() const { return constraints_; }
    // The current version of a layer shown before (the drawn parcels, or the layer checked
    // from the same source), or null.
    std::shared_ptr<const CheckedLayer> latest(const CheckedLayer& shown) const;

    // The parcel layer selected in the panel (the drawn parcels count), or none.
    std::shared_ptr<const CheckedLayer> currentLayer() const;
    void setCurrentLayer(const std::shared_ptr<const CheckedLayer>& layer);

    // Names and legend in this language; zones from this scene.
    void setContext(const render::MapScene& base, core::Language language);
    // Visibility and language of everything listed.
    void applyTo(render::RenderSettings& settings) const;
    // The index a parcel layer has among the scene's parcel layers (drawn is last).
    std::size_t sceneIndexOf(const std::shared_ptr<const CheckedLayer>& layer) const;

signals:
    void layersChanged();      // membership, order or names: the scene is rebuilt
    void visibilityChanged();  // a box was ticked
    void currentLayerChanged(std::shared_ptr<const pearlzone::app::CheckedLayer> layer);

private:
    void rebuild();
    void showContextMenu(const QPoint& at);
    bool visible(const QString& key) const;

    std::vector<std::shared_ptr<const CheckedLayer>> layers_;
    std::shared_ptr<const CheckedLayer> drawn_;
    std::shared_ptr<const CheckedLayer> current_;
    std::vector<std::shared_ptr<const render::ConstraintLayer>> constraints_;
    std::vector<render::RegionShape> zones_;
    core::Language language_ = core::Language::Chinese;
    std::map<QString, bool> hidden_;  // what the planner switched off, by key (see keyOf)
};

}  // namespace pearlzone::app
