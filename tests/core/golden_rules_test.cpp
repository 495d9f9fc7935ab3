// Golden folders: tests/data/rules/<case>/{parcels.geojson, expected.csv} and any constraint
// layers constraints-*.geojson (loaded in name order), answers worked out by hand against the
// square zones in tests/data/rules/zones.geojson (see its README).
#include "core/batch_check.h"
#include "core/data_table.h"
#include "core/pilot_zone_data.h"
#include "core/report_writer.h"
#include "gis/utf8_path.h"

#include "pearlzone_catch.h"
#include "test_data.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <algorithm>
#include <map>

using namespace pearlzone;
using pearlzone::test::squareZones;

namespace {

const std::string kRules = std::string(PEARLZONE_TEST_DATA_DIR) + "/rules";

std::string ratio(double value)
{
    char text[16];
    std::snprintf(text, sizeof text, "%.4f", value);
    return text;
}

}  // namespace

// Each folder is its own CTest row (tests/core/CMakeLists.txt runs this test case once per
// folder with PEARLZONE_GOLDEN_CASE set); run by hand without it, it checks them all.
TEST_CASE("golden rule cases give the hand-computed answers", "[core][check][golden][.]")
{
    const char* only = std::getenv("PEARLZONE_GOLDEN_CASE");
    if (only)
        REQUIRE(std::filesystem::is_directory(gis::pathFromUtf8(kRules + "/" + only)));
    int cases = 0;
    for (const auto& entry : std::filesystem::directory_iterator(gis::pathFromUtf8(kRules))) {
        const std::string name = gis::pathToUtf8(entry.path().filename());
        if (!entry.is_directory() || (only && name != only))
            continue;
        const std::string folder = gis::pathToUtf8(entry.path());
        core::ParcelInputOptions input;
        input.source = folder + "/parcels.geojson";
        auto source = core::ParcelSource::open(input);
        core::CollectingSink sink(false);
        std::vector<core::ConstraintLayerOptions> layers;
        for (const auto& file : std::filesystem::directory_iterator(entry.path())) {
            const std::string fileName = gis::pathToUtf8(file.path().filename());
            if (fileName.rfind("constraints-", 0) == 0)
                layers.push_back({gis::pathToUtf8(file.path()), {}, std::nullopt, {}, {}});
        }
        std::sort(layers.begin(), layers.end(), [](const auto& a, const auto& b) { return a.source < b.source; });
        const core::ConstraintSet constraints = core::ConstraintSet::load(layers);
        core::BatchCheckOptions options;
        options.threads = 2;
        options.batchSize = 3;  // several batches even for small cases
        options.constraints = layers.empty() ? nullptr : &constraints;
        core::runBatchCheck(squareZones(), source, options, sink);
        // The new columns as the report writes them.
        const auto& columns = core::reportColumns();
        auto cell = [&](const core::ParcelResult& r, const char* column) {
            const auto at = std::find(columns.begin(), columns.end(), column) - columns.begin();
            return core::reportCells(r).at(static_cast<std::size_t>(at));
        };

        const auto expected = core::DataTable::load(folder + "/expected.csv", {"parcel_id", "verdict"});
        REQUIRE(sink.parcels().size() == expected.rowCount());
        for (std::size_t row = 0; row < expected.rowCount(); ++row) {
            const core::ParcelResult& r = sink.parcels()[row].result;
            INFO(name << " / " << expected.value(row, "parcel_id") << ": " << r.reason << " [" << r.geometryNote << "]");
            CHECK(r.parcelId == expected.value(row, "parcel_id"));
            CHECK(r.zoneId == expected.value(row, "zone_id"));
            CHECK(r.subareaId == expected.value(row, "subarea_id"));
            CHECK(ratio(r.insideRatio) == expected.value(row, "inside_ratio"));
            CHECK(core::toString(r.location) == expected.value(row, "location"));
            CHECK(core::toString(r.industryStatus) == expected.value(row, "industry_status"));
            CHECK(core::toString(r.verdict) == expected.value(row, "verdict"));
            CHECK(r.suggestedZones == expected.value(row, "suggested_zones"));
            CHECK(cell(r, "land_use_status") == expected.value(row, "land_use_status"));
            CHECK(cell(r, "constraints") == expected.value(row, "constraints"));
            CHECK(cell(r, "constraint_m2") == expected.value(row, "constraint_m2"));
            CHECK_FALSE(r.reason.empty());
        }
        ++cases;
    }
    CHECK(cases >= (only ? 1 : 7));
}

TEST_CASE("reasons explain the verdict and quote the provenance", "[core][check]")
{
    core::ParcelInputOptions input;
    input.source = kRules + "/industries/parcels.geojson";
    for (const auto language : {core::Language::Chinese, core::Language::English}) {
        auto source = core::ParcelSource::open(input);
        core::CollectingSink sink(false);
        core::BatchCheckOptions options;
        options.settings.language = language;
        core::runBatchCheck(squareZones(), source, options, sink);
        std::map<std::string, std::string> reasons;
        for (const auto& p : sink.parcels())
            reasons[p.result.parcelId] = p.result.reason;
        if (language == core::Language::Chinese) {
            CHECK(reasons["traditional"] ==
                  "地块完全位于鱼珠片区，区块链为该片区指定产业（导则：“鱼珠片区打造以区块链为特色的中国软件名城示范区”）。");
            CHECK(reasons["not-designated"] == "地块完全位于金融城片区，但区块链不是该片区的指定产业，其指定片区为鱼珠片区。");
            CHECK(reasons["unknown"].find("“造船”不在产业目录中") != std::string::npos);
            CHECK(reasons["missing"] == "地块完全位于琶洲核心片区·琶洲，但未填写产业。");  // sub-area name from zone_names.csv
        } else {
            CHECK(reasons["traditional"] ==
                  "The parcel lies wholly in Yuzhu Zone, and Blockchain is designated there (guideline: \"Yuzhu becomes a "
                  "China Software City demonstration zone with blockchain as its hallmark.\").");
            CHECK(reasons["not-designated"] ==
                  "The parcel lies wholly in Finance City, but Blockchain is not designated there: it is designated in Yuzhu Zone.");
        }
    }
}
