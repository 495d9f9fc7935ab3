#pragma once
// PreparedGeometry: a geometry together with its GEOS prepared form, the fast path for
// testing many geometries against one. Prepared geometries build an index lazily, so one
// must not be shared between threads: give each worker its own.

#include "gis/geometry.h"

namespace pearlzone::gis {

class PreparedGeometry {
public:
    explicit PreparedGeometry(Geometry base);
    PreparedGeometry(PreparedGeometry&& other) noexcept;
    PreparedGeometry& operator=(PreparedGeometry&& other) noexcept;
    PreparedGeometry(const PreparedGeometry&) = delete;
    PreparedGeometry& operator=(const PreparedGeometry&) = delete;
    ~PreparedGeometry();

    const Geometry& geometry() const { return base_; }
    const Envelope& envelope() const { return envelope_; }

    bool covers(const Geometry& other) const;
    bool intersects(const Geometry& other) const;
    bool containsProperly(const Geometry& other) const;
    // Shortest distance, using the prepared geometry's index.
    double distance(const Geometry& other) const;

private:
    void destroyPrepared() noexcept;
    // The base is declared first so that it outlives the prepared geometry built on it.
    Geometry base_;
    Envelope envelope_;
    const GEOSPreparedGeometry* prepared_ = nullptr;
};

}  // namespace pearlzone::gis
