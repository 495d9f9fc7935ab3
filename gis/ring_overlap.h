#pragma once
// The area a small simple ring shares with a polygonal region, measured without an overlay
// (issue 16, the fast path's straddlers): by Green's theorem over the boundary of the
// intersection — the ring's edges where they run inside the region, and the region's edges
// where they run inside the ring. Only the region's boundary segments near the ring are
// needed. Like the rest of the fast path it answers only when every contact is certain: a
// vertex of either boundary within `margin` of the other boundary, or a pair of segments
// whose crossing cannot be told, gives nullopt, and GEOS measures that parcel.

#include "gis/planar_ring.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace pearlzone::gis {

struct RingOverlap {
    // Disjoint and Covered are exact (the region does not touch the ring, or holds all of
    // it); Partial's area carries the rounding of the crossing points.
    enum class Kind { Disjoint, Covered, Partial } kind = Kind::Disjoint;
    double area = 0.0;  // Partial only
};

// The side of p to the segment a-b's line when p is farther than margin from it (+1 left,
// -1 right); 0 when it is not.
int sideBeyond(double ax, double ay, double bx, double by, double px, double py, double margin);

// ring: closed and certainly simple (gis::ringCertainlySimple), either orientation.
// segments: ax, ay, bx, by per segment, oriented with the region on their left (shells
// anticlockwise, holes clockwise); near: the indices of every segment that comes within
// margin of the ring's envelope. firstInside: whether the ring's first point lies in the
// region (the caller knows it for certain).
std::optional<RingOverlap> ringOverlap(const PlanarRing& ring, const std::vector<double>& segments,
                                       const std::vector<std::uint32_t>& near, bool firstInside, double margin);

// How far a Partial area may lie from GEOS's overlay of the same ring and region: a generous
// multiple of what rounding the crossing points moves an area (half a unit in the last place
// of the coordinates times the edges' length); checked in tests/core/straddler_test.cpp.
double overlapError(const PlanarRing& ring, const Envelope& box);

}  // namespace pearlzone::gis
