#pragma once
// SpatialIndex: a GEOS STR-tree over item numbers (0, 1, 2, ...) keyed by envelope.
// GEOS 3.11 builds the tree on the first query; after that no more items can be added.
// Like prepared geometries, a tree belongs to one thread at a time.

#include "gis/envelope.h"

#include <geos_c.h>

#include <atomic>
#include <cstddef>
#include <functional>
#include <vector>

namespace pearlzone::gis {

class Geometry;

class SpatialIndex {
public:
    explicit SpatialIndex(std::size_t nodeCapacity = 10);
    SpatialIndex(SpatialIndex&& other) noexcept;
    SpatialIndex& operator=(SpatialIndex&& other) noexcept;
    SpatialIndex(const SpatialIndex&) = delete;
    SpatialIndex& operator=(const SpatialIndex&) = delete;
    ~SpatialIndex();

    void insert(const Envelope& box, std::size_t item);
    void insert(const Geometry& geometry, std::size_t item);
    std::size_t size() const { return size_; }

    // Items whose envelopes intersect box, in ascending order.
    std::vector<std::size_t> query(const Envelope& box) const;
    void query(const Envelope& box, const std::function<void(std::size_t)>& visit) const;

private:
    GEOSSTRtree* tree_ = nullptr;
    std::size_t size_ = 0;
    // GEOS builds the tree on the first query; after that, queries only read it and may run
    // on several threads at once.
    mutable std::atomic<bool> queried_{false};
};

}  // namespace pearlzone::gis
