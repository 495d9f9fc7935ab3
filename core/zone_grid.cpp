#include "core/zone_grid.h"

#include "gis/geometry.h"
#include "gis/planar_ring.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <system_error>
#include <thread>

namespace pearlzone::core {

namespace {

// Boundary points beyond which building the grids costs more than they save.
constexpr std::size_t kMaxSegments = 100000;
constexpr double kMaxCells = 16e6;  // over all regions: at most 16 MB of cells
// The nearest-segment grid is left out (GEOS measures those distances) beyond this work.
constexpr double kMaxNearWork = 5e7;
constexpr int kBlock = 4;  // near cells per side of a block  // cells times segments (the bundled zones: 1e7)
// Cells a boundary segment comes this close to are boundary cells: far above rounding.
constexpr double kMargin = 1e-3;

// A region's rings as stored (GEOS measures distances along them so), or oriented with the
// region on their left (shells anticlockwise, holes clockwise) for RegionCells::overlap.
std::vector<std::vector<double>> regionRings(const ZoneRegion& region, bool oriented = false)
{
    std::vector<std::vector<double>> rings;
    for (auto& polygon : gis::Geometry::fromWkb(region.wkb).polygonRings()) {
        for (std::size_t k = 0; k < polygon.rings.size(); ++k) {
            std::vector<double>& ring = polygon.rings[k];
            double twiceSigned = 0.0;
            for (std::size_t i = 0; i + 3 < ring.size(); i += 2)
                twiceSigned += (ring[i] - ring[0]) * (ring[i + 3] - ring[1]) - (ring[i + 2] - ring[0]) * (ring[i + 1] - ring[1]);
            if (oriented && (k == 0) != (twiceSigned > 0.0)) {
                for (std::size_t i = 0, j = ring.size() - 2; i < j; i += 2, j -= 2) {
                    std::swap(ring[i], ring[j]);
                    std::swap(ring[i + 1], ring[j + 1]);
                }
            }
            rings.push_back(std::move(ring));
        }
    }
    return rings;
}

std::size_t segmentCount(const std::vector<std::vector<double>>& rings)
{
    std::size_t count = 0;
    for (const auto& ring : rings)
        count += ring.size() / 2 > 0 ? ring.size() / 2 - 1 : 0;
    return count;
}

int cellIndex(double value, double origin, double size, int count)
{
    return std::clamp(static_cast<int>(std::floor((value - origin) / size)), 0, count - 1);
}

// The distance between a box and a segment's box: a lower bound of the segment's distance.
double boxDistance(const gis::Envelope& box, double ax, double ay, double bx, double by)
{
    const double dx = std::max({0.0, std::min(ax, bx) - box.maxX, box.minX - std::max(ax, bx)});
    const double dy = std::max({0.0, std::min(ay, by) - box.maxY, box.minY - std::max(ay, by)});
    return std::sqrt(dx * dx + dy * dy);
}

// The segments of s (all, or those listed in from) that can be the nearest to some point of
// cell: those whose box comes within the farthest the cell's points can be from the segment
// nearest to its centre. With centreDistances, nearest to the centre first and those distances
// appended (ZoneGrid::distanceOutside then stops early or skips the others by their boxes).
void nearCandidates(const gis::Envelope& cell, const std::vector<double>& s, const std::vector<std::uint32_t>* from,
                    std::vector<std::uint32_t>& out, std::vector<float>* centreDistances = nullptr)
{
    const bool sorted = centreDistances != nullptr;
    const double cx = 0.5 * (cell.minX + cell.maxX);
    const double cy = 0.5 * (cell.minY + cell.maxY);
    const std::uint32_t count = static_cast<std::uint32_t>(from ? from->size() : s.size() / 4);
    auto segment = [&](std::uint32_t k) { return from ? (*from)[k] : k; };
    thread_local std::vector<double> distances;
    distances.resize(count);
    double nearest = std::numeric_limits<double>::infinity();
    for (std::uint32_t k = 0; k < count; ++k) {
        const std::size_t i = 4 * static_cast<std::size_t>(segment(k));
        distances[k] = gis::pointToSegmentDistance(cx, cy, s[i], s[i + 1], s[i + 2], s[i + 3]);
        nearest = std::min(nearest, distances[k]);
    }
    const double bound = (nearest + 0.5 * std::hypot(cell.width(), cell.height())) * (1.0 + 1e-9) + kMargin;
    const std::size_t first = out.size();
    thread_local std::vector<std::pair<double, std::uint32_t>> kept;
    kept.clear();
    for (std::uint32_t k = 0; k < count; ++k) {
        const std::size_t i = 4 * static_cast<std::size_t>(segment(k));
        if (boxDistance(cell, s[i], s[i + 1], s[i + 2], s[i + 3]) <= bound)
            kept.emplace_back(distances[k], segment(k));
    }
    if (sorted)
        std::sort(kept.begin(), kept.end());
    out.resize(first + kept.size());
    for (std::size_t k = 0; k < kept.size(); ++k)
        out[first + k] = kept[k].second;
    if (centreDistances) {
        // As floats no greater than the distances: lower bounds still.
        for (const auto& [distance, index] : kept) {
            float lower = static_cast<float>(distance);
            if (static_cast<double>(lower) > distance)
                lower = std::nextafter(lower, 0.0f);
            centreDistances->push_back(lower);
        }
    }
}

}  // namespace

RegionCells::RegionCells(const ZoneRegion& region, const std::vector<std::vector<double>>& rings, double cellSize,
                         double maxCells)
    : extent_(region.envelope), cellSize_(cellSize)
{
    const double area = std::max(1.0, extent_.width() * extent_.height());
    cellSize_ = std::max(cellSize_, std::sqrt(area / maxCells));
    columns_ = std::max(1, static_cast<int>(std::ceil(extent_.width() / cellSize_)));
    rows_ = std::max(1, static_cast<int>(std::ceil(extent_.height() / cellSize_)));
    cells_.assign(static_cast<std::size_t>(columns_) * static_cast<std::size_t>(rows_), CellCover::Outside);
    auto cell = [this](int c, int r) -> CellCover& {
        return cells_[static_cast<std::size_t>(r) * static_cast<std::size_t>(columns_) + static_cast<std::size_t>(c)];
    };
    // Every cell a segment comes near, row band by row band.
    for (const auto& ring : rings) {
        for (std::size_t i = 0; i + 3 < ring.size(); i += 2) {
            const double ax = ring[i], ay = ring[i + 1], bx = ring[i + 2], by = ring[i + 3];
            if (ax == bx && ay == by)
                continue;  // a repeated point: no boundary
            const auto segment = static_cast<std::uint32_t>(segments_.size() / 4);
            segments_.insert(segments_.end(), {ax, ay, bx, by});
            const int r0 = cellIndex(std::min(ay, by) - kMargin, extent_.minY, cellSize_, rows_);
            const int r1 = cellIndex(std::max(ay, by) + kMargin, extent_.minY, cellSize_, rows_);
            for (int r = r0; r <= r1; ++r) {
                const double y0 = std::max(std::min(ay, by), extent_.minY + r * cellSize_ - kMargin);
                const double y1 = std::min(std::max(ay, by), extent_.minY + (r + 1) * cellSize_ + kMargin);
                double x0 = std::min(ax, bx);
                double x1 = std::max(ax, bx);
                if (ay != by && y0 <= y1) {
                    const double xa = ax + (y0 - ay) * (bx - ax) / (by - ay);
                    const double xb = ax + (y1 - ay) * (bx - ax) / (by - ay);
                    x0 = std::max(x0, std::min(xa, xb));
                    x1 = std::min(x1, std::max(xa, xb));
                }
                const int c0 = cellIndex(x0 - kMargin, extent_.minX, cellSize_, columns_);
                const int c1 = cellIndex(x1 + kMargin, extent_.minX, cellSize_, columns_);
                for (int c = c0; c <= c1; ++c) {
                    cell(c, r) = CellCover::Unknown;
                    cellSegments_.emplace_back(static_cast<std::uint32_t>(r * columns_ + c), segment);
                }
            }
        }
    }
    std::sort(cellSegments_.begin(), cellSegments_.end());
    cellSegments_.erase(std::unique(cellSegments_.begin(), cellSegments_.end()), cellSegments_.end());
    // Where each row of cells starts among those pairs: a lookup searches one row's few.
    rowPairStart_.resize(static_cast<std::size_t>(rows_) + 1);
    for (int r = 0; r <= rows_; ++r)
        rowPairStart_[static_cast<std::size_t>(r)] = static_cast<std::uint32_t>(
            std::lower_bound(cellSegments_.begin(), cellSegments_.end(),
                             std::make_pair(static_cast<std::uint32_t>(r * columns_), std::uint32_t{0})) -
            cellSegments_.begin());
    // Per row of cells, the segments reaching into it.
    std::vector<std::vector<std::uint32_t>> rowLists(static_cast<std::size_t>(rows_));
    for (std::uint32_t k = 0; 4 * static_cast<std::size_t>(k) < segments_.size(); ++k) {
        const double* g = &segments_[4 * static_cast<std::size_t>(k)];
        const int r0 = cellIndexY(std::min(g[1], g[3]) - kMargin), r1 = cellIndexY(std::max(g[1], g[3]) + kMargin);
        for (int r = r0; r <= r1; ++r)
            rowLists[static_cast<std::size_t>(r)].push_back(k);
    }
    for (const auto& list : rowLists) {
        rowStart_.push_back(static_cast<std::uint32_t>(rowSegments_.size()));
        rowSegments_.insert(rowSegments_.end(), list.begin(), list.end());
    }
    rowStart_.push_back(static_cast<std::uint32_t>(rowSegments_.size()));
    // The other cells are inside when a ray from their centre crosses the rings an odd number of times.
    std::vector<double> crossings;
    for (int r = 0; r < rows_; ++r) {
        const double y = extent_.minY + (r + 0.5) * cellSize_;
        crossings.clear();
        for (const auto& ring : rings) {
            for (std::size_t i = 0; i + 3 < ring.size(); i += 2) {
                const double ax = ring[i], ay = ring[i + 1], bx = ring[i + 2], by = ring[i + 3];
                if ((ay > y) != (by > y))
                    crossings.push_back(ax + (y - ay) * (bx - ax) / (by - ay));
            }
        }
        std::sort(crossings.begin(), crossings.end());
        std::size_t passed = 0;
        for (int c = 0; c < columns_; ++c) {
            const double x = extent_.minX + (c + 0.5) * cellSize_;
            while (passed < crossings.size() && crossings[passed] < x)
                ++passed;
            if (cell(c, r) != CellCover::Unknown)
                cell(c, r) = passed % 2 == 1 ? CellCover::Inside : CellCover::Outside;
        }
    }
}

int RegionCells::cellIndexX(double x) const { return cellIndex(x, extent_.minX, cellSize_, columns_); }
int RegionCells::cellIndexY(double y) const { return cellIndex(y, extent_.minY, cellSize_, rows_); }

std::optional<bool> RegionCells::contains(double x, double y) const
{
    const CellCover cover = classify({x, y, x, y});
    if (cover != CellCover::Unknown)
        return cover == CellCover::Inside;
    // The crossing number of a ray to the right, over the segments of the point's row.
    const auto r = static_cast<std::size_t>(cellIndexY(y));
    bool inside = false;
    for (std::uint32_t k = rowStart_[r]; k < rowStart_[r + 1]; ++k) {
        const double* g = &segments_[4 * static_cast<std::size_t>(rowSegments_[k])];
        if ((g[1] > y) == (g[3] > y))
            continue;
        const int side = gis::sideBeyond(g[0], g[1], g[2], g[3], x, y, kMargin);
        if (side == 0)
            return std::nullopt;
        if ((g[3] > g[1]) == (side > 0))
            inside = !inside;
    }
    return inside;
}

std::optional<gis::RingOverlap> RegionCells::overlap(const gis::PlanarRing& ring, const gis::Envelope& box) const
{
    const gis::Envelope reach{box.minX - kMargin, box.minY - kMargin, box.maxX + kMargin, box.maxY + kMargin};
    if (!extent_.intersects(reach))
        return gis::RingOverlap{};
    const std::optional<bool> firstInside = contains(ring.x(0), ring.y(0));
    if (!firstInside)
        return std::nullopt;
    thread_local std::vector<std::uint32_t> near;  // per thread, its capacity kept parcel after parcel
    near.clear();
    const int c0 = cellIndexX(reach.minX), c1 = cellIndexX(reach.maxX);
    for (int r = cellIndexY(reach.minY); r <= cellIndexY(reach.maxY); ++r) {
        const auto first = static_cast<std::uint32_t>(r * columns_ + c0), last = static_cast<std::uint32_t>(r * columns_ + c1);
        const auto rowEnd = cellSegments_.begin() + rowPairStart_[static_cast<std::size_t>(r) + 1];
        for (auto it = std::lower_bound(cellSegments_.begin() + rowPairStart_[static_cast<std::size_t>(r)], rowEnd,
                                        std::make_pair(first, std::uint32_t{0}));
             it != rowEnd && it->first <= last; ++it)
            near.push_back(it->second);
    }
    std::sort(near.begin(), near.end());
    near.erase(std::unique(near.begin(), near.end()), near.end());
    return gis::ringOverlap(ring, segments_, near, *firstInside, kMargin);
}

CellCover RegionCells::classify(const gis::Envelope& box) const
{
    if (!extent_.contains(box))
        return extent_.intersects(box) ? CellCover::Unknown : CellCover::Outside;
    const int c0 = cellIndex(box.minX, extent_.minX, cellSize_, columns_);
    const int c1 = cellIndex(box.maxX, extent_.minX, cellSize_, columns_);
    const int r0 = cellIndex(box.minY, extent_.minY, cellSize_, rows_);
    const int r1 = cellIndex(box.maxY, extent_.minY, cellSize_, rows_);
    const std::size_t width = static_cast<std::size_t>(columns_);
    const CellCover first = cells_[static_cast<std::size_t>(r0) * width + static_cast<std::size_t>(c0)];
    if (first == CellCover::Unknown)
        return first;
    for (int r = r0; r <= r1; ++r) {
        for (int c = c0; c <= c1; ++c) {
            if (cells_[static_cast<std::size_t>(r) * width + static_cast<std::size_t>(c)] != first)
                return CellCover::Unknown;
        }
    }
    return first;
}

ZoneGrid::ZoneGrid(const ZoneSet& zones, double cellSize, double nearCellSize, double nearMargin)
{
    std::vector<std::vector<std::vector<double>>> zoneRings;
    std::size_t total = 0;
    for (const auto& zone : zones.zones()) {
        zoneRings.push_back(regionRings(zone));
        total += segmentCount(zoneRings.back());
        for (const auto& subarea : zone.subareas)
            total += segmentCount(regionRings(subarea));
    }
    if (total > kMaxSegments || zones.zones().empty())
        return;
    std::size_t regions = 0;
    for (const auto& zone : zones.zones())
        regions += 1 + zone.subareas.size();
    const double maxCells = kMaxCells / static_cast<double>(regions);
    for (std::size_t k = 0; k < zones.zones().size(); ++k) {
        const Zone& zone = zones.zones()[k];
        ZoneCells cells{RegionCells(zone, regionRings(zone, true), cellSize, maxCells), {}, {}};
        for (const auto& subarea : zone.subareas)
            cells.subareas.emplace_back(subarea, regionRings(subarea, true), cellSize, maxCells);
        for (const auto& ring : zoneRings[k]) {
            for (std::size_t i = 0; i + 3 < ring.size(); i += 2)
                cells.segments.insert(cells.segments.end(), ring.begin() + static_cast<long>(i),
                                      ring.begin() + static_cast<long>(i) + 4);
        }
        zones_.push_back(std::move(cells));
    }

    // Per near cell and zone: the segments whose box comes within the cell's worst case.
    const gis::Envelope extent = zones.extent();
    nearExtent_ = {extent.minX - nearMargin, extent.minY - nearMargin, extent.maxX + nearMargin, extent.maxY + nearMargin};
    nearCellSize_ = nearCellSize;
    nearColumns_ = std::max(1, static_cast<int>(std::ceil(nearExtent_.width() / nearCellSize_)));
    nearRows_ = std::max(1, static_cast<int>(std::ceil(nearExtent_.height() / nearCellSize_)));
    if (static_cast<double>(nearColumns_) * nearRows_ * static_cast<double>(total) > kMaxNearWork) {
        nearColumns_ = nearRows_ = 0;  // distances by GEOS
        return;
    }
    // Candidates per block of kBlock x kBlock cells first: a cell's are among its block's. The
    // rows in two halves, the second on a thread of its own: a run waits for the grid.
    const int blockColumns = (nearColumns_ + kBlock - 1) / kBlock;
    auto buildRows = [&](int firstRow, int endRow, std::vector<std::uint32_t>& starts, std::vector<std::uint32_t>& lists,
                         std::vector<float>& centreDistances) {
        std::vector<std::vector<std::uint32_t>> blocks(static_cast<std::size_t>(blockColumns) * zones_.size());
        std::vector<std::uint32_t> found;
        for (int r = firstRow; r < endRow; ++r) {
            if ((r - firstRow) % kBlock == 0) {  // the blocks of this row of blocks
                for (int b = 0; b < blockColumns; ++b) {
                    const gis::Envelope block{nearExtent_.minX + b * kBlock * nearCellSize_, nearExtent_.minY + r * nearCellSize_,
                                              nearExtent_.minX + (b + 1) * kBlock * nearCellSize_,
                                              nearExtent_.minY + (r + kBlock) * nearCellSize_};
                    for (std::size_t z = 0; z < zones_.size(); ++z) {
                        auto& list = blocks[static_cast<std::size_t>(b) * zones_.size() + z];
                        list.clear();
                        nearCandidates(block, zones_[z].segments, nullptr, list);
                    }
                }
            }
            for (int c = 0; c < nearColumns_; ++c) {
                const gis::Envelope cell{nearExtent_.minX + c * nearCellSize_, nearExtent_.minY + r * nearCellSize_,
                                         nearExtent_.minX + (c + 1) * nearCellSize_, nearExtent_.minY + (r + 1) * nearCellSize_};
                for (std::size_t z = 0; z < zones_.size(); ++z) {
                    starts.push_back(static_cast<std::uint32_t>(lists.size()));
                    found.clear();
                    nearCandidates(cell, zones_[z].segments, &blocks[static_cast<std::size_t>(c / kBlock) * zones_.size() + z],
                                   found, &centreDistances);
                    lists.insert(lists.end(), found.begin(), found.end());
                }
            }
        }
    };
    const int middle = std::min(nearRows_, (nearRows_ / 2 + kBlock - 1) / kBlock * kBlock);  // at a row of blocks
    std::vector<std::uint32_t> upperStarts;
    std::vector<std::uint32_t> upperLists;
    std::vector<float> upperDistances;
    std::thread upper;
    try {
        upper = std::thread(buildRows, middle, nearRows_, std::ref(upperStarts), std::ref(upperLists), std::ref(upperDistances));
    } catch (const std::system_error&) {
        buildRows(middle, nearRows_, upperStarts, upperLists, upperDistances);  // no thread to be had: in turn
    }
    buildRows(0, middle, candidateStart_, candidates_, candidateCentreDistances_);
    if (upper.joinable())
        upper.join();
    const auto offset = static_cast<std::uint32_t>(candidates_.size());
    for (const std::uint32_t start : upperStarts)
        candidateStart_.push_back(offset + start);
    candidates_.insert(candidates_.end(), upperLists.begin(), upperLists.end());
    candidateCentreDistances_.insert(candidateCentreDistances_.end(), upperDistances.begin(), upperDistances.end());
    candidateStart_.push_back(static_cast<std::uint32_t>(candidates_.size()));
}

CellCover ZoneGrid::classifyZone(std::size_t zone, const gis::Envelope& box) const
{
    return zones_.empty() ? CellCover::Unknown : zones_[zone].whole.classify(box);
}

CellCover ZoneGrid::classifySubarea(std::size_t zone, std::size_t subarea, const gis::Envelope& box) const
{
    return zones_.empty() ? CellCover::Unknown : zones_[zone].subareas[subarea].classify(box);
}

std::optional<gis::RingOverlap> ZoneGrid::overlapZone(std::size_t zone, const gis::PlanarRing& ring,
                                                     const gis::Envelope& box) const
{
    return zones_.empty() ? std::nullopt : zones_[zone].whole.overlap(ring, box);
}

std::optional<gis::RingOverlap> ZoneGrid::overlapSubarea(std::size_t zone, std::size_t subarea, const gis::PlanarRing& ring,
                                                        const gis::Envelope& box) const
{
    return zones_.empty() ? std::nullopt : zones_[zone].subareas[subarea].overlap(ring, box);
}

std::optional<double> ZoneGrid::distanceOutside(std::size_t zone, double x, double y) const
{
    if (zones_.empty() || nearColumns_ == 0 || !(x >= nearExtent_.minX && x < nearExtent_.maxX && y >= nearExtent_.minY && y < nearExtent_.maxY))
        return std::nullopt;
    if (zones_[zone].whole.classify({x, y, x, y}) != CellCover::Outside)
        return std::nullopt;  // inside (distance 0) or too close to tell: GEOS decides
    const std::size_t c = static_cast<std::size_t>(cellIndex(x, nearExtent_.minX, nearCellSize_, nearColumns_));
    const std::size_t r = static_cast<std::size_t>(cellIndex(y, nearExtent_.minY, nearCellSize_, nearRows_));
    const std::size_t slot = (r * static_cast<std::size_t>(nearColumns_) + c) * zones_.size() + zone;
    const std::vector<double>& s = zones_[zone].segments;
    double nearest = std::numeric_limits<double>::infinity();
    double bound = nearest;  // squared, a little over nearest: segments whose box lies beyond cannot be nearer
    // The candidates come by their distance to the cell's centre, and the point is within half
    // the cell's diagonal of it: once that distance less the half diagonal is beyond the nearest
    // (by far more than rounding), neither this segment nor any after it can be nearer.
    const double halfDiagonal = 0.5 * std::sqrt(2.0) * nearCellSize_ * (1.0 + 1e-9) + kMargin;
    double stop = nearest;
    for (std::uint32_t k = candidateStart_[slot]; k < candidateStart_[slot + 1]; ++k) {
        if (candidateCentreDistances_[k] > stop)
            break;
        const double* g = &s[4 * static_cast<std::size_t>(candidates_[k])];
        // The point's distance to the segment's box, squared: a lower bound of its distance
        // to the segment. With the margin, a segment skipped so is certainly not nearer, not
        // even by the rounding of either distance: the minimum is the one of all segments.
        const double dx = std::max({0.0, (g[0] < g[2] ? g[0] : g[2]) - x, x - (g[0] < g[2] ? g[2] : g[0])});
        const double dy = std::max({0.0, (g[1] < g[3] ? g[1] : g[3]) - y, y - (g[1] < g[3] ? g[3] : g[1])});
        if (dx * dx + dy * dy > bound)
            continue;
        const double d = gis::pointToSegmentDistance(x, y, g[0], g[1], g[2], g[3]);
        if (d < nearest) {
            nearest = d;
            bound = d * d * (1.0 + 1e-9);
            stop = nearest * (1.0 + 1e-9) + halfDiagonal;
        }
    }
    return nearest;
}

}  // namespace pearlzone::core
