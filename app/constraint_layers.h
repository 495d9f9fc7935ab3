#pragma once
// ConstraintLayers: the constraint lines (SPEC 4.2) the planner has added under Check →
// Constraint layers…, remembered in QSettings across runs. Each layer is read once by the
// core loader (fields name/名称, kind/类型, rule/规则 detected there) with the rule the planner
// chose for it, if any; every check in the app (drawn parcels and batch) uses the usable
// layers as one set, and the map draws them.

#include "core/constraint_layers.h"
#include "render/constraint_layer.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace pearlzone::app {

struct ConstraintLayerEntry {
    core::ConstraintLayerOptions options;  // source, layer, the planner's rule (none: the rule field's)
    std::shared_ptr<const core::ConstraintSet> loaded;  // null when it cannot be read now
    QString error;                                      // why not, in planner words
    const core::ConstraintLayerInfo* info() const { return loaded ? &loaded->layers().front() : nullptr; }
};

class ConstraintLayers : public QObject {
    Q_OBJECT
public:
    explicit ConstraintLayers(QObject* parent = nullptr);

    // Reads the list remembered in the settings and loads each layer (a missing file stays
    // listed, with its error, and is not used).
    void restore();
    const std::vector<ConstraintLayerEntry>& entries() const { return entries_; }

    // Reads a layer of a file and adds it; nullopt when it was added, else why it cannot be
    // used, in the planner's words. A file already listed is read again in its place.
    std::optional<QString> add(const QString& source, const QString& layer = {});
    void remove(std::size_t index);
    // The planner's rule for every feature of the layer (none: each feature's rule field).
    std::optional<QString> setRule(std::size_t index, std::optional<core::ConstraintRule> rule);

    // The usable layers as one set for the checks; null when there are none.
    std::shared_ptr<const core::ConstraintSet> set() const { return set_; }
    // The same layers for the map, in the same order.
    const std::vector<std::shared_ptr<const render::ConstraintLayer>>& mapLayers() const { return mapLayers_; }

signals:
    void changed();

private:
    static ConstraintLayerEntry load(core::ConstraintLayerOptions options);
    void save() const;
    void combine();

    std::vector<ConstraintLayerEntry> entries_;
    std::shared_ptr<const core::ConstraintSet> set_;
    std::vector<std::shared_ptr<const render::ConstraintLayer>> mapLayers_;
};

}  // namespace pearlzone::app
