// Hostile inputs through the real readers and the real check (SPEC section 8): never a crash
// or a hang, a message naming the file, memory bounded by the batch. Sizes here are kept to
// what a unit test may take; scripts/bench-hostile.sh runs the full-size ones and measures.
#include "core/batch_check.h"
#include "core/check_errors.h"
#include "core/parcel_checker.h"
#include "gis/error.h"

#include <cpl_conv.h>

#include "pearlzone_catch.h"
#include "temp_dir.h"
#include "test_data.h"

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <string>

using namespace pearlzone;
using pearlzone::test::squareZones;

namespace {

constexpr double kPi = 3.14159265358979323846;

// Checks a parcel file against the square test zones; what it throws is the caller's.
std::vector<core::CheckedParcel> checkFile(const std::string& path, const std::string& crs = {})
{
    core::ParcelInputOptions input;
    input.source = path;
    input.crs = crs;
    auto source = core::ParcelSource::open(input);
    core::CollectingSink sink(false);
    core::runBatchCheck(squareZones(), source, {}, sink);
    return sink.parcels();
}

std::string nested(const std::string& open, const std::string& inner, const std::string& close, int depth)
{
    std::string text;
    for (int i = 0; i < depth; ++i)
        text += open;
    text += inner;
    for (int i = 0; i < depth; ++i)
        text += close;
    return text;
}

}  // namespace

TEST_CASE("deeply nested GeoJSON is refused or checked as unusable, never a crash", "[hostile]")
{
    const test::TempDir dir;
    const std::string feature =
        R"({"type":"Feature","properties":{"parcel_id":"deep","industry":"人工智能"},"geometry":)";
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"arrays.geojson", R"({"type":"Polygon","coordinates":)" + nested("[", "430100,2550100", "]", 200000) + "}"},
        {"collections.geojson", nested(R"({"type":"GeometryCollection","geometries":[)",
                                       R"({"type":"Point","coordinates":[430100,2550100]})", "]}", 20000)},
        {"objects.geojson", nested(R"({"a":)", "1", "}", 200000)},
    };
    for (const auto& [name, geometry] : cases) {
        INFO(name);
        const std::string path = dir.file(name);
        std::ofstream(path) << R"({"type":"FeatureCollection","features":[)" << feature << geometry << "}]}";
        try {
            for (const auto& parcel : checkFile(path, "EPSG:4547")) {
                CHECK(parcel.result.verdict == core::Verdict::Error);
                CHECK_FALSE(parcel.result.reason.empty());
            }
        } catch (const std::exception& error) {
            CHECK(std::string(error.what()).find(name) != std::string::npos);
        }
    }
}

TEST_CASE("a CSV line longer than GDAL reads is refused with a message naming the file", "[hostile]")
{
    // GDAL's CSV reader gives up on a line at OGR_CSV_MAX_LINE_SIZE bytes (10 MB by default),
    // holding at most that much. Lowered to 1 MB here, this 1.2 MB line stands for the 2 GB
    // one of scripts/bench-hostile.sh (run at the default, with peak memory measured); at
    // 10 MB GDAL's line buffer, grown a little at a time, takes minutes under ASan's realloc.
    CPLSetConfigOption("OGR_CSV_MAX_LINE_SIZE", "1000000");
    const test::TempDir dir;
    const std::string path = dir.file("一行.csv");
    {
        std::ofstream out(path);
        out << "parcel_id,industry,WKT\nlong,人工智能,\"POLYGON ((430100 2550100";
        for (int i = 0; i < 80000; ++i)
            out << ",430150 2550150";
        out << ",430100 2550100))\"\nshort,人工智能,\"POLYGON ((430100 2550100,430200 2550100,430200 2550200,430100 2550100))\"\n";
    }
    std::string message;
    try {
        checkFile(path, "EPSG:4547");
    } catch (const std::exception& error) {
        message = error.what();
    }
    CPLSetConfigOption("OGR_CSV_MAX_LINE_SIZE", nullptr);
    CHECK(message.find("一行.csv") != std::string::npos);
}

TEST_CASE("a parcel with a million vertices is checked like its simple outline", "[hostile]")
{
    // A circle of radius 40 m around (430200, 2550200) in the square Pazhou sub-area (clear of its hole):
    // wholly inside, area close to pi r^2.
    const double r = 40.0;
    const int vertices = 1000000;
    std::vector<double> ring;
    ring.reserve(2 * (vertices + 1));
    for (int i = 0; i <= vertices; ++i) {
        const double angle = 2 * kPi * (i % vertices) / vertices;
        ring.push_back(430200 + r * std::cos(angle));
        ring.push_back(2550200 + r * std::sin(angle));
    }
    const core::ParcelChecker checker(squareZones(), {});
    const auto result = checker.check("circle", gis::Geometry::polygon(ring), "人工智能");
    INFO(result.reason << " [" << result.geometryNote << "]");
    CHECK(result.verdict == core::Verdict::Pass);
    CHECK(result.zoneId == "pazhou_core");
    CHECK(result.insideRatio == Approx(1.0));
    CHECK(result.areaM2 == Approx(kPi * r * r).epsilon(1e-6));
}

TEST_CASE("a zones layer of thousands of pieces loads and checks by the pieces' area", "[hostile]")
{
    // Finance City as squares of 3 m, 4 m apart (1 m gaps), 100 to a row: 5,000 pieces here,
    // PEARLZONE_ZONE_PIECES=50000 in scripts/bench-hostile.sh (about 11 s of CPU, too slow
    // for the suite).
    const char* wanted = std::getenv("PEARLZONE_ZONE_PIECES");
    const int pieces = wanted ? std::atoi(wanted) : 5000;
    const int rows = pieces / 100;
    const test::TempDir dir;
    const std::string path = dir.file("碎片.geojson");
    {
        std::ofstream out(path);
        out << R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4547"}},"features":[)";
        for (int i = 0; i < 100; ++i) {
            for (int j = 0; j < rows; ++j) {
                const int x = 432000 + 4 * i;
                const int y = 2550000 + 4 * j;
                out << (i || j ? "," : "")
                    << R"({"type":"Feature","properties":{"zone_id":"ifc","subarea_id":"","name_zh":"金融城片区","name_en":"Finance City"},)"
                    << R"("geometry":{"type":"Polygon","coordinates":[[[)" << x << "," << y << "],[" << x + 3 << "," << y
                    << "],[" << x + 3 << "," << y + 3 << "],[" << x << "," << y + 3 << "],[" << x << "," << y << "]]]}}";
            }
        }
        out << "]}";
    }
    core::PilotZoneData data;
    data.zones = core::ZoneSet::load(path);
    data.catalogue = squareZones().catalogue;
    data.designations = core::DesignationTable::load(std::string(PEARLZONE_DATA_DIR) + "/designations.csv", data.catalogue);
    REQUIRE(data.zones.zones().size() == 1);
    CHECK(data.zones.zones()[0].areaM2 == Approx(100 * rows * 9.0));
    // A 40 m square over the first 10 x 10 pieces: 100 x 9 m² of its 1,600 m² inside.
    const core::ParcelChecker checker(data, {});
    const auto result = checker.check("over-pieces", gis::Geometry::rectangle({432000, 2550000, 432040, 2550040}), "区块链");
    CHECK(result.zoneId == "ifc");
    CHECK(result.insideRatio == Approx(900.0 / 1600.0).epsilon(1e-9));
    CHECK(result.location == core::Location::Partial);
}
