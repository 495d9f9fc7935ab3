// The fast path's ring predicates against GEOS (issue 16): many random rings, most of them
// near-degenerate (vertices snapped to a coarse lattice, so that collinear edges, touching
// vertices, repeated points and spikes are common), with a fixed seed. A ring called
// certainly simple must be valid for GEOS; area, envelope and point-to-segment distance
// must be GEOS's to the last bit.
#include "gis/geometry.h"
#include "gis/planar_ring.h"

#include "pearlzone_catch.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <random>

using namespace pearlzone;

namespace {

constexpr double kPi = 3.14159265358979323846;  // M_PI is not standard (MSVC lacks it)

// A ring of n corners near (x0, y0): on a lattice of the given step (degenerate cases), or
// anywhere (general position); sometimes star-shaped around its centre (mostly simple).
std::vector<double> randomRing(std::mt19937_64& random, int n, double step, bool starShaped)
{
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const double x0 = 430000.0 + 5000.0 * unit(random);
    const double y0 = 2550000.0 + 5000.0 * unit(random);
    std::vector<double> xy;
    for (int i = 0; i < n; ++i) {
        double dx = 0.0;
        double dy = 0.0;
        if (starShaped) {
            const double angle = 2.0 * kPi * (i + 0.8 * unit(random)) / n;
            const double radius = 10.0 + 90.0 * unit(random);
            dx = radius * std::cos(angle);
            dy = radius * std::sin(angle);
        } else {
            dx = 100.0 * unit(random);
            dy = 100.0 * unit(random);
        }
        if (step > 0.0) {
            dx = std::round(dx / step) * step;
            dy = std::round(dy / step) * step;
        }
        xy.push_back(x0 + dx);
        xy.push_back(y0 + dy);
    }
    xy.push_back(xy[0]);
    xy.push_back(xy[1]);
    return xy;
}

// A little-endian polygon's WKB in big-endian order: byte-order mark 0, each field reversed.
std::vector<unsigned char> bigEndianPolygon(const std::vector<unsigned char>& little)
{
    std::vector<unsigned char> big{0};
    auto reversed = [&](std::size_t at, int size) {
        for (int b = size - 1; b >= 0; --b)
            big.push_back(little[at + static_cast<std::size_t>(b)]);
    };
    reversed(1, 4);  // type
    reversed(5, 4);  // rings
    reversed(9, 4);  // points
    for (std::size_t at = 13; at + 8 <= little.size(); at += 8)
        reversed(at, 8);
    return big;
}

}  // namespace

TEST_CASE("fast ring predicates agree with GEOS on random and near-degenerate rings", "[gis][fast-path]")
{
    std::mt19937_64 random(16);
    int simple = 0;
    int invalid = 0;
    int refusedValid = 0;
    for (int trial = 0; trial < 40000; ++trial) {
        const int n = 3 + static_cast<int>(random() % 10);
        const double step = trial % 4 == 0 ? 0.0 : trial % 4 == 1 ? 1e-9 : trial % 4 == 2 ? 10.0 : 25.0;
        const bool starShaped = trial % 3 != 0;
        gis::PlanarRing ring;
        ring.xy = randomRing(random, n, step, starShaped);
        const gis::Geometry polygon = gis::Geometry::polygon(ring.xy);
        INFO(polygon.toWkt());

        // Decoding the WKB GEOS writes gives back the very coordinates.
        gis::PlanarRing decoded;
        const std::vector<unsigned char> wkb = polygon.toWkb();
        REQUIRE(gis::decodeSingleRingPolygon(wkb.data(), wkb.size(), decoded));
        REQUIRE(decoded.xy == ring.xy);

        CHECK(gis::ringArea(ring) == polygon.area());
        const gis::Envelope box = gis::ringEnvelope(ring);
        const gis::Envelope geosBox = polygon.envelope();
        CHECK((box.minX == geosBox.minX && box.minY == geosBox.minY && box.maxX == geosBox.maxX && box.maxY == geosBox.maxY));

        const bool valid = polygon.isValid();
        if (gis::ringCertainlySimple(ring)) {
            ++simple;
            CHECK(valid);
        } else if (valid) {
            ++refusedValid;
        } else {
            ++invalid;
        }
    }
    // Both kinds occur often, and most valid rings are taken.
    CHECK(simple > 15000);
    CHECK(invalid > 5000);
    CHECK(refusedValid < simple);
}

TEST_CASE("WKB the fast path cannot take is left to GEOS", "[gis][fast-path]")
{
    gis::PlanarRing ring;
    auto decodes = [&](const char* wkt) {
        const std::vector<unsigned char> wkb = gis::Geometry::fromWkt(wkt).toWkb();
        return gis::decodeSingleRingPolygon(wkb.data(), wkb.size(), ring);
    };
    CHECK(decodes("POLYGON ((0 0, 1 0, 1 1, 0 0))"));
    CHECK(decodes("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))"));
    CHECK_FALSE(decodes("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))"));
    CHECK_FALSE(decodes("POLYGON ((0 0, 9 0, 9 9, 0 0), (1 1, 2 1, 2 2, 1 1))"));
    std::vector<unsigned char> withZ = gis::Geometry::fromWkt("POLYGON ((0 0, 1 0, 1 1, 0 0))").toWkb();
    REQUIRE(withZ[0] == 1);  // little-endian: the type follows as 3, 0, 0, 0
    withZ[1] = 0xEB;         // ISO WKB 1003, a polygon with Z (its points would be longer too)
    withZ[2] = 0x03;
    CHECK_FALSE(gis::decodeSingleRingPolygon(withZ.data(), withZ.size(), ring));
    CHECK_FALSE(decodes("POINT (1 2)"));
    CHECK_FALSE(decodes("POLYGON EMPTY"));
    // Big-endian WKB of POLYGON ((0 0, 1 0, 1 1, 0 0)) decodes too; truncated WKB does not.
    std::vector<unsigned char> big = {0, 0, 0, 0, 3, 0, 0, 0, 1, 0, 0, 0, 4};
    for (double v : {0.0, 0.0, 1.0, 0.0, 1.0, 1.0, 0.0, 0.0}) {
        std::uint64_t bits = 0;
        std::memcpy(&bits, &v, sizeof bits);
        for (int i = 7; i >= 0; --i)
            big.push_back(static_cast<unsigned char>(bits >> (8 * i)));
    }
    CHECK(gis::decodeSingleRingPolygon(big.data(), big.size(), ring));
    CHECK(ring.xy == std::vector<double>{0, 0, 1, 0, 1, 1, 0, 0});
    CHECK_FALSE(gis::decodeSingleRingPolygon(big.data(), big.size() - 1, ring));
}

TEST_CASE("WKB said to be as GEOS writes it is GEOS's own output for it, byte for byte", "[gis][fast-path]")
{
    std::mt19937_64 random(20261128);
    gis::PlanarRing ring;
    int copied = 0;
    for (int i = 0; i < 500; ++i) {
        const std::vector<double> xy = randomRing(random, 4 + i % 30, i % 2 ? 0.5 : 0.0, i % 3 == 0);
        std::string polygon = "POLYGON ((";
        for (std::size_t p = 0; p < xy.size(); p += 2)
            polygon += (p ? ", " : "") + std::to_string(xy[p]) + " " + std::to_string(xy[p + 1]);
        polygon += "))";
        const std::string wkt = i % 4 == 1 ? "MULTIPOLYGON (" + polygon.substr(8) + ")" : polygon;
        std::vector<unsigned char> wkb = gis::Geometry::fromWkt(wkt).toWkb();
        if (i % 5 == 2)  // decoded too, but not what GEOS writes on this machine
            wkb = bigEndianPolygon(gis::Geometry::fromWkt(polygon).toWkb());
        REQUIRE(gis::decodeSingleRingPolygon(wkb.data(), wkb.size(), ring));
        const std::vector<unsigned char> roundTrip = gis::Geometry::fromWkb(wkb).toWkb();
        if (gis::wkbAsGeosWrites(wkb.data(), wkb.size())) {
            ++copied;
            CHECK(roundTrip == wkb);
        } else {
            CHECK(i % 5 == 2);
            CHECK(roundTrip != wkb);
        }
    }
    CHECK(copied == 400);
}

TEST_CASE("point-to-segment distance is GEOS's to the last bit", "[gis][fast-path]")
{
    std::mt19937_64 random(4547);
    std::uniform_real_distribution<double> coordinate(0.0, 3000.0);
    // Coordinates as their WKT text says them, so that GEOS holds the very same doubles.
    auto next = [&](double origin) { return std::stod(std::to_string(origin + coordinate(random))); };
    for (int trial = 0; trial < 20000; ++trial) {
        const double ax = next(430000), ay = next(2550000);
        const bool zeroLength = trial % 10 == 0;
        const double bx = zeroLength ? ax : next(430000), by = zeroLength ? ay : next(2550000);
        const double px = next(430000), py = next(2550000);
        const gis::Geometry segment = gis::Geometry::fromWkt("LINESTRING (" + std::to_string(ax) + " " + std::to_string(ay) +
                                                             ", " + std::to_string(bx) + " " + std::to_string(by) + ")");
        CHECK(gis::pointToSegmentDistance(px, py, ax, ay, bx, by) == segment.distance(gis::Geometry::point(px, py)));
    }
}
