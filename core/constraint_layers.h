#pragma once
// Constraint lines (SPEC 4.2): polygon layers that planning law forbids or restricts building
// on — 生态保护红线, 永久基本农田, 城镇开发边界, 河道蓝线, 绿线, 紫线, 黄线, 道路红线, flood lines.
// ConstraintSet reads any GDAL source in any CRS into EPSG:4547 WKB, shared read-only by the
// workers; each worker makes its own PreparedConstraints (an STR-tree over every feature and,
// per feature, the prepared geometry, cell grid and tiles the zones use), so thousands of
// polygons cost a tree query per parcel plus the work of the few that are near it.

#include "core/check_result.h"
#include "core/prepared_zones.h"
#include "core/zone_set.h"
#include "gis/geometry.h"
#include "gis/spatial_index.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pearlzone::core {

// Overlaps below a square metre are digitising slivers, not conflicts.
inline constexpr double kMinConstraintOverlapM2 = 1.0;

struct ConstraintLayerOptions {
    std::string source;   // any GDAL vector source or PG: connection
    std::string layer;    // "" for the first layer
    std::optional<ConstraintRule> rule;  // when set, the whole layer has this rule (the app's per-layer choice)
    std::string crs;      // for sources without a CRS
    std::string encoding; // e.g. GBK, for files that do not say
};

// What was read from one layer, for messages and the app's layer list.
struct ConstraintLayerInfo {
    std::string label;  // the file's base name (and the layer's, when it is not the only one)
    std::string source;
    ConstraintLayerOptions options;  // as it was read (to read it again, e.g. in the app's worker process)
    std::string nameField, kindField, ruleField;  // "" when the layer has none
    std::size_t featureCount = 0;
};

struct ConstraintFeature {
    std::size_t layer = 0;  // index into ConstraintSet::layers()
    std::string name;
    std::string kind;
    ConstraintRule rule = ConstraintRule::Prohibited;
    ZoneRegion region;  // the polygon in EPSG:4547, with its area and envelope
};

class ConstraintSet {
public:
    // Throws InputError naming the source and what is wrong: unreadable, no CRS, no polygons,
    // a rule value that is neither prohibited nor restricted.
    static ConstraintSet load(const std::vector<ConstraintLayerOptions>& layers);
    // The layers of several sets as one, in order (the app loads each layer once, on its own).
    static ConstraintSet combine(const std::vector<const ConstraintSet*>& sets);

    bool empty() const { return features_.empty(); }
    const std::vector<ConstraintLayerInfo>& layers() const { return layers_; }
    const std::vector<ConstraintFeature>& features() const { return features_; }
    // E.g. features left out because they are not polygons.
    const std::vector<std::string>& warnings() const { return warnings_; }

private:
    void addLayer(const ConstraintLayerOptions& options);

    std::vector<ConstraintLayerInfo> layers_;
    std::vector<ConstraintFeature> features_;
    std::vector<std::string> warnings_;
};

// The rule a field value names: prohibited / 禁止 / 禁止建设 / 禁建, restricted / 限制 /
// 限制建设 / 限建 / 有条件; blank is prohibited. nullopt for anything else.
std::optional<ConstraintRule> parseConstraintRule(const std::string& value);

// One worker's view of a ConstraintSet; not to be shared between threads.
class PreparedConstraints {
public:
    explicit PreparedConstraints(const ConstraintSet& set);

    // The lines the parcel (in EPSG:4547, box its envelope, area its area) overlaps by at
    // least kMinConstraintOverlapM2, or that cover it when it is a point; features with the
    // same layer, name, kind and rule count as one line.
    std::vector<ConstraintHit> hits(const gis::Geometry& parcel, const gis::Envelope& box, bool puntal, double area) const;

private:
    const ConstraintSet* set_;
    std::vector<std::unique_ptr<PreparedRegion>> regions_;
    gis::SpatialIndex index_;
};

}  // namespace pearlzone::core
