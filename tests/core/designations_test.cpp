#include "test_data.h"

#include "core/designations.h"
#include "gis/error.h"
#include "gis/utf8_path.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"

#include <fstream>

using namespace pearlzone;
using pearlzone::test::bundledData;

namespace {

bool designated(const char* zone, const char* subarea, const char* code)
{
    return bundledData().designations.find(zone, subarea, code) != nullptr;
}

}  // namespace

TEST_CASE("zone-wide designations apply in every sub-area", "[core][designations][data]")
{
    for (const char* code : {"industrial_internet", "big_data", "ai", "new_gen_it"}) {
        CHECK(designated("pazhou_core", "", code));
        CHECK(designated("pazhou_core", "pazhou", code));
        CHECK(designated("pazhou_core", "university_town", code));
    }
    const auto* d = bundledData().designations.find("pazhou_core", "pazhou", "ai");
    REQUIRE(d);
    CHECK(d->provenanceZh.find("重点发展工业互联网、大数据、人工智能、新一代信息技术") != std::string::npos);
}

TEST_CASE("sub-area designations stay in their sub-area", "[core][designations][data]")
{
    CHECK(designated("pazhou_core", "pazhou", "mobile_internet"));
    CHECK_FALSE(designated("pazhou_core", "university_town", "mobile_internet"));
    CHECK_FALSE(designated("pazhou_core", "", "mobile_internet"));
    CHECK(designated("pazhou_core", "university_town", "smart_healthcare"));
    CHECK_FALSE(designated("pazhou_core", "pazhou", "smart_healthcare"));
}

TEST_CASE("an ancestor's designation covers its descendants, and only them", "[core][designations][data]")
{
    // 车联网 under 物联网及车联网, designated for 琶洲.
    const auto* viaParent = bundledData().designations.find("pazhou_core", "pazhou", "iov");
    REQUIRE(viaParent);
    CHECK(viaParent->industryCode == "iot_iov");
    // The industry's own designation wins over its ancestor's.
    CHECK(bundledData().designations.find("pazhou_core", "pazhou", "smart_expo")->industryCode == "smart_expo");
    // 云计算 counts in 琶洲 through 云计算与大数据应用, and in 大学城 on its own.
    CHECK(designated("pazhou_core", "pazhou", "cloud_computing"));
    CHECK(bundledData().designations.find("pazhou_core", "university_town", "cloud_computing")->industryCode ==
          "cloud_computing");
    CHECK_FALSE(designated("ifc", "", "cloud_computing"));
}

TEST_CASE("broad umbrellas do not spread one place's industries elsewhere", "[core][designations][data]")
{
    // 数字创意 is designated in 琶洲, but 动漫游戏 and 电子竞技 only in the Finance City.
    CHECK(designated("pazhou_core", "pazhou", "digital_creative"));
    CHECK_FALSE(designated("pazhou_core", "pazhou", "animation_games"));
    CHECK(designated("ifc", "", "animation_games"));
    CHECK(designated("ifc", "", "esports"));
    // 区块链 is Yuzhu's hallmark, although AI and new-generation IT are designated in Pazhou.
    CHECK_FALSE(designated("pazhou_core", "pazhou", "blockchain"));
    CHECK(designated("yuzhu", "", "blockchain"));
    const auto places = bundledData().designations.placesFor("blockchain");
    REQUIRE(places.size() == 1);
    CHECK(places.front().zoneId == "yuzhu");
}

TEST_CASE("the article's own reading: IFC is a fintech pilot zone, every zone builds platforms", "[core][designations][data]")
{
    CHECK(designated("ifc", "", "fintech"));
    CHECK(designated("pazhou_core", "pazhou", "fintech"));
    CHECK_FALSE(designated("yuzhu", "", "fintech"));
    for (const char* zone : {"pazhou_core", "ifc", "yuzhu"})
        CHECK(designated(zone, "", "incubation"));
}

TEST_CASE("designations of unknown industries or places are refused", "[core][designations]")
{
    test::TempDir dir;
    const std::string header = "zone_id,subarea_id,industry_code,provenance_zh,provenance_en\n";
    const std::string unknownCode = dir.file("未知产业.csv");
    std::ofstream(gis::pathFromUtf8(unknownCode)) << header << "yuzhu,,shipbuilding,某句,a sentence\n";
    CHECK_THROWS_WITH(core::DesignationTable::load(unknownCode, bundledData().catalogue, &bundledData().zones),
                      Catch::Contains("line 2: the industry code 'shipbuilding' is not in the catalogue"));
    const std::string unknownSubarea = dir.file("未知子区.csv");
    std::ofstream(gis::pathFromUtf8(unknownSubarea)) << header << "yuzhu,changzhou,blockchain,某句,a sentence\n";
    CHECK_THROWS_WITH(core::DesignationTable::load(unknownSubarea, bundledData().catalogue, &bundledData().zones,
                                                   &bundledData().zoneNames),
                      Catch::Contains("the zone 'yuzhu' has no sub-area 'changzhou'"));
}
