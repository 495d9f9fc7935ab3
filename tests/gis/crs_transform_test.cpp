// Expected coordinates come from PROJ's command-line tools, e.g.
//   echo "23.1 113.3" | cs2cs -f "%.4f" EPSG:4326 EPSG:4547
// (cs2cs takes EPSG:4326 latitude first; our API is always longitude first).
#include "gis/chinese_web_crs.h"
#include "gis/crs_transform.h"
#include "gis/error.h"

#include "pearlzone_catch.h"

#include <cmath>
#include <vector>

using pearlzone::gis::CrsTransform;
using pearlzone::gis::Error;

namespace {
constexpr double kMillimetre = 0.001;
constexpr double kMicroDegree = 1e-6;
}

TEST_CASE("WGS84 and CGCS2000 lon/lat to EPSG:4547 match cs2cs", "[gis][proj]")
{
    for (const char* source : {"EPSG:4326", "EPSG:4490"}) {
        const auto transform = CrsTransform::create(source, "EPSG:4547");
        const auto p = transform.transform(113.3, 23.1);
        CHECK(p.lon == Approx(428285.9562).margin(kMillimetre));
        CHECK(p.lat == Approx(2555783.9288).margin(kMillimetre));
    }
}

TEST_CASE("EPSG:4547 back to lon/lat matches cs2cs", "[gis][proj]")
{
    const auto transform = CrsTransform::create("EPSG:4547", "EPSG:4326");
    const auto p = transform.transform(428286.0, 2555784.0);
    CHECK(p.lon == Approx(113.300000425).margin(1e-9));
    CHECK(p.lat == Approx(23.100000645).margin(1e-9));
}

TEST_CASE("whole arrays transform at once, in several target CRSs", "[gis][proj]")
{
    struct Case {
        const char* target;
        double x;
        double y;
    };
    // The Canton Fair Complex, 113.362 E 23.105 N.
    const Case cases[] = {
        {"EPSG:4547", 434640.3829, 2556308.5799},
        {"EPSG:4526", 38434640.3829, 2556308.5799},  // zone number prefixed to the easting
        {"EPSG:32649", 741921.4807, 2557100.8820},   // UTM 49N
        {"EPSG:3857", 12619400.1153, 2644721.5599},  // web Mercator
    };
    for (const auto& c : cases) {
        const auto transform = CrsTransform::create("EPSG:4326", c.target);
        std::vector<double> x{113.362, 113.3, 113.362};
        std::vector<double> y{23.105, 23.1, 23.105};
        CHECK(transform.transform(x.data(), y.data(), x.size()) == 0);
        INFO(c.target);
        CHECK(x[0] == Approx(c.x).margin(kMillimetre));
        CHECK(y[0] == Approx(c.y).margin(kMillimetre));
        CHECK(x[2] == x[0]);
        CHECK(y[2] == y[0]);
    }
}

TEST_CASE("CRS given as WKT or a PROJ string works like the EPSG code", "[gis][proj]")
{
    const char* wkt = "PROJCRS[\"CGCS2000 / 3-degree Gauss-Kruger CM 114E\",BASEGEOGCRS[\"China Geodetic Coordinate System 2000\",DATUM[\"China 2000\",ELLIPSOID[\"CGCS2000\",6378137,298.257222101,LENGTHUNIT[\"metre\",1]]],PRIMEM[\"Greenwich\",0,ANGLEUNIT[\"degree\",0.0174532925199433]],ID[\"EPSG\",4490]],CONVERSION[\"3-degree Gauss-Kruger CM 114E\",METHOD[\"Transverse Mercator\",ID[\"EPSG\",9807]],PARAMETER[\"Latitude of natural origin\",0,ANGLEUNIT[\"degree\",0.0174532925199433],ID[\"EPSG\",8801]],PARAMETER[\"Longitude of natural origin\",114,ANGLEUNIT[\"degree\",0.0174532925199433],ID[\"EPSG\",8802]],PARAMETER[\"Scale factor at natural origin\",1,SCALEUNIT[\"unity\",1],ID[\"EPSG\",8805]],PARAMETER[\"False easting\",500000,LENGTHUNIT[\"metre\",1],ID[\"EPSG\",8806]],PARAMETER[\"False northing\",0,LENGTHUNIT[\"metre\",1],ID[\"EPSG\",8807]]],CS[Cartesian,2],AXIS[\"northing (X)\",north,ORDER[1],LENGTHUNIT[\"metre\",1]],AXIS[\"easting (Y)\",east,ORDER[2],LENGTHUNIT[\"metre\",1]],USAGE[SCOPE[\"Cadastre, engineering survey, topographic mapping (large scale).\"],AREA[\"China - onshore between 112°30'E and 115°30'E.\"],BBOX[21.52,112.5,45.45,115.5]],ID[\"EPSG\",4547]]";
    const char* projString = "+proj=tmerc +lat_0=0 +lon_0=114 +k=1 +x_0=500000 +y_0=0 +ellps=GRS80 +units=m +no_defs +type=crs";
    for (const char* target : {wkt, projString}) {
        const auto p = CrsTransform::create("EPSG:4326", target).transform(113.3, 23.1);
        CHECK(p.lon == Approx(428285.9562).margin(kMillimetre));
        CHECK(p.lat == Approx(2555783.9288).margin(kMillimetre));
    }
}

TEST_CASE("GCJ-02 and BD-09 sources land on their WGS84 originals", "[gis][proj]")
{
    using namespace pearlzone::gis;
    const LonLat wgs{113.362, 23.105};
    const LonLat gcj = wgs84ToGcj02(wgs);
    const LonLat bd = wgs84ToBd09(wgs);
    const auto direct = CrsTransform::create("EPSG:4326", "EPSG:4547").transform(wgs.lon, wgs.lat);
    const auto fromGcj = CrsTransform::create("GCJ02", "EPSG:4547").transform(gcj.lon, gcj.lat);
    const auto fromBd = CrsTransform::create("bd09", "EPSG:4547").transform(bd.lon, bd.lat);
    CHECK(fromGcj.lon == Approx(direct.lon).margin(kMillimetre));
    CHECK(fromGcj.lat == Approx(direct.lat).margin(kMillimetre));
    CHECK(fromBd.lon == Approx(direct.lon).margin(kMillimetre));
    CHECK(fromBd.lat == Approx(direct.lat).margin(kMillimetre));
    const auto toGcj = CrsTransform::create("EPSG:4326", "GCJ-02").transform(wgs.lon, wgs.lat);
    CHECK(toGcj.lon == Approx(gcj.lon).margin(kMicroDegree * 1e-3));
    CHECK(toGcj.lat == Approx(gcj.lat).margin(kMicroDegree * 1e-3));
}

TEST_CASE("unknown CRSs and impossible points are reported", "[gis][proj]")
{
    try {
        CrsTransform::create("EPSG:999999", "EPSG:4547");
        FAIL("an unknown CRS was accepted");
    } catch (const Error& error) {
        CHECK(std::string(error.what()).find("EPSG:999999") != std::string::npos);
    }
    std::string message;
    CHECK_FALSE(pearlzone::gis::isKnownCrs("not a crs", &message));
    CHECK(message.find("not a crs") != std::string::npos);
    CHECK(pearlzone::gis::isKnownCrs("EPSG:4547"));

    const auto transform = CrsTransform::create("EPSG:4326", "EPSG:4547");
    std::vector<double> x{113.3, 113.3};
    std::vector<double> y{23.1, 95.0};  // no such latitude
    CHECK(transform.transform(x.data(), y.data(), 2) == 1);
    CHECK(std::isfinite(x[0]));
    CHECK(std::isinf(x[1]));
}
