// Land-use classes, the industry × land-use table and the land-use part of the check (SPEC 4.1),
// with answers read off data/land-uses.csv and data/land-use-compatibility.csv by hand.
#include "core/land_use_catalogue.h"
#include "core/land_use_compatibility.h"
#include "core/parcel_checker.h"

#include "pearlzone_catch.h"
#include "test_data.h"

using namespace pearlzone;
using pearlzone::test::bundledData;
using pearlzone::test::squareZones;

namespace {

const core::LandUseCatalogue& landUses() { return bundledData().landUses; }
const core::CompatibilityTable& table() { return bundledData().compatibility; }

std::vector<std::string> codesOf(const std::string& field)
{
    std::vector<std::string> codes;
    for (const auto& part : landUses().resolve(field))
        codes.push_back(part.code);
    return codes;
}

core::Compatibility standing(const std::string& industry, const std::string& landUse)
{
    const core::CompatibilityRule* rule = table().find(industry, landUse);
    REQUIRE(rule != nullptr);
    return rule->compatibility;
}

bool endsWith(const std::string& text, const std::string& tail)
{
    return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

// A 100 m square wholly in pazhou (see tests/data/rules/README.md), where 人工智能 is designated.
const gis::Geometry& squareInPazhou()
{
    static const gis::Geometry square = gis::Geometry::rectangle({430100, 2550100, 430200, 2550200});
    return square;
}

}  // namespace

TEST_CASE("land uses resolve by code and name in both schemes, full-width and mixed", "[core][landuse]")
{
    CHECK(codesOf("0902") == std::vector<std::string>{"0902"});
    CHECK(codesOf("商务金融用地") == std::vector<std::string>{"0902"});
    CHECK(codesOf("b29") == std::vector<std::string>{"B29"});
    CHECK(codesOf(" Ｍ０ ") == std::vector<std::string>{"M0"});
    CHECK(codesOf("新型产业用地") == std::vector<std::string>{"M0"});
    CHECK(codesOf("Business land") == std::vector<std::string>{"B2"});
    CHECK(codesOf("科研用地") == std::vector<std::string>{"0802"});  // A35's name too: the national class first
    CHECK(codesOf("902") == std::vector<std::string>{"0902"});       // a spreadsheet lost the zero
    CHECK(codesOf("0902 商务金融用地") == std::vector<std::string>{"0902"});
    CHECK(codesOf("B29（其他商务用地）") == std::vector<std::string>{"B29"});
    CHECK(codesOf("0902/0901") == std::vector<std::string>{"0902", "0901"});
    CHECK(codesOf("B2+M0") == std::vector<std::string>{"B2", "M0"});
    CHECK(codesOf("B2＋M0") == std::vector<std::string>{"B2", "M0"});
    CHECK(codesOf("R2B1") == std::vector<std::string>{"R2", "B1"});
    CHECK(codesOf("商务金融用地、商业用地") == std::vector<std::string>{"0902", "0901"});
    CHECK(landUses().resolve("  ").empty());

    const core::LandUseMatch typo = landUses().resolveOne("商务金融用帝");
    CHECK(typo.code.empty());
    REQUIRE_FALSE(typo.suggestions.empty());
    CHECK(typo.suggestions.front() == "0902 商务金融用地");
    CHECK(codesOf("Q7") == std::vector<std::string>{""});
    CHECK(codesOf("B2Q") == std::vector<std::string>{""});  // glued codes must all be known

    CHECK(landUses().label("0701", core::Language::Chinese) == "0701 城镇住宅用地");
    CHECK(landUses().label("0701", core::Language::English) == "0701 Urban residential land");
}

TEST_CASE("land-use lineage runs up the tree and across the crosswalk", "[core][landuse]")
{
    CHECK(landUses().lineage("B29") == std::vector<std::string>{"B29", "B2", "0902", "09"});
    CHECK(landUses().lineage("M0") == std::vector<std::string>{"M0", "M", "1001", "10"});
    CHECK(landUses().lineage("090101") == std::vector<std::string>{"090101", "0901", "09"});
    CHECK(landUses().lineage("R2") == std::vector<std::string>{"R2", "R", "07"});
    CHECK(landUses().lineage("E1") == std::vector<std::string>{"E1", "17"});
}

TEST_CASE("the compatibility table holds SPEC 4.1's minimum for every industry", "[core][landuse]")
{
    for (const auto& industry : bundledData().catalogue.industries()) {
        for (const char* landUse : {"07", "0701", "R", "R2", "14", "1401", "G", "G1", "17", "1701", "E1", "01", "0101",
                                    "1207", "S", "S1"}) {
            INFO(industry.code << " on " << landUse);
            CHECK(standing(industry.code, landUse) == core::Compatibility::Incompatible);
        }
        // The table is complete: every class gives every industry an answer.
        for (const auto& landUse : landUses().classes()) {
            INFO(industry.code << " on " << landUse.code);
            CHECK(table().find(industry.code, landUse.code) != nullptr);
        }
    }
    for (const char* office : {"ai", "ai_software", "high_end_software", "software_it_services", "big_data", "cloud_computing",
                               "digital_finance", "fintech", "digital_trade", "digital_creative", "animation_games",
                               "headquarters_economy", "high_end_services", "blockchain"}) {
        for (const char* landUse : {"0902", "B2", "B29", "B21"}) {
            INFO(office << " on " << landUse);
            CHECK(standing(office, landUse) == core::Compatibility::Compatible);
        }
    }
    for (const char* fit : {"ai", "high_end_software", "software_it_services", "basic_software", "industrial_internet",
                            "tech_service_platforms", "public_labs", "digital_factory", "smart_equipment", "ic_components"}) {
        INFO(fit << " on M0");
        CHECK(standing(fit, "M0") == core::Compatibility::Compatible);
    }
}

TEST_CASE("rules are inherited down the industry tree and the land-use tree", "[core][landuse]")
{
    // 大数据 on M0: the row of its parent 云计算与大数据应用.
    const core::CompatibilityRule* bigData = table().find("big_data", "M0");
    REQUIRE(bigData);
    CHECK(bigData->industryCode == "cloud_bigdata_apps");
    // 电商直播 on 090101 零售商业用地: the row of 消费新业态新模式 on 0901.
    const core::CompatibilityRule* retail = table().find("livestream_ecommerce", "090101");
    REQUIRE(retail);
    CHECK(retail->industryCode == "new_consumer_formats");
    CHECK(retail->landUseCode == "0901");
    CHECK(retail->compatibility == core::Compatibility::Compatible);
    // 数字化工厂 on B29: B29 → B2 → 0902, where production is conditional.
    const core::CompatibilityRule* factory = table().find("digital_factory", "B29");
    REQUIRE(factory);
    CHECK(factory->landUseCode == "0902");
    CHECK(factory->compatibility == core::Compatibility::Conditional);
    // Offices on 一类工业用地: conditional, the condition the share of floor area.
    const core::CompatibilityRule* offices = table().find("ai", "M1");
    REQUIRE(offices);
    CHECK(offices->landUseCode == "100101");
    CHECK(offices->compatibility == core::Compatibility::Conditional);
    CHECK(offices->noteZh.find("15%") != std::string::npos);
    CHECK_FALSE(offices->source.empty());
}

TEST_CASE("the land-use status of mixed uses and several industries", "[core][landuse]")
{
    auto status = [](const std::string& field, const std::vector<std::vector<std::string>>& industries) {
        return table().assess(landUses().resolve(field), industries).status;
    };
    CHECK(status("0902", {{"ai"}}) == core::LandUseStatus::Compatible);
    CHECK(status("0701/0902", {{"ai"}}) == core::LandUseStatus::Compatible);  // one part admits it
    CHECK(status("0701/1401", {{"ai"}}) == core::LandUseStatus::Incompatible);
    CHECK(status("M1", {{"ai"}}) == core::LandUseStatus::Conditional);
    CHECK(status("M1+M0", {{"ai"}}) == core::LandUseStatus::Compatible);
    CHECK(status("M0", {{"ai"}, {"unmanned_retail"}}) == core::LandUseStatus::Incompatible);  // every industry must fit
    CHECK(status("0902/0901", {{"ai"}, {"unmanned_retail"}}) == core::LandUseStatus::Compatible);
    CHECK(status("", {{"ai"}}) == core::LandUseStatus::Missing);
    CHECK(status("0902/Q7", {{"ai"}}) == core::LandUseStatus::Unknown);
    // No known industry: judged for any industry of the catalogue.
    const core::LandUseAssessment housing = table().assess(landUses().resolve("0701"), {{}});
    CHECK(housing.status == core::LandUseStatus::Incompatible);
    REQUIRE(housing.industries.size() == 1);
    CHECK(housing.industries.front().industryCode == core::kEveryIndustry);
    // The part that decides is the best for the industry.
    const core::LandUseAssessment mixed = table().assess(landUses().resolve("0701/0902"), {{"ai"}});
    CHECK(mixed.industries.front().landUseCode == "0902");
}

TEST_CASE("the reason names the land use and the rule, in both languages", "[core][landuse][check]")
{
    core::CheckSettings zh;
    const core::ParcelChecker chinese(squareZones(), zh);
    core::CheckSettings en;
    en.language = core::Language::English;
    const core::ParcelChecker english(squareZones(), en);

    const core::ParcelResult housing = chinese.check("p", squareInPazhou(), "人工智能", {}, std::string("0701"));
    CHECK(housing.verdict == core::Verdict::Fail);
    CHECK(housing.landUseStatus == core::LandUseStatus::Incompatible);
    CHECK(housing.landUse == "0701");
    CHECK(housing.landUseCodes == "0701");
    CHECK(endsWith(housing.reason, "；用地性质为0701 城镇住宅用地，不允许人工智能（居住用地只供住宅及其配套设施）。"));
    CHECK(endsWith(english.check("p", squareInPazhou(), "人工智能", {}, std::string("0701")).reason,
                   "; the planned land use 0701 Urban residential land does not admit Artificial intelligence "
                   "(residential land is only for housing and its community facilities)."));

    const core::ParcelResult offices = chinese.check("p", squareInPazhou(), "人工智能", {}, std::string("M1"));
    CHECK(offices.verdict == core::Verdict::Review);
    CHECK(endsWith(offices.reason, "；用地性质为M1 一类工业用地，人工智能（一类工业用地上的办公及生活配套不得超过地方规定的"
                                   "计容建筑面积比例（广州为15%））有条件允许。"));

    const core::ParcelResult fits = english.check("p", squareInPazhou(), "人工智能", {}, std::string("B2+M0"));
    CHECK(fits.verdict == core::Verdict::Pass);
    CHECK(fits.landUseCodes == "B2;M0");
    CHECK(endsWith(fits.reason, "; the planned land use B2 Business land/M0 New-type industrial land admits Artificial intelligence."));

    const core::ParcelResult typo = chinese.check("p", squareInPazhou(), "人工智能", {}, std::string("商务金融用帝"));
    CHECK(typo.landUseStatus == core::LandUseStatus::Unknown);
    CHECK(typo.verdict == core::Verdict::Review);
    CHECK(typo.reason.find("；用地性质“商务金融用帝”无法识别（是否想输入：0902 商务金融用地") != std::string::npos);

    CHECK(endsWith(chinese.check("p", squareInPazhou(), "人工智能", {}, std::string(" ")).reason, "；未填写用地性质。"));

    // Without a land-use field the reason is what it always was.
    const core::ParcelResult plain = chinese.check("p", squareInPazhou(), "人工智能");
    CHECK(plain.landUseStatus == core::LandUseStatus::NotApplicable);
    CHECK(plain.verdict == core::Verdict::Pass);
    CHECK(plain.reason.find("用地") == std::string::npos);
    CHECK(plain.reason == chinese.check("p", squareInPazhou(), "人工智能", {}, std::nullopt).reason);
}
