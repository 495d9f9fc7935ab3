#include "core/zone_set.h"

#include "gis/crs_transform.h"
#include "gis/error.h"
#include "gis/geometry.h"
#include "gis/geometry_transform.h"
#include "gis/vector_source.h"

#include <map>

namespace pearlzone::core {

namespace {

const char* const kRequiredFields[] = {"zone_id", "subarea_id", "name_zh", "name_en"};

struct RegionBuilder {
    ZoneRegion names;
    std::string bank;
    std::vector<gis::Geometry> pieces;
};

ZoneRegion finish(RegionBuilder& builder)
{
    ZoneRegion region = builder.names;
    const gis::Geometry merged = gis::Geometry::collect(std::move(builder.pieces)).unaryUnion();
    region.wkb = merged.toWkb();
    region.areaM2 = merged.area();
    region.envelope = merged.envelope();
    return region;
}

}  // namespace

const ZoneRegion* Zone::subarea(const std::string& subareaId) const
{
    for (const auto& s : subareas) {
        if (s.id == subareaId)
            return &s;
    }
    return nullptr;
}

const Zone* ZoneSet::zone(const std::string& zoneId) const
{
    for (const auto& z : zones_) {
        if (z.id == zoneId)
            return &z;
    }
    return nullptr;
}

gis::Envelope ZoneSet::extent() const
{
    gis::Envelope box;
    for (const auto& z : zones_)
        box.expandToInclude(z.envelope);
    return box;
}

ZoneSet ZoneSet::load(const std::string& source, const std::string& layerName)
{
    auto layer = gis::VectorSource::open(source).layer(layerName);
    std::string missing;
    for (const char* field : kRequiredFields) {
        if (layer.fieldIndex(field) < 0)
            missing += std::string(missing.empty() ? "" : ", ") + field;
    }
    if (!missing.empty())
        throw gis::Error(source + ": not a zones layer: it lacks the field(s) " + missing +
                         " (a zones layer needs zone_id, subarea_id, name_zh and name_en)");
    if (layer.crsWkt().empty())
        throw gis::Error(source + ": the zones layer has no coordinate reference system");

    // Optional fields, read when present.
    std::vector<std::string> fields = {"zone_id", "subarea_id", "name_zh", "name_en"};
    for (const char* optional : {"name_zh_hant", "bank", "subarea_name_zh", "subarea_name_zh_hant", "subarea_name_en"}) {
        if (layer.fieldIndex(optional) >= 0)
            fields.emplace_back(optional);
    }
    layer.selectFields(fields);
    auto valueOf = [&fields](const gis::VectorFeature& feature, const std::string& name) -> std::string {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (fields[i] == name)
                return feature.attributes[i];
        }
        return {};
    };

    const auto toPlanar = gis::CrsTransform::create(layer.crsWkt(), kPlanarCrs);
    std::vector<std::string> zoneOrder;
    std::map<std::string, RegionBuilder> zoneBuilders;
    std::map<std::string, std::vector<std::string>> subareaOrder;
    std::map<std::string, std::map<std::string, RegionBuilder>> subareaBuilders;

    std::vector<gis::VectorFeature> batch;
    while (layer.readBatch(batch, 256)) {
        for (const auto& feature : batch) {
            const std::string zoneId = valueOf(feature, "zone_id");
            if (zoneId.empty())
                throw gis::Error(source + ": feature " + std::to_string(feature.fid) + " has no zone_id");
            if (feature.wkb.empty())
                throw gis::Error(source + ": zone '" + zoneId + "' has a feature without geometry");
            gis::Geometry geometry = gis::transformGeometry(gis::Geometry::fromWkb(feature.wkb), toPlanar);
            if (!geometry.isValid())
                geometry = geometry.makeValid().polygonalParts();

            auto [zoneIt, newZone] = zoneBuilders.try_emplace(zoneId);
            RegionBuilder& zone = zoneIt->second;
            if (newZone) {
                zoneOrder.push_back(zoneId);
                zone.names = {zoneId, valueOf(feature, "name_zh"), valueOf(feature, "name_zh_hant"),
                              valueOf(feature, "name_en"), {}, 0.0, {}};
                zone.bank = valueOf(feature, "bank");
            }
            const std::string subareaId = valueOf(feature, "subarea_id");
            if (!subareaId.empty()) {
                auto [subIt, newSubarea] = subareaBuilders[zoneId].try_emplace(subareaId);
                if (newSubarea) {
                    subareaOrder[zoneId].push_back(subareaId);
                    const std::string zh = valueOf(feature, "subarea_name_zh");
                    const std::string en = valueOf(feature, "subarea_name_en");
                    subIt->second.names = {subareaId, zh.empty() ? subareaId : zh,
                                           valueOf(feature, "subarea_name_zh_hant"), en.empty() ? subareaId : en,
                                           {}, 0.0, {}};
                }
                subIt->second.pieces.push_back(geometry.clone());
            }
            zone.pieces.push_back(std::move(geometry));
        }
    }
    if (zoneOrder.empty())
        throw gis::Error(source + ": the zones layer is empty");

    ZoneSet set;
    set.source_ = source;
    for (const auto& zoneId : zoneOrder) {
        RegionBuilder& builder = zoneBuilders.at(zoneId);
        Zone zone;
        static_cast<ZoneRegion&>(zone) = finish(builder);
        zone.bank = builder.bank;
        for (const auto& subareaId : subareaOrder[zoneId])
            zone.subareas.push_back(finish(subareaBuilders[zoneId].at(subareaId)));
        set.zones_.push_back(std::move(zone));
    }
    return set;
}

}  // namespace pearlzone::core
