#pragma once
// ZoneSet: the pilot zone's zones and sub-areas, loaded from any vector source with the
// fields zone_id, subarea_id, name_zh and name_en (more are allowed), reprojected to
// EPSG:4547. A zone is the union of its features; a sub-area the union of the features that
// name it. Geometries are kept as WKB so that one ZoneSet can be shared, read-only, by every
// worker thread; each worker builds its own GEOS objects from it.

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

class ZoneSet {
public:
    // Throws gis::Error naming the source and what is wrong with it.
    static ZoneSet load(const std::string& source, const std::string& layer = {});

    const std::string& source() const { return source_; }
    const std::vector<Zone>& zones() const { return zones_; }
    const Zone* zone(const std::string& zoneId) const;
    gis::Envelope extent() const;

private:
    std::string source_;
    std::vector<Zone> zones_;
};

}  // namespace pearlzone::core
