#include "gis/error.h"
#include "gis/geometry.h"
#include "gis/spatial_index.h"

#include "pearlzone_catch.h"

using pearlzone::gis::Envelope;
using pearlzone::gis::SpatialIndex;

TEST_CASE("the spatial index finds exactly the boxes that meet the query", "[gis][index]")
{
    SpatialIndex index;
    // A 10 x 10 grid of half-unit boxes; box (i, j) spans [i, i+0.5] x [j, j+0.5].
    for (int i = 0; i < 10; ++i) {
        for (int j = 0; j < 10; ++j)
            index.insert(Envelope{double(i), double(j), i + 0.5, j + 0.5}, std::size_t(i * 10 + j));
    }
    CHECK(index.size() == 100);
    // x in [2.2, 4.1] meets i = 2, 3, 4; y in [3.2, 4.1] meets j = 3, 4.
    const auto found = index.query(Envelope{2.2, 3.2, 4.1, 4.1});
    CHECK(found == std::vector<std::size_t>{23, 24, 33, 34, 43, 44});
    CHECK(index.query(Envelope{20, 20, 30, 30}).empty());
    CHECK(index.query(Envelope{}).empty());
}

TEST_CASE("geometries are indexed by their envelope", "[gis][index]")
{
    SpatialIndex index;
    index.insert(pearlzone::gis::Geometry::fromWkt("LINESTRING (0 0, 10 10)"), 7);
    index.insert(pearlzone::gis::Geometry::fromWkt("POLYGON EMPTY"), 8);  // never found
    CHECK(index.size() == 1);
    CHECK(index.query(Envelope{9, 0, 11, 1}) == std::vector<std::size_t>{7});  // envelope only
    CHECK_THROWS_AS(index.insert(Envelope{0, 0, 1, 1}, 9), pearlzone::gis::Error);
}
