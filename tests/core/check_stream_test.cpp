// The check stream between the app's worker process and the app (core/check_stream.h): what
// goes in comes out, field for field; a cut-short or foreign file is refused, not half read.
#include "core/check_errors.h"
#include "core/check_stream.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"

#include <filesystem>
#include <fstream>

using namespace pearlzone;

TEST_CASE("check stream: parcels, compared results, geometry and summary come back as written", "[core][worker]")
{
    test::TempDir dir;
    const std::string path = dir.file("结果.pzcs");
    core::CheckedParcel first;
    first.result.parcelId = "地块-1";
    first.result.industry = "=人工智能";
    first.result.zoneId = "pazhou_core";
    first.result.insideRatio = 0.1 + 0.2;  // not a round binary number
    first.result.verdict = core::Verdict::Review;
    first.result.landUseStatus = core::LandUseStatus::Conditional;
    first.result.constraintsChecked = true;
    first.result.constraintHits = {{"红线", "鱼珠", "生态保护红线", core::ConstraintRule::Restricted, 12.5}};
    first.wkb = {1, 3, 0, 0, 0, 255};
    core::CheckedParcel second;
    second.result.parcelId = "2";
    second.result.location = core::Location::Outside;
    second.result.nearestZoneId = "ifc";
    second.compared = core::ParcelResult{};
    second.compared->reason = "理由";
    core::BatchSummary summary;
    summary.count(first.result);
    summary.count(second.result);
    summary.total = 2;
    summary.warnings = {"a warning"};
    {
        core::CheckStreamWriter writer(path, "图层", "EPSG:4547");
        writer.write({first});
        CHECK_FALSE(std::filesystem::exists(gis::pathFromUtf8(path)));  // not before it is complete
        writer.write({second});
        writer.finish(summary);
    }
    const core::CheckStream stream = core::readCheckStream(path);
    CHECK(stream.layerName == "图层");
    CHECK(stream.crsLabel == "EPSG:4547");
    REQUIRE(stream.parcels.size() == 2);
    const core::ParcelResult& r = stream.parcels[0].result;
    CHECK(r.parcelId == "地块-1");
    CHECK(r.industry == "=人工智能");
    CHECK(r.insideRatio == 0.1 + 0.2);
    CHECK(r.verdict == core::Verdict::Review);
    CHECK(r.landUseStatus == core::LandUseStatus::Conditional);
    REQUIRE(r.constraintHits.size() == 1);
    CHECK(r.constraintHits[0].kind == "生态保护红线");
    CHECK(r.constraintHits[0].rule == core::ConstraintRule::Restricted);
    CHECK(r.constraintHits[0].areaM2 == 12.5);
    CHECK(stream.parcels[0].wkb == first.wkb);
    CHECK(stream.parcels[0].result.nearestZoneId.empty());
    CHECK(stream.parcels[1].result.nearestZoneId == "ifc");
    CHECK_FALSE(stream.parcels[0].compared);
    REQUIRE(stream.parcels[1].compared);
    CHECK(stream.parcels[1].compared->reason == "理由");
    CHECK(stream.summary.total == 2);
    CHECK(stream.summary.byVerdict.at(core::Verdict::Review) == 1);
    CHECK(stream.summary.byVerdict.at(core::Verdict::Error) == 1);
    CHECK(stream.summary.byZone.at("pazhou_core") == 1);
    CHECK(stream.summary.warnings == std::vector<std::string>{"a warning"});

    // Cut short anywhere, or not ours: refused.
    const auto size = std::filesystem::file_size(gis::pathFromUtf8(path));
    for (auto keep : {size - 1, size / 2, std::uintmax_t(10)}) {
        std::filesystem::resize_file(gis::pathFromUtf8(path), keep);
        CHECK_THROWS_AS(core::readCheckStream(path), core::InputError);
    }
    std::ofstream(gis::pathFromUtf8(path), std::ios::binary) << "parcel_id,verdict\n1,pass\n";
    CHECK_THROWS_AS(core::readCheckStream(path), core::InputError);
    CHECK_THROWS_AS(core::readCheckStream(dir.file("没有.pzcs")), core::InputError);
}
