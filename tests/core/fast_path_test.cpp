// Issue 16's proof: the fast path and the GEOS-only path write the same report, byte for
// byte, on the golden cases, the bundled sample and generated parcels; and a parcel the fast
// path decides gets exactly the result the GEOS check gives it.
#include "core/batch_check.h"
#include "core/parcel_checker.h"
#include "core/report_writer.h"
#include "gis/geometry.h"
#include "gis/planar_ring.h"
#include "tools/datagen/parcel_generator.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"
#include "test_data.h"

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace pearlzone;

namespace {

std::string fileText(const std::string& path)
{
    std::ifstream in(gis::pathFromUtf8(path), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

struct Report {
    std::string csv;
    std::int64_t fastPathParcels = 0;
};

Report checkToCsv(const core::PilotZoneData& data, const std::string& parcels, const std::string& out, bool fastPath,
                  const core::CheckSettings& settings = {}, int threads = 2)
{
    core::ParcelInputOptions input;
    input.source = parcels;
    auto source = core::ParcelSource::open(input);
    Report report;
    {
        core::ReportWriter writer(out);
        core::BatchCheckOptions options;
        options.settings = settings;
        options.threads = threads;
        options.batchSize = 100;
        options.fastPath = fastPath;
        report.fastPathParcels = core::runBatchCheck(data, source, options, writer).fastPathParcels;
        writer.commit();
    }
    report.csv = fileText(out);
    return report;
}

}  // namespace

TEST_CASE("the fast path and GEOS alone write identical reports", "[core][batch][fast-path]")
{
    test::TempDir dir;
    SECTION("golden cases")
    {
        const std::string rules = std::string(PEARLZONE_TEST_DATA_DIR) + "/rules";
        std::int64_t fast = 0;
        for (const char* folder : {"location", "subareas", "industries", "outside", "geometry", "land-use"}) {
            INFO(folder);
            const std::string parcels = rules + "/" + folder + "/parcels.geojson";
            const Report geos = checkToCsv(test::squareZones(), parcels, dir.file("geos.csv"), false);
            const Report quick = checkToCsv(test::squareZones(), parcels, dir.file("fast.csv"), true);
            CHECK(geos.fastPathParcels == 0);
            CHECK(quick.csv == geos.csv);
            fast += quick.fastPathParcels;
        }
        CHECK(fast > 10);  // the path under test was taken
    }
    SECTION("generated parcels: inside, straddling, outside, bowties, points, empty; Chinese and English")
    {
        datagen::ParcelGeneratorOptions generate;
        generate.count = 20000;
        generate.seed = 16;
        generate.brokenShare = 0.02;
        const std::string parcels = dir.file("地块.gpkg");
        const auto& data = test::bundledData();
        datagen::writeParcels(parcels, data.zones, data.catalogue, generate, {}, &data.designations);
        core::CheckSettings english;
        english.language = core::Language::English;
        english.minInside = 0.9;
        for (const auto& settings : {core::CheckSettings{}, english}) {
            const Report geos = checkToCsv(data, parcels, dir.file("geos.csv"), false, settings);
            const Report quick = checkToCsv(data, parcels, dir.file("fast.csv"), true, settings, 1);
            CHECK(quick.fastPathParcels > 10000);
            CHECK(quick.csv.size() > 1000000);
            CHECK(quick.csv == geos.csv);
        }
    }
    SECTION("the bundled sample")
    {
        const std::string parcels = std::string(PEARLZONE_DATA_DIR) + "/sample-parcels.geojson";
        const Report geos = checkToCsv(test::bundledData(), parcels, dir.file("geos.csv"), false);
        const Report quick = checkToCsv(test::bundledData(), parcels, dir.file("fast.csv"), true);
        CHECK(quick.csv == geos.csv);
    }
}

TEST_CASE("a parcel the fast path decides gets the GEOS check's result", "[core][check][fast-path]")
{
    const auto& data = test::squareZones();
    const core::ZoneGrid grid(data.zones);
    REQUIRE_FALSE(grid.empty());
    const core::ParcelChecker withGrid(data, {}, nullptr, &grid);
    const core::ParcelChecker geosOnly(data, {});
    // The square zones of tests/data/rules (see its README; E 430 000, N 2 550 000 is their
    // corner): parcels well inside, well outside, across a boundary, and rings the fast path
    // must leave to GEOS (a bowtie, a repeated point, a straight-through vertex).
    int decided = 0;
    for (const char* wkt : {"POLYGON ((430100 2550100, 430300 2550100, 430300 2550300, 430100 2550300, 430100 2550100))",
                            "POLYGON ((425000 2545000, 426000 2545000, 426000 2546000, 425000 2546000, 425000 2545000))",
                            "POLYGON ((429950 2549950, 430050 2549950, 430050 2550050, 429950 2550050, 429950 2549950))",
                            "POLYGON ((430100 2550100, 430300 2550300, 430300 2550100, 430100 2550300, 430100 2550100))",
                            "POLYGON ((430100 2550100, 430300 2550100, 430300 2550100, 430300 2550300, 430100 2550100))",
                            "POLYGON ((430100 2550100, 430200 2550100, 430300 2550100, 430300 2550300, 430100 2550100))"}) {
        INFO(wkt);
        const gis::Geometry geometry = gis::Geometry::fromWkt(wkt);
        gis::PlanarRing ring;
        REQUIRE(gis::decodeSingleRingPolygon(geometry.toWkb().data(), geometry.toWkb().size(), ring));
        const auto fast = withGrid.checkRing("p", ring, "人工智能", "", std::string("M0"));
        const core::ParcelResult slow = geosOnly.check("p", geometry, "人工智能", "", std::string("M0"));
        if (!fast)
            continue;
        ++decided;
        CHECK(core::reportCells(*fast) == core::reportCells(slow));
    }
    CHECK(decided == 2);  // well inside and well outside; the rest go to GEOS
}
