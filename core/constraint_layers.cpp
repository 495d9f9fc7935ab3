#include "core/constraint_layers.h"

#include "core/check_errors.h"
#include "core/industry_catalogue.h"
#include "core/parcel_source.h"
#include "gis/crs_transform.h"
#include "gis/error.h"
#include "gis/geometry_transform.h"

#include <QFileInfo>
#include <QString>

#include <algorithm>

namespace pearlzone::core {

namespace {

const std::vector<std::string> kNameFields = {"name", "名称", "名字", "MC"};
const std::vector<std::string> kKindFields = {"kind", "类型", "类别", "type", "LX"};
const std::vector<std::string> kRuleFields = {"rule", "规则", "管控规则"};

// Cell grid and tiles as for the zones; most constraint polygons are a single cell and tile.
constexpr double kTileSize = 2500.0;
constexpr double kCellSize = 250.0;

std::string labelOf(const std::string& source, const std::string& layer, std::size_t layerCount)
{
    const bool database = source.rfind("PG:", 0) == 0;
    std::string label = database ? layer : QFileInfo(QString::fromStdString(source)).completeBaseName().toStdString();
    if (!database && layerCount > 1)
        label += "/" + layer;
    return label;
}

}  // namespace

std::optional<ConstraintRule> parseConstraintRule(const std::string& value)
{
    const std::string key = normaliseName(value);
    for (const char* word : {"", "prohibited", "prohibit", "禁止", "禁止建设", "禁建"}) {
        if (key == word)
            return ConstraintRule::Prohibited;
    }
    for (const char* word : {"restricted", "restrict", "限制", "限制建设", "限建", "有条件", "有条件建设"}) {
        if (key == word)
            return ConstraintRule::Restricted;
    }
    return std::nullopt;
}

ConstraintSet ConstraintSet::load(const std::vector<ConstraintLayerOptions>& layers)
{
    ConstraintSet set;
    for (const auto& options : layers)
        set.addLayer(options);
    return set;
}

ConstraintSet ConstraintSet::combine(const std::vector<const ConstraintSet*>& sets)
{
    ConstraintSet combined;
    for (const ConstraintSet* set : sets) {
        const std::size_t offset = combined.layers_.size();
        combined.layers_.insert(combined.layers_.end(), set->layers_.begin(), set->layers_.end());
        combined.warnings_.insert(combined.warnings_.end(), set->warnings_.begin(), set->warnings_.end());
        for (ConstraintFeature feature : set->features_) {
            feature.layer += offset;
            combined.features_.push_back(std::move(feature));
        }
    }
    return combined;
}

void ConstraintSet::addLayer(const ConstraintLayerOptions& options)
{
    try {
        gis::VectorOpenOptions openOptions;
        openOptions.encoding = options.encoding;
        const auto source = gis::VectorSource::open(options.source, openOptions);
        auto reader = source.layer(options.layer);
        ConstraintLayerInfo info;
        info.source = options.source;
        info.options = options;
        info.label = labelOf(options.source, reader.name(), source.layerNames().size());
        info.nameField = detectField(reader.fieldNames(), kNameFields);
        info.kindField = detectField(reader.fieldNames(), kKindFields);
        info.ruleField = detectField(reader.fieldNames(), kRuleFields);
        std::string crs = options.crs.empty() ? reader.crsWkt() : options.crs;
        if (crs.empty())
            throw InputError(options.source + ": the constraint layer has no coordinate reference system; convert it "
                             "to a format that carries one (e.g. GeoPackage) or add a .prj");
        const auto toPlanar = gis::CrsTransform::create(crs, kPlanarCrs);

        // Attributes come back in this order; a missing field reads as the layer's first
        // field and is ignored below.
        std::vector<std::string> selected;
        for (const std::string* field : {&info.nameField, &info.kindField, &info.ruleField}) {
            if (!field->empty())
                selected.push_back(*field);
        }
        reader.selectFields(selected);
        auto valueOf = [&](const gis::VectorFeature& feature, const std::string& field) -> std::string {
            if (field.empty())
                return {};
            const auto at = std::find(selected.begin(), selected.end(), field) - selected.begin();
            return feature.attributes[static_cast<std::size_t>(at)];
        };

        const std::size_t layerIndex = layers_.size();
        std::size_t notPolygons = 0;
        std::vector<gis::VectorFeature> batch;
        while (reader.readBatch(batch, 256)) {
            for (const auto& feature : batch) {
                gis::Geometry geometry;
                if (!feature.wkb.empty())
                    geometry = gis::Geometry::fromWkb(feature.wkb).closedLinesAsPolygons();
                if (!geometry.isNull() && !geometry.isEmpty()) {
                    geometry = gis::transformGeometry(geometry.polygonalParts(), toPlanar);
                    if (!geometry.isEmpty() && !geometry.isValid())
                        geometry = geometry.makeValid().polygonalParts();
                }
                if (geometry.isNull() || geometry.isEmpty() || geometry.area() <= 0.0) {
                    ++notPolygons;
                    continue;
                }
                ConstraintFeature constraint;
                constraint.layer = layerIndex;
                constraint.kind = QString::fromStdString(valueOf(feature, info.kindField)).trimmed().toStdString();
                constraint.name = QString::fromStdString(valueOf(feature, info.nameField)).trimmed().toStdString();
                if (constraint.name.empty())
                    constraint.name = constraint.kind.empty() ? info.label : constraint.kind;
                if (options.rule) {
                    constraint.rule = *options.rule;
                } else {
                    const std::string value = valueOf(feature, info.ruleField);
                    const auto rule = parseConstraintRule(value);
                    if (!rule)
                        throw InputError(options.source + ": feature " + std::to_string(feature.fid) + " has the rule '" +
                                         value + "' (" + info.ruleField + "); a rule is prohibited (禁止) or restricted (限制)");
                    constraint.rule = *rule;
                }
                constraint.region.id = constraint.name;
                constraint.region.nameZh = constraint.name;
                constraint.region.nameEn = constraint.name;
                constraint.region.areaM2 = geometry.area();
                constraint.region.envelope = geometry.envelope();
                constraint.region.wkb = geometry.toWkb();
                features_.push_back(std::move(constraint));
                ++info.featureCount;
            }
        }
        if (info.featureCount == 0)
            throw InputError(options.source + ": the constraint layer '" + reader.name() + "' has no polygons");
        if (notPolygons > 0)
            warnings_.push_back(options.source + ": " + std::to_string(notPolygons) +
                                " features without a polygon were left out of the constraint lines");
        layers_.push_back(std::move(info));
    } catch (const InputError&) {
        throw;
    } catch (const gis::Error& error) {
        throw InputError(options.source + ": cannot use it as a constraint layer (" + error.what() + ")", error.reason(),
                         error.detail());
    }
}

PreparedConstraints::PreparedConstraints(const ConstraintSet& set) : set_(&set)
{
    regions_.reserve(set.features().size());
    for (std::size_t i = 0; i < set.features().size(); ++i) {
        const ConstraintFeature& feature = set.features()[i];
        regions_.push_back(std::make_unique<PreparedRegion>(feature.region, kTileSize, kCellSize));
        index_.insert(feature.region.envelope, i);
    }
}

std::vector<ConstraintHit> PreparedConstraints::hits(const gis::Geometry& parcel, const gis::Envelope& box, bool puntal,
                                                      double area) const
{
    std::vector<ConstraintHit> found;
    if (regions_.empty())
        return found;
    for (std::size_t i : index_.query(box)) {
        const PreparedRegion& region = *regions_[i];
        if (!region.envelope().intersects(box))
            continue;
        double overlap = 0.0;
        if (region.covers(parcel, box))
            overlap = area;
        else if (puntal || !region.intersects(parcel, box))
            continue;
        else
            overlap = std::min(area, region.overlapArea(parcel, box));
        if (!puntal && overlap < kMinConstraintOverlapM2)
            continue;
        const ConstraintFeature& feature = set_->features()[i];
        const std::string& layer = set_->layers()[feature.layer].label;
        const auto same = std::find_if(found.begin(), found.end(), [&](const ConstraintHit& hit) {
            return hit.layer == layer && hit.name == feature.name && hit.kind == feature.kind && hit.rule == feature.rule;
        });
        if (same != found.end())
            same->areaM2 += overlap;
        else
            found.push_back({layer, feature.name, feature.kind, feature.rule, overlap});
    }
    return found;
}

}  // namespace pearlzone::core
