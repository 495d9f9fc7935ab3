#pragma once
// ZoneGrid: what the fast path (issue 16) knows about the zones without GEOS, built once per
// run and shared read-only by every worker. Each zone and sub-area gets a fine cell grid
// whose cells are certainly inside, certainly outside, or on the boundary (any cell a
// boundary segment comes within a millimetre of); a coarser grid around the zones lists,
// per cell and zone, the boundary segments that can be the nearest to a point in that cell.
// Both answer only when certain; ParcelChecker hands every other parcel to GEOS.

#include "core/zone_set.h"
#include "gis/envelope.h"
#include "gis/ring_overlap.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace pearlzone::core {

enum class CellCover : unsigned char { Outside, Inside, Unknown };

// One region's cells (row-major from the envelope's lower left).
class RegionCells {
public:
    // cellSize grows when the region would need more than maxCells cells.
    RegionCells(const ZoneRegion& region, const std::vector<std::vector<double>>& rings, double cellSize,
                double maxCells);
    // Inside or Outside when every cell under box is; Unknown otherwise.
    CellCover classify(const gis::Envelope& box) const;
    // How much of a certainly simple ring (box its envelope) lies in the region, from the
    // boundary segments in the cells under it; nullopt when a contact is not certain.
    std::optional<gis::RingOverlap> overlap(const gis::PlanarRing& ring, const gis::Envelope& box) const;

private:
    int cellIndexX(double x) const;
    int cellIndexY(double y) const;
    // Whether (x, y) lies in the region, when it is certainly clear of the boundary.
    std::optional<bool> contains(double x, double y) const;

    gis::Envelope extent_;
    double cellSize_ = 0.0;
    int columns_ = 0;
    int rows_ = 0;
    std::vector<CellCover> cells_;
    // The boundary: segments (ax, ay, bx, by, the region on their left), listed per boundary
    // cell (sorted (cell, segment) pairs) and per row of cells (for the crossing number).
    std::vector<double> segments_;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> cellSegments_;
    std::vector<std::uint32_t> rowPairStart_;  // per row of cells, its first pair; one more at the end
    std::vector<std::uint32_t> rowStart_;
    std::vector<std::uint32_t> rowSegments_;
};

class ZoneGrid {
public:
    // Empty (answers nothing) when the zones have too many boundary points for it to pay.
    explicit ZoneGrid(const ZoneSet& zones, double cellSize = 50.0, double nearCellSize = 250.0,
                      double nearMargin = 5000.0);

    bool empty() const { return zones_.empty(); }
    // Regions in ZoneSet order: zone k's whole outline, and its sub-areas.
    CellCover classifyZone(std::size_t zone, const gis::Envelope& box) const;
    CellCover classifySubarea(std::size_t zone, std::size_t subarea, const gis::Envelope& box) const;
    // The area of a certainly simple ring (box its envelope) in zone k or its sub-area j, when
    // every contact is certain (RegionCells::overlap).
    std::optional<gis::RingOverlap> overlapZone(std::size_t zone, const gis::PlanarRing& ring, const gis::Envelope& box) const;
    std::optional<gis::RingOverlap> overlapSubarea(std::size_t zone, std::size_t subarea, const gis::PlanarRing& ring,
                                                   const gis::Envelope& box) const;
    // The distance from (x, y) to zone k, as GEOS's prepared distance computes it, when the
    // point is certainly outside the zone and in the grid; nullopt otherwise.
    std::optional<double> distanceOutside(std::size_t zone, double x, double y) const;

private:
    struct ZoneCells {
        RegionCells whole;
        std::vector<RegionCells> subareas;
        std::vector<double> segments;  // ax, ay, bx, by of every boundary segment
    };
    std::vector<ZoneCells> zones_;
    // The nearest-segment grid: per cell and zone, a range of candidates_.
    gis::Envelope nearExtent_;
    double nearCellSize_ = 0.0;
    int nearColumns_ = 0;
    int nearRows_ = 0;
    std::vector<std::uint32_t> candidateStart_;  // (cell * zones + zone) -> first; one more at the end
    std::vector<std::uint32_t> candidates_;      // segment indices into the zone's segments
    std::vector<float> candidateCentreDistances_;  // per candidate: its distance to the cell's centre, or less
};

}  // namespace pearlzone::core
