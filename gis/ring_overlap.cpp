#include "gis/ring_overlap.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pearlzone::gis {

namespace {

struct Point {
    double x, y;
};

double cross(Point a, Point b) { return a.x * b.y - a.y * b.x; }

// Finite coordinates (the ring's and the zones'): plain comparisons, not fmin / fmax.
struct Edge {
    Point a, b;
    double minX() const { return a.x < b.x ? a.x : b.x; }
    double maxX() const { return a.x < b.x ? b.x : a.x; }
    double minY() const { return a.y < b.y ? a.y : b.y; }
    double maxY() const { return a.y < b.y ? b.y : a.y; }
};

bool boxesApart(const Edge& p, const Edge& q, double margin)
{
    return p.maxX() + margin < q.minX() || q.maxX() + margin < p.minX() || p.maxY() + margin < q.minY() ||
           q.maxY() + margin < p.minY();
}

// Where a ring edge crosses a region segment: the point, and how far along each it lies.
struct Crossing {
    std::size_t edge, segment;
    double t, u;
    Point at;
};

int side(const Edge& e, Point p, double margin) { return sideBeyond(e.a.x, e.a.y, e.b.x, e.b.y, p.x, p.y, margin); }

// Whether p lies inside the ring (p certainly farther than margin from every edge): the
// crossing number of a ray to the right, exact comparisons and certain sides only.
std::optional<bool> insideRing(const std::vector<Edge>& ring, Point p, double margin)
{
    bool inside = false;
    for (const Edge& e : ring) {
        if ((e.a.y > p.y) == (e.b.y > p.y))
            continue;
        const int s = side(e, p, margin);
        if (s == 0)
            return std::nullopt;
        // An upward edge with p on its left, or a downward one with p on its right, passes right of p.
        if ((e.b.y > e.a.y) == (s > 0))
            inside = !inside;
    }
    return inside;
}

double pointToEdge(Point p, const Edge& e) { return pointToSegmentDistance(p.x, p.y, e.a.x, e.a.y, e.b.x, e.b.y); }

}  // namespace

int sideBeyond(double ax, double ay, double bx, double by, double px, double py, double margin)
{
    const double dx = bx - ax, dy = by - ay;
    const double determinant = dx * (py - ay) - dy * (px - ax);  // length times signed distance
    const double length = std::sqrt(dx * dx + dy * dy);
    const double bound = margin * length + 1e-12 * (std::fabs(dx * (py - ay)) + std::fabs(dy * (px - ax)));
    if (determinant > bound)
        return 1;
    if (determinant < -bound)
        return -1;
    return 0;
}

std::optional<RingOverlap> ringOverlap(const PlanarRing& ring, const std::vector<double>& segments,
                                       const std::vector<std::uint32_t>& near, bool firstInside, double margin)
{
    // Local coordinates about the ring's first point: the differences of nearby coordinates
    // are exact, and the cross products small.
    const Point origin{ring.x(0), ring.y(0)};
    const std::size_t n = ring.pointCount() - 1;
    // Per thread, reused parcel after parcel (their capacity kept): no allocation per call.
    thread_local std::vector<Edge> edges;
    thread_local std::vector<Edge> region;
    thread_local std::vector<Crossing> crossings;
    thread_local std::vector<std::optional<bool>> segmentStarts;
    edges.resize(n);
    double twiceSigned = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        edges[i] = {{ring.x(i) - origin.x, ring.y(i) - origin.y}, {ring.x(i + 1) - origin.x, ring.y(i + 1) - origin.y}};
        twiceSigned += cross(edges[i].a, edges[i].b);
    }
    if (twiceSigned < 0.0) {  // anticlockwise, so that the ring's inside is on its left too
        std::reverse(edges.begin(), edges.end());
        for (Edge& e : edges)
            std::swap(e.a, e.b);
    }
    region.resize(near.size());
    for (std::size_t j = 0; j < near.size(); ++j) {
        const double* s = &segments[4 * static_cast<std::size_t>(near[j])];
        region[j] = {{s[0] - origin.x, s[1] - origin.y}, {s[2] - origin.x, s[3] - origin.y}};
    }

    // Every vertex certainly clear of the other boundary, and every crossing proper.
    crossings.clear();
    for (std::size_t i = 0; i < n; ++i) {
        const Edge& e = edges[i];
        for (std::size_t j = 0; j < region.size(); ++j) {
            const Edge& s = region[j];
            if (boxesApart(e, s, margin))
                continue;
            if (pointToEdge(e.a, s) <= margin || pointToEdge(s.a, e) <= margin || pointToEdge(s.b, e) <= margin)
                return std::nullopt;
            const int s1 = side(e, s.a, margin), s2 = side(e, s.b, margin);
            const int e1 = side(s, e.a, margin), e2 = side(s, e.b, margin);
            if ((s1 != 0 && s1 == s2) || (e1 != 0 && e1 == e2))
                continue;  // one lies wholly on one side of the other: apart
            if (s1 == 0 || s2 == 0 || e1 == 0 || e2 == 0)
                return std::nullopt;  // nearly in line: GEOS decides
            const Point de{e.b.x - e.a.x, e.b.y - e.a.y};
            const Point ds{s.b.x - s.a.x, s.b.y - s.a.y};
            const Point from{s.a.x - e.a.x, s.a.y - e.a.y};
            const double denominator = cross(de, ds);
            const double t = cross(from, ds) / denominator;
            const double u = cross(from, de) / denominator;
            crossings.push_back({i, j, t, u, {e.a.x + t * de.x, e.a.y + t * de.y}});
        }
    }
    if (crossings.size() % 2 != 0)
        return std::nullopt;

    // The region's segments: which run inside the ring, from their first points.
    segmentStarts.assign(region.size(), std::nullopt);
    bool regionInside = false;  // some region segment runs inside the ring
    for (std::size_t j = 0; j < region.size(); ++j) {
        segmentStarts[j] = insideRing(edges, region[j].a, margin);
        if (!segmentStarts[j])
            return std::nullopt;
        regionInside = regionInside || *segmentStarts[j];
    }
    if (crossings.empty() && !regionInside)
        return RingOverlap{firstInside ? RingOverlap::Kind::Covered : RingOverlap::Kind::Disjoint, 0.0};

    // Green's theorem: twice the area is the sum of cross(from, to) over the boundary pieces
    // of the intersection — the ring's edges inside the region, the region's inside the ring.
    double twiceArea = 0.0;
    std::sort(crossings.begin(), crossings.end(),
              [](const Crossing& p, const Crossing& q) { return p.edge != q.edge ? p.edge < q.edge : p.t < q.t; });
    // Edge 0 starts at the ring's first point in either orientation (the ring is closed).
    bool inside = firstInside;
    std::size_t k = 0;
    for (std::size_t i = 0; i < n; ++i) {
        Point from = edges[i].a;
        for (; k < crossings.size() && crossings[k].edge == i; ++k) {
            if (inside)
                twiceArea += cross(from, crossings[k].at);
            from = crossings[k].at;
            inside = !inside;
        }
        if (inside)
            twiceArea += cross(from, edges[i].b);
    }
    if (inside != firstInside)
        return std::nullopt;
    std::sort(crossings.begin(), crossings.end(),
              [](const Crossing& p, const Crossing& q) { return p.segment != q.segment ? p.segment < q.segment : p.u < q.u; });
    k = 0;
    for (std::size_t j = 0; j < region.size(); ++j) {
        bool in = *segmentStarts[j];
        Point from = region[j].a;
        for (; k < crossings.size() && crossings[k].segment == j; ++k) {
            if (in)
                twiceArea += cross(from, crossings[k].at);
            from = crossings[k].at;
            in = !in;
        }
        if (in)
            twiceArea += cross(from, region[j].b);
        const std::optional<bool> end = insideRing(edges, region[j].b, margin);
        if (!end || *end != in)
            return std::nullopt;
    }
    return RingOverlap{RingOverlap::Kind::Partial, 0.5 * twiceArea};
}

double overlapError(const PlanarRing& ring, const Envelope& box)
{
    double perimeter = 0.0;
    for (std::size_t i = 0; i + 1 < ring.pointCount(); ++i)
        perimeter += std::hypot(ring.x(i + 1) - ring.x(i), ring.y(i + 1) - ring.y(i));
    const double magnitude =
        std::max({std::fabs(box.minX), std::fabs(box.maxX), std::fabs(box.minY), std::fabs(box.maxY), 1.0});
    return 1e-6 + 64.0 * magnitude * std::numeric_limits<double>::epsilon() * perimeter;
}

}  // namespace pearlzone::gis
