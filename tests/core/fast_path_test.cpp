// Issue 16's proof: the fast path and the GEOS-only path write the same report, byte for
// byte, on the golden cases, the bundled sample and generated parcels; and a parcel the fast
// path decides gets exactly the result the GEOS check gives it.
#include "core/batch_check.h"
#include "core/parcel_checker.h"
#include "core/report_writer.h"
#include "gis/geometry.h"
#include "gis/planar_ring.h"
#include "gis/prepared_geometry.h"
#include "tools/datagen/parcel_generator.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"
#include "test_data.h"
#include "environment_variable.h"
#include "synthetic_zones.h"

#include <algorithm>
#include <filesystem>
#include <random>
#include <fstream>
#include <sstream>

using namespace pearlzone;

namespace {

using test::fileText;

struct Report {
    std::string csv;
    std::string nearest;  // "id nearest-zone\n" per parcel outside every zone (not a CSV column)
    std::int64_t strayNearest = 0;  // parcels in a zone (or errors) with a nearest zone: none
    std::int64_t fastPathParcels = 0;
};

// The CSV report, and each parcel's nearest zone beside it.
class NearestAndCsv : public core::CheckSink {
public:
    NearestAndCsv(core::ReportWriter& writer, Report& report) : writer_(writer), report_(report) {}
    bool wantsGeometry() const override { return false; }
    void prepare(core::CheckedParcel& parcel) const override { writer_.prepare(parcel); }
    void write(const std::vector<core::CheckedParcel>& parcels) override
    {
        writer_.write(parcels);
        for (const auto& parcel : parcels) {
            if (parcel.result.location == core::Location::Outside)
                report_.nearest += parcel.result.parcelId + " " + parcel.result.nearestZoneId + "\n";
            else if (!parcel.result.nearestZoneId.empty())
                ++report_.strayNearest;
        }
    }

private:
    core::ReportWriter& writer_;
    Report& report_;
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
        NearestAndCsv sink(writer, report);
        report.fastPathParcels = core::runBatchCheck(data, source, options, sink).fastPathParcels;
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
            CHECK(quick.nearest == geos.nearest);
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
            CHECK(quick.nearest == geos.nearest);
            // Every parcel outside has its nearest zone, and only those: a zone of the data.
            CHECK(std::count(quick.nearest.begin(), quick.nearest.end(), '\n') > 1000);
            CHECK(quick.nearest.find(" \n") == std::string::npos);
            CHECK(quick.nearest.find(" " + data.zones.zones().front().id + "\n") != std::string::npos);
            CHECK(quick.strayNearest + geos.strayNearest == 0);
            // The GeoPackage read through OGR rather than SQLite itself: the same report.
            test::setEnvironmentVariable("PEARLZONE_OGR_ONLY", "1");
            const Report ogr = checkToCsv(data, parcels, dir.file("ogr.csv"), true, settings);
            test::setEnvironmentVariable("PEARLZONE_OGR_ONLY", "0");
            CHECK(ogr.csv == geos.csv);
        }
    }
    SECTION("100,000 generated parcels; straddlers measured without GEOS (issue 16, item 2)")
    {
        datagen::ParcelGeneratorOptions generate;
        generate.count = 100000;
        generate.seed = 100000;
        generate.planarOnly = true;
        const std::string parcels = dir.file("十万地块.gpkg");
        const auto& data = test::bundledData();
        datagen::writeParcels(parcels, data.zones, data.catalogue, generate, {}, &data.designations);
        const Report geos = checkToCsv(data, parcels, dir.file("geos.csv"), false);
        const Report quick = checkToCsv(data, parcels, dir.file("fast.csv"), true);
        CHECK(quick.fastPathParcels > 97000);  // the straddlers too, but for near-ties and odd contacts
        CHECK(quick.csv == geos.csv);
        CHECK(quick.nearest == geos.nearest);
    }
    SECTION("straddlers of saw-toothed, starry and holed zones, at thresholds 0.9 and 0.999")
    {
        const auto synthetic = test::syntheticZones(dir.file("合成片区.geojson"));
        datagen::ParcelGeneratorOptions generate;
        generate.count = 20000;
        generate.seed = 999;
        generate.insideShare = 0.1;
        generate.straddlingShare = 0.8;
        const std::string parcels = dir.file("跨界地块.gpkg");
        datagen::writeParcels(parcels, synthetic->zones, synthetic->catalogue, generate, {}, &synthetic->designations);
        core::CheckSettings english;
        english.language = core::Language::English;
        english.minInside = 0.9;
        core::CheckSettings strict;
        strict.minInside = 0.999;
        for (const auto& settings : {english, strict}) {
            const Report geos = checkToCsv(*synthetic, parcels, dir.file("geos.csv"), false, settings);
            const Report quick = checkToCsv(*synthetic, parcels, dir.file("fast.csv"), true, settings);
            CHECK(quick.fastPathParcels > 15000);
            CHECK(quick.csv == geos.csv);
            CHECK(quick.nearest == geos.nearest);
        }
    }
    SECTION("generated parcels in WGS84: the fast path works on the reprojected coordinates")
    {
        datagen::ParcelGeneratorOptions generate;
        generate.count = 3000;
        generate.seed = 4326;
        generate.crs = "EPSG:4326";
        const std::string parcels = dir.file("经纬度地块.gpkg");
        const auto& data = test::bundledData();
        datagen::writeParcels(parcels, data.zones, data.catalogue, generate, {}, &data.designations);
        const Report geos = checkToCsv(data, parcels, dir.file("geos.csv"), false);
        const Report quick = checkToCsv(data, parcels, dir.file("fast.csv"), true);
        CHECK(quick.fastPathParcels > 1000);
        CHECK(quick.csv == geos.csv);
        CHECK(quick.nearest == geos.nearest);
    }
    SECTION("the bundled sample")
    {
        const std::string parcels = std::string(PEARLZONE_DATA_DIR) + "/sample-parcels.geojson";
        const Report geos = checkToCsv(test::bundledData(), parcels, dir.file("geos.csv"), false);
        const Report quick = checkToCsv(test::bundledData(), parcels, dir.file("fast.csv"), true);
        CHECK(quick.fastPathParcels > 1000);
        CHECK(quick.csv == geos.csv);
        CHECK(quick.nearest == geos.nearest);
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
                            "POLYGON ((434500 2550400, 434600 2550400, 434600 2550500, 434500 2550500, 434500 2550400))",
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
        CHECK(fast->nearestZoneId == slow.nearestZoneId);
        // Outside: pazhou_core's corner (0, -1000) is the nearest to (-4500, -4500); yuzhu's
        // edge x = 4000, 550 m away, to (4550, 450). (Relative to the zones' corner.)
        if (slow.location == core::Location::Outside)
            CHECK(slow.nearestZoneId == (geometry.envelope().minX < 430000 ? "pazhou_core" : "yuzhu"));
        else
            CHECK(slow.nearestZoneId.empty());
    }
    CHECK(decided == 3);  // well inside and well outside; the rest go to GEOS
}

TEST_CASE("the zone grid's certain answers are GEOS's", "[core][fast-path]")
{
    // Random boxes and points over the bundled zones and around them, fixed seed: a box the
    // grid calls inside is covered by the zone for GEOS, one it calls outside does not touch
    // it, and a point's distance to a zone it is certainly outside of is GEOS's prepared
    // distance to the last bit.
    const auto& zones = test::bundledData().zones;
    const core::ZoneGrid grid(zones);
    REQUIRE_FALSE(grid.empty());
    std::vector<gis::PreparedGeometry> shapes;
    for (const auto& zone : zones.zones())
        shapes.emplace_back(gis::Geometry::fromWkb(zone.wkb));
    const gis::Envelope extent = zones.extent();
    std::mt19937_64 random(81);
    std::uniform_real_distribution<double> x(extent.minX - 3000, extent.maxX + 3000);
    std::uniform_real_distribution<double> y(extent.minY - 3000, extent.maxY + 3000);
    std::uniform_real_distribution<double> size(0.0, 150.0);
    int inside = 0, outside = 0, unknown = 0, distances = 0;
    for (int trial = 0; trial < 20000; ++trial) {
        const double x0 = x(random), y0 = y(random);
        const gis::Envelope box{x0, y0, x0 + size(random), y0 + size(random)};
        const std::size_t k = static_cast<std::size_t>(trial) % shapes.size();
        const gis::Geometry rectangle = gis::Geometry::rectangle(box);
        switch (grid.classifyZone(k, box)) {
        case core::CellCover::Inside: ++inside; CHECK(shapes[k].covers(rectangle)); break;
        case core::CellCover::Outside: ++outside; CHECK_FALSE(shapes[k].intersects(rectangle)); break;
        case core::CellCover::Unknown: ++unknown; break;
        }
        if (const auto d = grid.distanceOutside(k, x0, y0)) {
            ++distances;
            CHECK(*d == shapes[k].distance(gis::Geometry::point(x0, y0)));
        }
    }
    CHECK(inside > 500);
    CHECK(outside > 10000);
    CHECK(unknown < 2000);
    CHECK(distances > 10000);
}
