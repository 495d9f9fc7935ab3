#include "core/prepared_zones.h"

#include <algorithm>
#include <cmath>

namespace pearlzone::core {

PreparedRegion::PreparedRegion(const ZoneRegion& region, double tileSize, double cellSize)
    : region_(&region), tileSize_(tileSize), cellSize_(cellSize)
{
}

const PreparedRegion::Geos& PreparedRegion::geos() const
{
    if (!geos_)
        geos_ = std::make_unique<Geos>(*region_, tileSize_, cellSize_);
    return *geos_;
}

PreparedRegion::Geos::Geos(const ZoneRegion& region, double tileSize, double cellSize)
    : prepared(gis::Geometry::fromWkb(region.wkb))
{
    // The cell grid: each cell wholly inside, wholly outside, or on the boundary.
    const gis::Envelope& extent = region.envelope;
    columns = std::max(1, static_cast<int>(std::ceil(extent.width() / cellSize)));
    rows = std::max(1, static_cast<int>(std::ceil(extent.height() / cellSize)));
    cells.resize(static_cast<std::size_t>(columns) * static_cast<std::size_t>(rows));
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const gis::Geometry cell = gis::Geometry::rectangle({extent.minX + c * cellSize, extent.minY + r * cellSize,
                                                                 extent.minX + (c + 1) * cellSize,
                                                                 extent.minY + (r + 1) * cellSize});
            cells[static_cast<std::size_t>(r) * static_cast<std::size_t>(columns) + static_cast<std::size_t>(c)] =
                prepared.covers(cell) ? Cell::Inside : prepared.intersects(cell) ? Cell::Boundary : Cell::Outside;
        }
    }

    const gis::Envelope& box = region.envelope;
    const gis::Geometry& shape = prepared.geometry();
    const int tileColumns = std::max(1, static_cast<int>(std::ceil(box.width() / tileSize)));
    const int tileRows = std::max(1, static_cast<int>(std::ceil(box.height() / tileSize)));
    for (int c = 0; c < tileColumns; ++c) {
        for (int r = 0; r < tileRows; ++r) {
            const gis::Envelope cell{box.minX + c * tileSize, box.minY + r * tileSize,
                                     std::min(box.maxX, box.minX + (c + 1) * tileSize),
                                     std::min(box.maxY, box.minY + (r + 1) * tileSize)};
            gis::Geometry tile = shape.intersection(gis::Geometry::rectangle(cell));
            if (tile.isEmpty() || tile.area() <= 0.0)
                continue;
            tileIndex.insert(cell, tiles.size());
            tileBoxes.push_back(tile.envelope());
            tiles.push_back(std::move(tile));
        }
    }
}

PreparedRegion::Cell PreparedRegion::classify(const gis::Envelope& box) const
{
    const gis::Envelope& extent = region_->envelope;
    if (!extent.contains(box))
        return extent.intersects(box) ? Cell::Boundary : Cell::Outside;
    const Geos& g = geos();
    const int c0 = std::clamp(static_cast<int>((box.minX - extent.minX) / cellSize_), 0, g.columns - 1);
    const int c1 = std::clamp(static_cast<int>((box.maxX - extent.minX) / cellSize_), 0, g.columns - 1);
    const int r0 = std::clamp(static_cast<int>((box.minY - extent.minY) / cellSize_), 0, g.rows - 1);
    const int r1 = std::clamp(static_cast<int>((box.maxY - extent.minY) / cellSize_), 0, g.rows - 1);
    const std::size_t width = static_cast<std::size_t>(g.columns);
    const Cell first = g.cells[static_cast<std::size_t>(r0) * width + static_cast<std::size_t>(c0)];
    if (first == Cell::Boundary)
        return Cell::Boundary;
    for (int r = r0; r <= r1; ++r) {
        for (int c = c0; c <= c1; ++c) {
            if (g.cells[static_cast<std::size_t>(r) * width + static_cast<std::size_t>(c)] != first)
                return Cell::Boundary;
        }
    }
    return first;
}

bool PreparedRegion::covers(const gis::Geometry& g, const gis::Envelope& box) const
{
    switch (classify(box)) {
    case Cell::Inside: return true;
    case Cell::Outside: return false;
    case Cell::Boundary: break;
    }
    return geos().prepared.covers(g);
}

bool PreparedRegion::intersects(const gis::Geometry& g, const gis::Envelope& box) const
{
    switch (classify(box)) {
    case Cell::Inside: return true;
    case Cell::Outside: return false;
    case Cell::Boundary: break;
    }
    return geos().prepared.intersects(g);
}

double PreparedRegion::overlapArea(const gis::Geometry& parcel, const gis::Envelope& parcelBox) const
{
    double area = 0.0;
    const Geos& g = geos();
    g.tileIndex.query(parcelBox, [&](std::size_t i) {
        if (g.tileBoxes[i].intersects(parcelBox))
            area += g.tiles[i].intersection(parcel).area();
    });
    return area;
}

PreparedZones::PreparedZones(const ZoneSet& zones, double tileSize, double cellSize)
{
    for (const auto& zone : zones.zones()) {
        PreparedZone prepared;
        prepared.zone = &zone;
        prepared.whole = std::make_unique<PreparedRegion>(zone, tileSize, cellSize);
        double subareaTotal = 0.0;
        for (const auto& subarea : zone.subareas) {
            prepared.subareas.push_back(std::make_unique<PreparedRegion>(subarea, tileSize, cellSize));
            subareaTotal += subarea.areaM2;
        }
        prepared.subareasPartitionZone =
            !zone.subareas.empty() && std::fabs(subareaTotal - zone.areaM2) <= 1e-9 * zone.areaM2;
        zones_.push_back(std::move(prepared));
    }
}

}  // namespace pearlzone::core
