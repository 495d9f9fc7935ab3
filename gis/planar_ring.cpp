#include "gis/planar_ring.h"

#include "gis/wkb_cursor.h"

#include <cmath>
#include <cstdint>
#include <cstring>

namespace pearlzone::gis {

namespace {

constexpr std::uint32_t kWkbPolygon = 3;
constexpr std::uint32_t kWkbMultiPolygon = 6;

// Whether a double's bits are those of a finite number (exponent not all ones).
bool finiteBits(std::uint64_t bits) { return (bits & 0x7ff0000000000000ull) != 0x7ff0000000000000ull; }

bool readPolygon(WkbCursor& cursor, PlanarRing& ring)
{
    std::uint32_t type = 0;
    std::uint32_t rings = 0;
    std::uint32_t points = 0;
    if (!cursor.byteOrder() || !cursor.uint32(type) || type != kWkbPolygon || !cursor.uint32(rings) || rings != 1 ||
        !cursor.uint32(points) || points < 4 || points > (1u << 20))
        return false;
    const std::size_t values = 2 * static_cast<std::size_t>(points);
    if (cursor.remaining() < 8 * values)
        return false;
    ring.xy.resize(values);
    // Little-endian on a little-endian machine (every file we see): the doubles as they lie.
    if (cursor.littleEndian() && kLittleEndianMachine) {
        const unsigned char* at = cursor.skip(8 * values);
        std::memcpy(ring.xy.data(), at, 8 * values);
        for (std::size_t i = 0; i < values; ++i) {
            std::uint64_t bits;
            std::memcpy(&bits, at + 8 * i, 8);
            if (!finiteBits(bits))
                return false;
        }
    } else {
        for (double& value : ring.xy) {
            if (!cursor.float64(value) || !std::isfinite(value))
                return false;
        }
    }
    const std::size_t last = 2 * (static_cast<std::size_t>(points) - 1);
    return ring.xy[0] == ring.xy[last] && ring.xy[1] == ring.xy[last + 1];
}

// The sign of the turn a -> b -> c when it is certain: +1 left, -1 right, 0 when the
// determinant is within a generous bound of its rounding error (Shewchuk's is ~3.3e-16).
int certainTurn(double ax, double ay, double bx, double by, double cx, double cy)
{
    const double left = (ax - cx) * (by - cy);
    const double right = (ay - cy) * (bx - cx);
    const double determinant = left - right;
    const double bound = 1e-12 * (std::fabs(left) + std::fabs(right));
    if (determinant > bound)
        return 1;
    if (determinant < -bound)
        return -1;
    return 0;
}

// Coordinates here are finite (decodeSingleRingPolygon): plain comparisons, not fmin / fmax
// (calls into the maths library, for NaN's sake).
struct Segment {
    double ax, ay, bx, by;
    double minX() const { return ax < bx ? ax : bx; }
    double maxX() const { return ax < bx ? bx : ax; }
    double minY() const { return ay < by ? ay : by; }
    double maxY() const { return ay < by ? by : ay; }
};

// Two segments that share no end point certainly do not meet.
bool certainlyApart(const Segment& p, const Segment& q)
{
    if (p.maxX() < q.minX() || q.maxX() < p.minX() || p.maxY() < q.minY() || q.maxY() < p.minY())
        return true;
    const int q1 = certainTurn(p.ax, p.ay, p.bx, p.by, q.ax, q.ay);
    const int q2 = certainTurn(p.ax, p.ay, p.bx, p.by, q.bx, q.by);
    if (q1 != 0 && q1 == q2)
        return true;
    const int p1 = certainTurn(q.ax, q.ay, q.bx, q.by, p.ax, p.ay);
    const int p2 = certainTurn(q.ax, q.ay, q.bx, q.by, p.bx, p.by);
    return p1 != 0 && p1 == p2;
}

}  // namespace

bool decodeSingleRingPolygon(const unsigned char* wkb, std::size_t size, PlanarRing& ring)
{
    WkbCursor cursor(wkb, size);
    WkbCursor peek = cursor;
    std::uint32_t type = 0;
    if (!peek.byteOrder() || !peek.uint32(type))
        return false;
    if (type == kWkbMultiPolygon) {
        std::uint32_t parts = 0;
        if (!cursor.byteOrder() || !cursor.uint32(type) || !cursor.uint32(parts) || parts != 1)
            return false;
    }
    return readPolygon(cursor, ring) && cursor.atEnd();
}

bool wkbAsGeosWrites(const unsigned char* wkb, std::size_t size)
{
    // Every byte-order mark little-endian on a little-endian machine; a multipolygon's one
    // polygon starts after its mark, type and part count (9 bytes).
    constexpr unsigned char kLittle = 1;
    if (!kLittleEndianMachine || size < 10 || wkb[0] != kLittle)
        return false;
    WkbCursor cursor(wkb, size);
    std::uint32_t type = 0;
    return cursor.byteOrder() && cursor.uint32(type) && (type == kWkbPolygon || (type == kWkbMultiPolygon && wkb[9] == kLittle));
}

bool ringCertainlySimple(const PlanarRing& ring, std::size_t maxSegments)
{
    const std::size_t segments = ring.pointCount() - 1;
    if (ring.pointCount() < 4 || segments > maxSegments)
        return false;
    // Parcels have a few dozen corners at most: their segments on the stack, not the heap.
    constexpr std::size_t kOnStack = 64;
    Segment onStack[kOnStack];
    std::vector<Segment> onHeap(segments > kOnStack ? segments : 0);
    Segment* const edges = segments > kOnStack ? onHeap.data() : onStack;
    for (std::size_t i = 0; i < segments; ++i)
        edges[i] = {ring.x(i), ring.y(i), ring.x(i + 1), ring.y(i + 1)};
    for (std::size_t i = 0; i < segments; ++i) {
        // Neighbours meet only at their shared point when they certainly turn there.
        const Segment& here = edges[i];
        const Segment& next = edges[(i + 1) % segments];
        if (certainTurn(here.ax, here.ay, here.bx, here.by, next.bx, next.by) == 0)
            return false;
        for (std::size_t j = i + 2; j < segments; ++j) {
            if (i == 0 && j == segments - 1)
                continue;  // the closing neighbour, already tested
            if (!certainlyApart(here, edges[j]))
                return false;
        }
    }
    return true;
}

double ringArea(const PlanarRing& ring)
{
    // GEOS 3.11 algorithm::Area::ofRingSigned, operation for operation.
    const std::size_t n = ring.pointCount();
    if (n < 3)
        return 0.0;
    const double x0 = ring.x(0);
    double sum = 0.0;
    for (std::size_t i = 1; i < n - 1; ++i)
        sum += (ring.x(i) - x0) * (ring.y(i - 1) - ring.y(i + 1));
    return std::fabs(sum / 2.0);
}

Envelope ringEnvelope(const PlanarRing& ring)
{
    Envelope box;
    for (std::size_t i = 0; i < ring.pointCount(); ++i)
        box.expandToInclude(ring.x(i), ring.y(i));
    return box;
}

double pointToSegmentDistance(double px, double py, double ax, double ay, double bx, double by)
{
    // GEOS 3.11 algorithm::Distance::pointToSegment, operation for operation.
    auto pointDistance = [px, py](double qx, double qy) {
        const double dx = px - qx;
        const double dy = py - qy;
        return std::sqrt(dx * dx + dy * dy);
    };
    if (ax == bx && ay == by)
        return pointDistance(ax, ay);
    const double length2 = (bx - ax) * (bx - ax) + (by - ay) * (by - ay);
    const double r = ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / length2;
    if (r <= 0.0)
        return pointDistance(ax, ay);
    if (r >= 1.0)
        return pointDistance(bx, by);
    const double s = ((ay - py) * (bx - ax) - (ax - px) * (by - ay)) / length2;
    return std::fabs(s) * std::sqrt(length2);
}

}  // namespace pearlzone::gis
