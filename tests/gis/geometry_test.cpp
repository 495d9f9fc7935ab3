// Expected values are worked out by hand from the shapes' coordinates.
#include "gis/error.h"
#include "gis/geometry.h"

#include "pearlzone_catch.h"

using pearlzone::gis::Error;
using pearlzone::gis::Geometry;
using pearlzone::gis::GeometryType;

TEST_CASE("WKT reads and writes back unchanged", "[gis][geometry]")
{
    const Geometry square = Geometry::fromWkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
    CHECK(square.toWkt() == "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
    CHECK(square.type() == GeometryType::Polygon);
    CHECK(square.typeName() == "Polygon");
}

TEST_CASE("WKB round trip preserves the geometry exactly", "[gis][geometry]")
{
    const Geometry original = Geometry::fromWkt("MULTIPOLYGON (((0 0, 3 0, 3 3, 0 0)), ((10 10, 12 10, 12 11, 10 10)))");
    const std::vector<unsigned char> wkb = original.toWkb();
    // 1 byte order + 4 type + 4 count, then per polygon 1 + 4 + 4 rings + 4 points + 4*16.
    CHECK(wkb.size() == 9 + 2 * (1 + 4 + 4 + 4 + 4 * 16));
    const Geometry copy = Geometry::fromWkb(wkb);
    CHECK(copy.equalsExact(original, 0.0));
    CHECK(copy.partCount() == 2);
}

TEST_CASE("areas of hand-computed shapes", "[gis][geometry]")
{
    // 10 x 10 square minus a 2 x 2 hole.
    CHECK(Geometry::fromWkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4))").area() ==
          Approx(96.0));
    // Right triangle with legs 4 and 3.
    CHECK(Geometry::fromWkt("POLYGON ((0 0, 4 0, 0 3, 0 0))").area() == Approx(6.0));
    // A polygon built from an open ring is closed for us.
    CHECK(Geometry::polygon({0, 0, 5, 0, 5, 2, 0, 2}).area() == Approx(10.0));
}

TEST_CASE("intersection and union of half-overlapping squares", "[gis][geometry]")
{
    const Geometry a = Geometry::fromWkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
    const Geometry b = Geometry::fromWkt("POLYGON ((5 0, 15 0, 15 10, 5 10, 5 0))");
    CHECK(a.intersection(b).area() == Approx(50.0));
    CHECK(a.unionWith(b).area() == Approx(150.0));
    CHECK(a.difference(b).area() == Approx(50.0));
    const Geometry far = Geometry::fromWkt("POLYGON ((20 20, 21 20, 21 21, 20 20))");
    CHECK(a.intersection(far).isEmpty());
}

TEST_CASE("covers includes the boundary, intersects finds any contact", "[gis][geometry]")
{
    const Geometry square = Geometry::fromWkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
    CHECK(square.covers(Geometry::point(10, 5)));  // on the edge
    CHECK(square.covers(Geometry::point(5, 5)));
    CHECK_FALSE(square.covers(Geometry::point(10.001, 5)));
    CHECK(square.intersects(Geometry::fromWkt("LINESTRING (10 0, 20 0)")));
    CHECK_FALSE(square.covers(Geometry::fromWkt("POLYGON ((5 5, 15 5, 15 6, 5 6, 5 5))")));
}

TEST_CASE("make-valid repairs a bowtie into its two triangles", "[gis][geometry]")
{
    // The ring crosses itself at (1, 1): two triangles of base 2 and height 1.
    const Geometry bowtie = Geometry::fromWkt("POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))");
    CHECK_FALSE(bowtie.isValid());
    CHECK(bowtie.invalidReason().find("Self-intersection") != std::string::npos);
    const Geometry repaired = bowtie.makeValid();
    CHECK(repaired.isValid());
    CHECK(repaired.area() == Approx(2.0));
    CHECK(repaired.type() == GeometryType::MultiPolygon);
    CHECK(repaired.partCount() == 2);
}

TEST_CASE("polygonal parts drop lines and points from a collection", "[gis][geometry]")
{
    const Geometry mixed = Geometry::fromWkt(
        "GEOMETRYCOLLECTION (POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0)), LINESTRING (5 5, 6 6), POINT (9 9))");
    const Geometry polygons = mixed.polygonalParts();
    CHECK(polygons.type() == GeometryType::MultiPolygon);
    CHECK(polygons.partCount() == 1);
    CHECK(polygons.area() == Approx(4.0));
}

TEST_CASE("envelopes and empty geometries", "[gis][geometry]")
{
    const auto box = Geometry::fromWkt("POLYGON ((1 2, 4 2, 1 7, 1 2))").envelope();
    CHECK(box.minX == 1.0);
    CHECK(box.minY == 2.0);
    CHECK(box.maxX == 4.0);
    CHECK(box.maxY == 7.0);
    const Geometry empty = Geometry::fromWkt("POLYGON EMPTY");
    CHECK(empty.isEmpty());
    CHECK(empty.envelope().isEmpty());
    CHECK(Geometry::rectangle(box).area() == Approx(15.0));
}

TEST_CASE("GEOS errors surface as gis::Error with GEOS's message", "[gis][geometry]")
{
    try {
        Geometry::fromWkt("POLYGON ((0 0, 1 1");
        FAIL("bad WKT was accepted");
    } catch (const Error& error) {
        const std::string message = error.what();
        CHECK(message.find("cannot read WKT") != std::string::npos);
        // GEOS's exception class only in the details (--verbose), not in the message.
        CHECK(message.find("ParseException") == std::string::npos);
        CHECK(error.detail().find("ParseException") != std::string::npos);
    }
    const unsigned char junk[] = {1, 2, 3};
    CHECK_THROWS_AS(Geometry::fromWkb(junk, sizeof junk), Error);
    CHECK_THROWS_AS(Geometry().area(), Error);
}

TEST_CASE("geometries move, and a moved-from geometry is null", "[gis][geometry]")
{
    Geometry a = Geometry::point(1, 2);
    Geometry b = std::move(a);
    CHECK(a.isNull());  // NOLINT(bugprone-use-after-move): moved-from state is specified
    CHECK(b.toWkt() == "POINT (1 2)");
    a = std::move(b);
    CHECK(a.toWkt() == "POINT (1 2)");
}

TEST_CASE("simplification drops vertices within the tolerance only", "[gis][geometry]")
{
    // A square whose bottom edge has a 0.1-deep notch at x = 5 and a 3-deep one at x = 8.
    const Geometry bumpy = Geometry::fromWkt(
        "POLYGON ((0 0, 5 0.1, 7 0, 8 3, 9 0, 10 0, 10 10, 0 10, 0 0))");
    const Geometry simple = bumpy.simplifyPreservingTopology(0.5);
    CHECK(simple.isValid());
    // Notches are triangles: 7 * 0.1 / 2 = 0.35 and 2 * 3 / 2 = 3, cut from 100.
    CHECK(bumpy.area() == Approx(96.65));
    // Only the shallow notch goes.
    CHECK(simple.area() == Approx(97.0));
    CHECK_FALSE(simple.covers(Geometry::point(8, 2.5)));
    CHECK(simple.covers(Geometry::point(5, 0.05)));
}

TEST_CASE("collecting polygons makes a multipolygon that unions to the covered area", "[gis][geometry]")
{
    std::vector<Geometry> squares;
    squares.push_back(Geometry::rectangle({0, 0, 2, 2}));
    squares.push_back(Geometry::rectangle({1, 0, 3, 2}));  // overlaps the first by 1 x 2
    const Geometry collection = Geometry::collect(std::move(squares));
    CHECK(squares.empty());
    CHECK(collection.type() == GeometryType::MultiPolygon);
    CHECK(collection.partCount() == 2);
    CHECK(collection.unaryUnion().area() == Approx(6.0));
    std::vector<Geometry> mixed;
    mixed.push_back(Geometry::point(0, 0));
    mixed.push_back(Geometry::rectangle({0, 0, 1, 1}));
    CHECK(Geometry::collect(std::move(mixed)).type() == GeometryType::GeometryCollection);
}

TEST_CASE("closed polylines become polygons, open ones stay lines", "[gis][geometry]")
{
    const Geometry closed = Geometry::fromWkt("LINESTRING (0 0, 4 0, 4 3, 0 3, 0 0)");
    CHECK(closed.closedLinesAsPolygons().type() == GeometryType::Polygon);
    CHECK(closed.closedLinesAsPolygons().area() == Approx(12.0));
    const Geometry open = Geometry::fromWkt("LINESTRING (0 0, 4 0, 4 3)");
    CHECK(open.closedLinesAsPolygons().type() == GeometryType::LineString);
    const Geometry two = Geometry::fromWkt("MULTILINESTRING ((0 0, 1 0, 1 1, 0 0), (5 5, 7 5, 7 7, 5 7, 5 5))");
    CHECK(two.closedLinesAsPolygons().area() == Approx(0.5 + 4.0));
    CHECK(Geometry::point(0, 0).distance(Geometry::fromWkt("LINESTRING (3 -5, 3 5)")) == Approx(3.0));
}

TEST_CASE("rings and points come out as flat coordinate arrays", "[gis][geometry]")
{
    const auto rings = Geometry::fromWkt(
        "MULTIPOLYGON (((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 1)), ((10 10, 11 10, 11 11, 10 10)))").polygonRings();
    REQUIRE(rings.size() == 2);
    REQUIRE(rings[0].rings.size() == 2);
    CHECK(rings[0].rings[0] == std::vector<double>{0, 0, 4, 0, 4, 4, 0, 4, 0, 0});
    CHECK(rings[0].rings[1] == std::vector<double>{1, 1, 2, 1, 2, 2, 1, 1});
    CHECK(rings[1].rings[0].size() == 8);
    CHECK(Geometry::fromWkt("MULTIPOINT ((1 2), (3 4))").pointCoordinates() == std::vector<double>{1, 2, 3, 4});
    CHECK(Geometry::point(5, 6).polygonRings().empty());
}
