#pragma once
// PreparedZones: one worker's GEOS view of a ZoneSet. Predicates run on prepared geometries
// after an envelope test; intersection areas are summed over tiles of each zone (the zone
// cut by a grid). GEOS's overlay already clips its inputs to each other's envelopes, so the
// tiles pay only when they are large: measured with callgrind on 20,000 parcels, 2.5 km
// tiles cost 639 M instructions of overlay, 1 km 674 M, 500 m 753 M, 125 m 1,374 M, and
// whole zones 897 M. Prepared geometries build indexes
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
    // The sub-areas cover the zone exactly, so a parcel's overlap with the zone is the sum
    // of its overlaps with them, and the zone need not be intersected again.
    bool subareasPartitionZone = false;
};

class PreparedZones {
public:
    explicit PreparedZones(const ZoneSet& zones, double tileSize = 2500.0);
    const std::vector<PreparedZone>& zones() const { return zones_; }

private:
    std::vector<PreparedZone> zones_;
};

}  // namespace pearlzone::core
