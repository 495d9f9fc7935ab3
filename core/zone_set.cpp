#include "core/zone_set.h"

#include "gis/crs_transform.h"
#include "gis/error.h"
#include "gis/geometry.h"
#include "gis/geometry_transform.h"
#include "gis/vector_source.h"

#include <algorithm>
#include <map>

namespace pearlzone::core {

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

namespace {

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

bool hasField(const std::vector<std::string>& fields, const std::string& name)
{
    return std::find(fields.begin(), fields.end(), name) != fields.end();
}

std::string joined(const std::vector<std::string>& parts)
{
    std::string text;
    for (const auto& part : parts)
        text += (text.empty() ? "" : ", ") + part;
    return text;
}

// The names a region gets: the file's, else the name table's, else its id.
ZoneRegion regionNames(const std::string& id, const PlaceName* known, const std::string& zh, const std::string& zhHant,
                       const std::string& en)
{
    ZoneRegion region;
    region.id = id;
    region.nameZh = !zh.empty() ? zh : known ? known->nameZh : id;
    region.nameZhHant = !zh.empty() ? zhHant : known ? known->nameZhHant : std::string();
    region.nameEn = !en.empty() ? en : known ? known->nameEn : id;
    return region;
}

const char* const kOptionalFields[] = {"name_zh", "name_zh_hant", "name_en", "bank",
                                       "subarea_name_zh", "subarea_name_zh_hant", "subarea_name_en"};

}  // namespace

const std::vector<std::string>& zoneFieldCandidates()
{
    static const std::vector<std::string> candidates = {"片区", "片区名称", "名称", "name", "NAME"};
    return candidates;
}

namespace {

std::string detectZoneField(const std::vector<std::string>& fields)
{
    if (hasField(fields, "zone_id"))
        return "zone_id";
    for (const auto& candidate : zoneFieldCandidates()) {
        if (hasField(fields, candidate))
            return candidate;
    }
    return {};
}

}  // namespace

ZoneLayerFields inspectZoneLayer(const std::string& source, const std::string& layer)
{
    const auto reader = gis::VectorSource::open(source).layer(layer);
    return {reader.fieldNames(), detectZoneField(reader.fieldNames())};
}

ZoneSet ZoneSet::load(const std::string& source, const ZoneLoadOptions& options)
{
    auto layer = gis::VectorSource::open(source).layer(options.layer);
    const std::vector<std::string> layerFields = layer.fieldNames();
    const std::string zoneField = options.zoneField.empty() ? detectZoneField(layerFields) : options.zoneField;
    if (!options.zoneField.empty() && !hasField(layerFields, zoneField))
        throw gis::Error(source + ": the zones layer has no field '" + zoneField + "'; its fields: " + joined(layerFields));
    if (zoneField.empty())
        throw gis::Error(source + ": not a zones layer: it has neither zone_id nor a field naming the zones (" +
                         joined(zoneFieldCandidates()) + "); name the field with --zone-field. Its fields: " +
                         joined(layerFields));
    const bool byId = zoneField == "zone_id";
    if (!byId && !options.names)
        throw gis::Error(source + ": zones named in the field '" + zoneField + "' need the table of zone names");
    if (layer.crsWkt().empty())
        throw gis::Error(source + ": the zones layer has no coordinate reference system");

    std::vector<std::string> fields = {zoneField};
    if (byId && hasField(layerFields, "subarea_id"))
        fields.emplace_back("subarea_id");
    if (byId) {
        for (const char* optional : kOptionalFields) {
            if (hasField(layerFields, optional))
                fields.emplace_back(optional);
        }
    } else if (hasField(layerFields, "bank")) {
        fields.emplace_back("bank");
    }
    layer.selectFields(fields);
    auto valueOf = [&fields](const gis::VectorFeature& feature, const std::string& name) -> std::string {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (fields[i] == name)
                return feature.attributes[i];
        }
        return {};
    };
    auto known = [&options](const std::string& zoneId, const std::string& subareaId) -> const PlaceName* {
        return options.names ? options.names->find(zoneId, subareaId) : nullptr;
    };

    ZoneSet set;
    set.source_ = source;
    set.info_ = loadZoneSetInfo(source);
    set.zoneField_ = zoneField;
    std::map<std::string, std::size_t> matchOf;  // value -> index in matches_
    std::vector<std::string> unknown;

    const auto toPlanar = gis::CrsTransform::create(layer.crsWkt(), kPlanarCrs);
    std::vector<std::string> zoneOrder;
    std::map<std::string, RegionBuilder> zoneBuilders;
    std::map<std::string, std::vector<std::string>> subareaOrder;
    std::map<std::string, std::map<std::string, RegionBuilder>> subareaBuilders;

    std::vector<gis::VectorFeature> batch;
    while (layer.readBatch(batch, 256)) {
        for (const auto& feature : batch) {
            const std::string value = valueOf(feature, zoneField);
            std::string zoneId = value;
            std::string subareaId = valueOf(feature, "subarea_id");
            // zone_id values are ids as they are (a user's own zones keep theirs), unless they
            // are a known zone's or sub-area's name rather than its id.
            const PlaceName* place = options.names && (!byId || !options.names->find(value, subareaId))
                                         ? options.names->resolve(value)
                                         : nullptr;
            if (!byId && !place) {
                const std::string shown = value.empty() ? "(empty)" : value;
                if (std::find(unknown.begin(), unknown.end(), shown) == unknown.end())
                    unknown.push_back(shown);
                continue;
            }
            if (place) {
                zoneId = place->zoneId;
                if (!byId || subareaId.empty() || !place->subareaId.empty())
                    subareaId = place->subareaId;
                auto [it, added] = matchOf.try_emplace(value, set.matches_.size());
                if (added)
                    set.matches_.push_back({value, zoneId, subareaId, 0});
                ++set.matches_[it->second].features;
            }
            if (zoneId.empty())
                throw gis::Error(source + ": feature " + std::to_string(feature.fid) + " has no zone_id");
            if (feature.wkb.empty())
                throw gis::Error(source + ": zone '" + value + "' has a feature without geometry");
            if (!unknown.empty())
                continue;  // only the list of unknown values will be reported
            gis::Geometry geometry = gis::transformGeometry(gis::Geometry::fromWkb(feature.wkb), toPlanar);
            if (!geometry.isValid())
                geometry = geometry.makeValid().polygonalParts();

            auto [zoneIt, newZone] = zoneBuilders.try_emplace(zoneId);
            RegionBuilder& zone = zoneIt->second;
            if (newZone) {
                zoneOrder.push_back(zoneId);
                zone.names = regionNames(zoneId, known(zoneId, {}), valueOf(feature, "name_zh"),
                                         valueOf(feature, "name_zh_hant"), valueOf(feature, "name_en"));
                zone.bank = valueOf(feature, "bank");
                if (const PlaceName* place = known(zoneId, {}); zone.bank.empty() && place)
                    zone.bank = place->bank;
            }
            if (!subareaId.empty()) {
                auto [subIt, newSubarea] = subareaBuilders[zoneId].try_emplace(subareaId);
                if (newSubarea) {
                    subareaOrder[zoneId].push_back(subareaId);
                    subIt->second.names =
                        regionNames(subareaId, known(zoneId, subareaId), valueOf(feature, "subarea_name_zh"),
                                    valueOf(feature, "subarea_name_zh_hant"), valueOf(feature, "subarea_name_en"));
                }
                subIt->second.pieces.push_back(geometry.clone());
            }
            zone.pieces.push_back(std::move(geometry));
        }
    }
    if (!unknown.empty())
        throw gis::Error(source + ": the field '" + zoneField + "' holds values that name no known zone or sub-area: " +
                         joined(unknown) + ". Known names:" + options.names->knownNames());
    if (zoneOrder.empty())
        throw gis::Error(source + ": the zones layer is empty");

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

bool ZoneSet::hasSubareas() const
{
    return std::any_of(zones_.begin(), zones_.end(), [](const Zone& z) { return !z.subareas.empty(); });
}

}  // namespace pearlzone::core
