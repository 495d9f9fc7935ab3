#pragma once
// ZoneSet: the pilot zone's zones and sub-areas, loaded from any vector source GDAL reads, in
// any CRS, reprojected to EPSG:4547 (SPEC section 3). Features say their zone by zone_id (and
// subarea_id, when the file has sub-areas), or by a field whose values name zones or sub-areas
// (official files: 片区 = 琶洲 / 大学城 / 金融城 ...), placed through the ZoneNameTable. A zone is
// the union of its features; a sub-area the union of the features that name it. Geometries are kept as WKB so that one ZoneSet can be shared, read-only, by every
// worker thread; each worker builds its own GEOS objects from it.

#include "core/zone_names.h"
#include "core/zone_set_info.h"
#include "gis/envelope.h"

#include <string>
#include <vector>

namespace pearlzone::core {

inline constexpr const char* kPlanarCrs = "EPSG:4547";

struct ZoneRegion {
    std::string id;
    std::string nameZh;
    std::string nameZhHant;  // empty when the layer has none
    std::string nameEn;
    std::vector<unsigned char> wkb;  // EPSG:4547
    double areaM2 = 0.0;
    gis::Envelope envelope;
};

struct Zone : ZoneRegion {
    std::string bank;  // "north", "south" or empty
    std::vector<ZoneRegion> subareas;

    const ZoneRegion* subarea(const std::string& subareaId) const;
};

struct ZoneLoadOptions {
    std::string layer;       // empty: the first layer
    std::string zoneField;   // the field naming the zones; empty: zone_id, else detected
    const ZoneNameTable* names = nullptr;  // places field values; fills in missing names
};

// One value of the zone field and where it was placed (for "what was matched" displays).
struct ZoneFieldMatch {
    std::string value;  // as written in the file
    std::string zoneId;
    std::string subareaId;
    int features = 0;
};

// What a zones layer offers before it is loaded: the app asks for the zone field with it.
struct ZoneLayerFields {
    std::vector<std::string> fields;
    std::string zoneField;  // zone_id, or the detected name field; "" when none can be told
};

// Fields tried, in order, when a layer has no zone_id and none is named.
const std::vector<std::string>& zoneFieldCandidates();
// Throws gis::Error when the source cannot be opened.
ZoneLayerFields inspectZoneLayer(const std::string& source, const std::string& layer = {});

class ZoneSet {
public:
    // Throws gis::Error naming the source and what is wrong with it: no CRS, no field naming
    // the zones (listing the fields it has), values that name no known zone (listing them and
    // the names known).
    static ZoneSet load(const std::string& source, const ZoneLoadOptions& options = {});

    const std::string& source() const { return source_; }
    const ZoneSetInfo& info() const { return info_; }
    void setInfo(ZoneSetInfo info) { info_ = std::move(info); }
    const std::vector<Zone>& zones() const { return zones_; }
    const Zone* zone(const std::string& zoneId) const;
    gis::Envelope extent() const;
    // The field the zones were read from, and how its values that are not ids were placed.
    const std::string& zoneField() const { return zoneField_; }
    const std::vector<ZoneFieldMatch>& matches() const { return matches_; }
    // Zones without sub-areas in this layer (their sub-areas' designations apply zone-wide).
    bool hasSubareas() const;

private:
    std::string source_;
    ZoneSetInfo info_;
    std::string zoneField_;
    std::vector<ZoneFieldMatch> matches_;
    std::vector<Zone> zones_;
};

}  // namespace pearlzone::core
