// render::ParcelLayer: the compact form gives back each parcel's WKB byte for byte, its rings,
// box and verdict, and its grid index finds exactly the boxes a brute-force scan finds.
#include "render/parcel_layer.h"

#include "pearlzone_catch.h"

#include <cstring>
#include <random>

using namespace pearlzone;

namespace {

// Little-endian WKB written here by hand (independently of the layer's writer).
void put(std::vector<unsigned char>& out, std::uint32_t v)
{
    unsigned char b[4];
    std::memcpy(b, &v, 4);
    out.insert(out.end(), b, b + 4);
}
void put(std::vector<unsigned char>& out, double v)
{
    unsigned char b[8];
    std::memcpy(b, &v, 8);
    out.insert(out.end(), b, b + 8);
}
std::vector<unsigned char> polygonWkb(const std::vector<std::vector<std::pair<double, double>>>& rings, bool header = true)
{
    std::vector<unsigned char> out;
    if (header) {
        out.push_back(1);
        put(out, std::uint32_t(3));
    }
    put(out, static_cast<std::uint32_t>(rings.size()));
    for (const auto& ring : rings) {
        put(out, static_cast<std::uint32_t>(ring.size()));
        for (const auto& [x, y] : ring) {
            put(out, x);
            put(out, y);
        }
    }
    return out;
}
std::vector<std::pair<double, double>> square(double x, double y, double size)
{
    return {{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}, {x, y}};
}

}  // namespace

TEST_CASE("a parcel layer gives back every parcel's WKB byte for byte, with its rings, box and verdict", "[render][layer]")
{
    const std::vector<unsigned char> withHole = polygonWkb({square(500000.1, 2500000.2, 100), square(500010, 2500010, 10)});
    std::vector<unsigned char> multi{1};
    put(multi, std::uint32_t(6));
    put(multi, std::uint32_t(2));
    for (double x : {501000.0, 502000.0}) {
        const auto part = polygonWkb({square(x, 2501000, 50)});
        multi.insert(multi.end(), part.begin(), part.end());
    }
    std::vector<unsigned char> point{1};
    put(point, std::uint32_t(1));
    put(point, 503000.5);
    put(point, 2503000.25);
    render::ParcelLayer layer(QStringLiteral("地块"));
    layer.appendWkb(withHole, core::Verdict::Pass);
    layer.appendWkb(multi, core::Verdict::Fail);
    layer.appendWkb(point, std::nullopt);
    layer.appendWkb({}, core::Verdict::Error);  // no geometry: an empty parcel, still counted
    layer.appendWkb({0x07, 0x01}, core::Verdict::Error);  // damaged
    layer.finish();

    REQUIRE(layer.size() == 5);
    CHECK(layer.wkb(0) == withHole);
    CHECK(layer.wkb(1) == multi);
    CHECK(layer.wkb(2) == point);
    CHECK(layer.wkb(3).empty());
    CHECK(layer.wkb(4) == std::vector<unsigned char>{0x07, 0x01});  // kept as it came
    CHECK(layer.ringCount(0) == 2);
    CHECK(layer.ringCount(1) == 2);
    CHECK(layer.ringCount(2) == 0);
    CHECK(layer.ring(0, 1).count == 4);  // closed: the first point is not stored again
    CHECK(layer.ring(0, 1).points[2] == QPointF(500020, 2500020));
    CHECK(layer.box(0).minX == 500000.1);
    CHECK(layer.box(0).maxY == 2500100.2);
    CHECK(layer.box(1).maxX == 502050.0);
    CHECK(layer.point(2) == QPointF(503000.5, 2503000.25));
    CHECK(layer.verdict(1) == core::Verdict::Fail);
    CHECK_FALSE(layer.verdict(2).has_value());
    CHECK(layer.box(3).isEmpty());
    CHECK(layer.box(4).isEmpty());
    const render::ParcelShape shape = layer.shape(0);
    REQUIRE(shape.rings.size() == 2);
    CHECK(shape.rings[0].size() == 5);
    CHECK(shape.verdict == core::Verdict::Pass);
}

TEST_CASE("a parcel layer's index finds exactly the parcels whose boxes meet the query, in order", "[render][layer]")
{
    std::mt19937 random(16);
    std::uniform_real_distribution<double> where(0, 20000), size(1, 300);
    render::ParcelLayer layer(QStringLiteral("parcels"));
    std::vector<gis::Envelope> boxes;
    for (int i = 0; i < 20000; ++i) {
        const double x = where(random), y = where(random), s = i % 500 == 0 ? 5000.0 : size(random);  // some very large
        layer.appendWkb(polygonWkb({square(x, y, s)}), core::Verdict::Pass);
        boxes.push_back({x, y, x + s, y + s});
        if (i == 7000)
            layer.appendWkb({}, core::Verdict::Error);  // a parcel without geometry: never found
    }
    boxes.insert(boxes.begin() + 7001, gis::Envelope{});
    layer.finish();
    for (int q = 0; q < 200; ++q) {
        const double x = where(random), y = where(random), w = q % 10 == 0 ? 15000.0 : size(random) * 5;
        const gis::Envelope query{x, y, x + w, y + w * 0.5};
        std::vector<std::size_t> expected;
        for (std::size_t i = 0; i < boxes.size(); ++i)
            if (boxes[i].intersects(query))
                expected.push_back(i);
        REQUIRE(layer.query(query) == expected);
    }
    // The whole layer in view: every parcel with a box, in order.
    std::vector<std::size_t> every;
    for (std::size_t i = 0; i < boxes.size(); ++i)
        if (i != 7001)
            every.push_back(i);
    CHECK(layer.query(gis::Envelope{-1e9, -1e9, 1e9, 1e9}) == every);
}
