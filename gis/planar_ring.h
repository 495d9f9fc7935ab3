#pragma once
// The GEOS-free fast path's geometry (issue 16): a polygon parcel of one ring decoded straight
// from WKB into coordinates, a conservative simplicity test, and the area, envelope and
// point-to-segment distance computed with exactly the arithmetic GEOS 3.11 uses, so that a
// parcel the fast path decides gets the very same numbers as through GEOS. Everything here
// answers only what it can answer for certain; the caller hands anything else to GEOS.

#include "gis/envelope.h"

#include <cstddef>
#include <vector>

namespace pearlzone::gis {

// A closed ring as x, y pairs (the first point repeated at the end).
struct PlanarRing {
    std::vector<double> xy;
    std::size_t pointCount() const { return xy.size() / 2; }
    double x(std::size_t i) const { return xy[2 * i]; }
    double y(std::size_t i) const { return xy[2 * i + 1]; }
};

// Decodes a 2D WKB Polygon of one ring, or a MultiPolygon of one such polygon, with finite
// coordinates and a closed ring of at least 4 points, into ring. False for anything else
// (holes, several parts, Z/M, points, empty, truncated): the caller uses GEOS then.
bool decodeSingleRingPolygon(const unsigned char* wkb, std::size_t size, PlanarRing& ring);

// For WKB decodeSingleRingPolygon took: whether it is byte for byte what GEOS's writer (2D,
// the machine's byte order) gives back for it, so that a copy stands for the round trip.
bool wkbAsGeosWrites(const unsigned char* wkb, std::size_t size);

// True only when the ring is certainly simple (no two segments meet except neighbours at
// their shared point), so that GEOS would find the polygon valid. Repeated points, collinear
// neighbours, near-touches and rings over maxSegments are "not certain": false.
bool ringCertainlySimple(const PlanarRing& ring, std::size_t maxSegments = 64);

// The ring's area as GEOS's Polygon::getArea computes it (algorithm::Area::ofRing).
double ringArea(const PlanarRing& ring);
Envelope ringEnvelope(const PlanarRing& ring);

// The distance from p to the segment a-b as GEOS's algorithm::Distance::pointToSegment
// computes it (the facet distance behind a prepared polygon's distance).
double pointToSegmentDistance(double px, double py, double ax, double ay, double bx, double by);

}  // namespace pearlzone::gis
