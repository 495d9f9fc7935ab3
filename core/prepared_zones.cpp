#include "core/prepared_zones.h"

#include <cmath>

namespace pearlzone::core {

PreparedRegion::PreparedRegion(const ZoneRegion& region, double tileSize)
    : region_(&region), prepared_(gis::Geometry::fromWkb(region.wkb))
{
    const gis::Envelope& box = region.envelope;
    const gis::Geometry& shape = prepared_.geometry();
    const int columns = std::max(1, static_cast<int>(std::ceil(box.width() / tileSize)));
    const int rows = std::max(1, static_cast<int>(std::ceil(box.height() / tileSize)));
    for (int c = 0; c < columns; ++c) {
        for (int r = 0; r < rows; ++r) {
            const gis::Envelope cell{box.minX + c * tileSize, box.minY + r * tileSize,
                                     std::min(box.maxX, box.minX + (c + 1) * tileSize),
                                     std::min(box.maxY, box.minY + (r + 1) * tileSize)};
            gis::Geometry tile = shape.intersection(gis::Geometry::rectangle(cell));
            if (tile.isEmpty() || tile.area() <= 0.0)
                continue;
            tileIndex_.insert(cell, tiles_.size());
            tileBoxes_.push_back(tile.envelope());
            tiles_.push_back(std::move(tile));
        }
    }
}

double PreparedRegion::overlapArea(const gis::Geometry& parcel, const gis::Envelope& parcelBox) const
{
    double area = 0.0;
    tileIndex_.query(parcelBox, [&](std::size_t i) {
        if (tileBoxes_[i].intersects(parcelBox))
            area += tiles_[i].intersection(parcel).area();
    });
    return area;
}

PreparedZones::PreparedZones(const ZoneSet& zones, double tileSize)
{
    for (const auto& zone : zones.zones()) {
        PreparedZone prepared;
        prepared.zone = &zone;
        prepared.whole = std::make_unique<PreparedRegion>(zone, tileSize);
        double subareaTotal = 0.0;
        for (const auto& subarea : zone.subareas) {
            prepared.subareas.push_back(std::make_unique<PreparedRegion>(subarea, tileSize));
            subareaTotal += subarea.areaM2;
        }
        prepared.subareasPartitionZone =
            !zone.subareas.empty() && std::fabs(subareaTotal - zone.areaM2) <= 1e-9 * zone.areaM2;
        zones_.push_back(std::move(prepared));
    }
}

}  // namespace pearlzone::core
