#pragma once
// PreparedZones: one worker's GEOS view of a ZoneSet. Predicates run on prepared geometries
// after an envelope test; intersection areas are summed over small tiles of each zone (the
// zone cut by a grid), so that a parcel crossing a boundary is intersected with a few
// hundred vertices rather than the zone's thousands. Prepared geometries build indexes
// lazily and must not be shared between threads: make one PreparedZones per worker.

#include "core/zone_set.h"
#include "gis/prepared_geometry.h"
#include "gis/spatial_index.h"

#include <memory>
#include <string>
#include <vector>

namespace pearlzone::core {

class PreparedRegion {
public:
    PreparedRegion(const ZoneRegion& region, double tileSize);

    const ZoneRegion& region() const { return *region_; }
    const gis::Envelope& envelope() const { return region_->envelope; }
    bool covers(const gis::Geometry& g) const { return prepared_.covers(g); }
    bool intersects(const gis::Geometry& g) const { return prepared_.intersects(g); }
    // Area of the parcel that lies in the region.
    double overlapArea(const gis::Geometry& parcel, const gis::Envelope& parcelBox) const;
    double distance(const gis::Geometry& g) const { return prepared_.distance(g); }

private:
    const ZoneRegion* region_;
    gis::PreparedGeometry prepared_;
    std::vector<gis::Geometry> tiles_;
    std::vector<gis::Envelope> tileBoxes_;
    gis::SpatialIndex tileIndex_;
};

struct PreparedZone {
    const Zone* zone;
    std::unique_ptr<PreparedRegion> whole;
    std::vector<std::unique_ptr<PreparedRegion>> subareas;
};

class PreparedZones {
public:
    explicit PreparedZones(const ZoneSet& zones, double tileSize = 500.0);
    const std::vector<PreparedZone>& zones() const { return zones_; }

private:
    std::vector<PreparedZone> zones_;
};

}  // namespace pearlzone::core
