#include "gis/error.h"
#include "gis/prepared_geometry.h"

#include "pearlzone_catch.h"

using pearlzone::gis::Geometry;
using pearlzone::gis::PreparedGeometry;

TEST_CASE("prepared predicates agree with the plain ones", "[gis][prepared]")
{
    PreparedGeometry zone(Geometry::fromWkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4))"));
    const Geometry inside = Geometry::fromWkt("POLYGON ((1 1, 2 1, 2 2, 1 2, 1 1))");
    const Geometry straddling = Geometry::fromWkt("POLYGON ((9 1, 11 1, 11 2, 9 2, 9 1))");
    const Geometry inHole = Geometry::fromWkt("POLYGON ((4.5 4.5, 5.5 4.5, 5.5 5.5, 4.5 5.5, 4.5 4.5))");
    const Geometry edgePoint = Geometry::point(0, 5);

    CHECK(zone.covers(inside));
    CHECK(zone.containsProperly(inside));
    CHECK_FALSE(zone.covers(straddling));
    CHECK(zone.intersects(straddling));
    CHECK_FALSE(zone.intersects(inHole));  // a parcel over the zone's hole
    CHECK(zone.covers(edgePoint));
    CHECK_FALSE(zone.containsProperly(edgePoint));
    for (const Geometry* g : {&inside, &straddling, &inHole, &edgePoint}) {
        CHECK(zone.covers(*g) == zone.geometry().covers(*g));
        CHECK(zone.intersects(*g) == zone.geometry().intersects(*g));
    }
    CHECK(zone.envelope().maxX == 10.0);
}

TEST_CASE("a prepared geometry keeps working after a move", "[gis][prepared]")
{
    PreparedGeometry original(Geometry::fromWkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"));
    CHECK(original.covers(Geometry::point(0.5, 0.5)));  // builds GEOS's lazy index
    PreparedGeometry moved = std::move(original);
    CHECK(moved.covers(Geometry::point(0.5, 0.5)));
    CHECK_FALSE(moved.covers(Geometry::point(1.5, 0.5)));
}

TEST_CASE("preparing nothing is an error", "[gis][prepared]")
{
    CHECK_THROWS_AS(PreparedGeometry(Geometry()), pearlzone::gis::Error);
}

TEST_CASE("prepared distance matches the plain one", "[gis][prepared]")
{
    PreparedGeometry square(Geometry::fromWkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"));
    CHECK(square.distance(Geometry::point(13, 14)) == Approx(5.0));  // 3-4-5 from the corner
    CHECK(square.distance(Geometry::point(5, 5)) == 0.0);
    CHECK(square.distance(Geometry::point(-2, 5)) == Approx(Geometry::point(-2, 5).distance(square.geometry())));
}
