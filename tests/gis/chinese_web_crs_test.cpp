// Published sample points: wandergis/coordtransform, test/app.js, for input (116.404, 39.915).
// Its inverses are one-step approximations, so ours (iterated to convergence) are checked
// against them only to within a metre, and against the round trip to within a millimetre.
#include "gis/chinese_web_crs.h"

#include "pearlzone_catch.h"

#include <cmath>

using namespace pearlzone::gis;

namespace {
constexpr double kNanoDegree = 1e-9;
// One millimetre in degrees of latitude (longitude degrees are shorter, so this is strict).
constexpr double kMillimetreInDegrees = 0.001 / 111320.0;
}

TEST_CASE("forward formulas reproduce the published sample points", "[gis][gcj02]")
{
    const LonLat gcj = wgs84ToGcj02({116.404, 39.915});
    CHECK(gcj.lon == Approx(116.41024449916938).margin(kNanoDegree));
    CHECK(gcj.lat == Approx(39.91640428150164).margin(kNanoDegree));
    const LonLat bd = gcj02ToBd09({116.404, 39.915});
    CHECK(bd.lon == Approx(116.41036949371029).margin(kNanoDegree));
    CHECK(bd.lat == Approx(39.92133699351021).margin(kNanoDegree));
}

TEST_CASE("inverses agree with the published approximate inverses within a metre", "[gis][gcj02]")
{
    const double metre = 1.0 / 111320.0;
    const LonLat wgs = gcj02ToWgs84({116.404, 39.915});
    CHECK(wgs.lon == Approx(116.39775550083061).margin(2 * metre));
    CHECK(wgs.lat == Approx(39.91359571849836).margin(2 * metre));
    const LonLat gcj = bd09ToGcj02({116.404, 39.915});
    CHECK(gcj.lon == Approx(116.39762729119315).margin(2 * metre));
    CHECK(gcj.lat == Approx(39.90865673957631).margin(2 * metre));
}

TEST_CASE("round trips over the pilot zone are within a millimetre", "[gis][gcj02]")
{
    for (double lon = 113.25; lon <= 113.50; lon += 0.01) {
        for (double lat = 23.00; lat <= 23.15; lat += 0.01) {
            const LonLat wgs{lon, lat};
            const LonLat viaGcj = gcj02ToWgs84(wgs84ToGcj02(wgs));
            const LonLat viaBd = bd09ToWgs84(wgs84ToBd09(wgs));
            CHECK(std::fabs(viaGcj.lon - lon) < kMillimetreInDegrees);
            CHECK(std::fabs(viaGcj.lat - lat) < kMillimetreInDegrees);
            CHECK(std::fabs(viaBd.lon - lon) < kMillimetreInDegrees);
            CHECK(std::fabs(viaBd.lat - lat) < kMillimetreInDegrees);
        }
    }
}

TEST_CASE("offsets in Guangzhou are those the geography notes give", "[gis][gcj02]")
{
    // zone-geography.md: GCJ-02 - WGS84 is about +0.0054 lon, -0.0026 lat here;
    // BD-09 - WGS84 about +0.0120, +0.0031.
    const LonLat wgs{113.36, 23.10};
    const LonLat gcj = wgs84ToGcj02(wgs);
    const LonLat bd = wgs84ToBd09(wgs);
    CHECK(gcj.lon - wgs.lon == Approx(0.0054).margin(0.0003));
    CHECK(gcj.lat - wgs.lat == Approx(-0.0026).margin(0.0003));
    CHECK(bd.lon - wgs.lon == Approx(0.0120).margin(0.0005));
    CHECK(bd.lat - wgs.lat == Approx(0.0031).margin(0.0005));
}

TEST_CASE("outside China no GCJ-02 offset is applied", "[gis][gcj02]")
{
    const LonLat london{-0.1276, 51.5072};
    CHECK(isOutsideChina(london));
    const LonLat same = wgs84ToGcj02(london);
    CHECK(same.lon == london.lon);
    CHECK(same.lat == london.lat);
    CHECK_FALSE(isOutsideChina({113.36, 23.10}));
}
