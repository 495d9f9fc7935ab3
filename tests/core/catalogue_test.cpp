#include "test_data.h"

#include "core/industry_catalogue.h"
#include "gis/error.h"
#include "gis/utf8_path.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"

#include <fstream>

using namespace pearlzone;
using core::IndustryCatalogue;
using pearlzone::test::bundledData;

namespace {

std::vector<std::string> codesOf(const std::string& text)
{
    std::vector<std::string> codes;
    for (const auto& match : bundledData().catalogue.resolve(text)) {
        for (const auto& code : match.codes)
            codes.push_back(code);
    }
    return codes;
}

void writeText(const std::string& path, const std::string& text)
{
    std::ofstream(gis::pathFromUtf8(path), std::ios::binary) << text;
}

}  // namespace

TEST_CASE("every name of every industry resolves to its code", "[core][catalogue][data]")
{
    const auto& catalogue = bundledData().catalogue;
    REQUIRE(catalogue.industries().size() >= 40);
    for (const auto& industry : catalogue.industries()) {
        INFO(industry.code);
        const std::vector<std::string> own{industry.code};
        CHECK(catalogue.resolveOne(industry.code).codes == own);
        CHECK(catalogue.resolveOne(industry.nameZh).codes == own);
        CHECK(catalogue.resolveOne(industry.nameZhHant).codes == own);
        CHECK(catalogue.resolveOne(industry.nameEn).codes == own);
        for (const auto& alias : industry.aliases) {
            INFO(alias);
            CHECK(catalogue.resolveOne(alias).codes == own);
        }
    }
}

TEST_CASE("names match in any case, full width and with stray spaces", "[core][catalogue]")
{
    CHECK(codesOf("ARTIFICIAL INTELLIGENCE") == std::vector<std::string>{"ai"});
    CHECK(codesOf("  artificial   intelligence ") == std::vector<std::string>{"ai"});
    CHECK(codesOf("ＡＩ") == std::vector<std::string>{"ai"});           // full-width letters
    CHECK(codesOf("区塊鏈") .empty());                                   // mixed forms are not a name
    CHECK(codesOf("區塊鏈") == std::vector<std::string>{"blockchain"});  // Traditional
    CHECK(codesOf("　区块链　") == std::vector<std::string>{"blockchain"});  // ideographic spaces
}

TEST_CASE("several industries in one field, with every listed separator", "[core][catalogue]")
{
    const std::vector<std::string> expected{"ai", "big_data", "blockchain", "fintech", "iot", "esports", "comm_5g"};
    CHECK(codesOf("人工智能;大数据；区块链、金融科技,物联网，电竞/5G") == expected);
    CHECK(codesOf("人工智能 ； 大数据").size() == 2);
    CHECK(codesOf("VR/AR") == std::vector<std::string>{"vr_ar", "vr_ar"});
    CHECK(bundledData().catalogue.resolve("  ;  ； ").empty());
    CHECK(bundledData().catalogue.resolve("").empty());
}

TEST_CASE("GB/T 4754-2017 classes resolve with or without the section letter", "[core][catalogue]")
{
    const auto& catalogue = bundledData().catalogue;
    CHECK(catalogue.resolveOne("I6440").codes == std::vector<std::string>{"cybersecurity"});
    CHECK(catalogue.resolveOne("6440").codes == std::vector<std::string>{"cybersecurity"});
    CHECK(catalogue.resolveOne("r8911").codes == std::vector<std::string>{"esports"});
    // A broad class fits several of the guideline's labels.
    const auto broad = catalogue.resolveOne("6513").codes;
    CHECK(broad.size() >= 4);
    CHECK(std::find(broad.begin(), broad.end(), "blockchain") != broad.end());
    CHECK(std::find(broad.begin(), broad.end(), "ai") != broad.end());
    CHECK(catalogue.resolveOne("9999").codes.empty());
}

TEST_CASE("unknown names get the closest catalogue names", "[core][catalogue]")
{
    const auto typo = bundledData().catalogue.resolveOne("人工只能");
    CHECK(typo.codes.empty());
    REQUIRE_FALSE(typo.suggestions.empty());
    CHECK(typo.suggestions.front() == "人工智能");
    const auto english = bundledData().catalogue.resolveOne("blockchian");
    REQUIRE_FALSE(english.suggestions.empty());
    CHECK(english.suggestions.front() == "区块链");
    CHECK(bundledData().catalogue.resolveOne("造船").suggestions.empty());
}

TEST_CASE("the catalogue tree is shallow, acyclic and its parents exist", "[core][catalogue][data]")
{
    const auto& catalogue = bundledData().catalogue;
    for (const auto& industry : catalogue.industries()) {
        const auto lineage = catalogue.lineage(industry.code);
        CHECK(lineage.front() == industry.code);
        CHECK(lineage.size() <= 3);
    }
    CHECK(catalogue.lineage("iov") == std::vector<std::string>{"iov", "iot_iov"});
    // Industries the guideline names for one place only are not under a broad umbrella.
    for (const char* code : {"blockchain", "animation_games", "esports", "ai_software", "digital_services_trade"}) {
        const auto lineage = catalogue.lineage(code);
        for (const char* umbrella : {"new_gen_it", "ai", "digital_creative"})
            CHECK(std::find(lineage.begin(), lineage.end(), umbrella) == lineage.end());
    }
}

TEST_CASE("broken catalogues are refused with the file and line", "[core][catalogue]")
{
    test::TempDir dir;
    const std::string header = "code,name_zh,name_zh_hant,name_en,aliases,parent,gbt4754\n";
    const std::string cycle = dir.file("循环.csv");
    writeText(cycle, header + "a,甲,甲,A,,b,\nb,乙,乙,B,,a,\n");
    CHECK_THROWS_WITH(IndustryCatalogue::load(cycle), Catch::Contains("form a cycle"));
    const std::string dangling = dir.file("悬空.csv");
    writeText(dangling, header + "a,甲,甲,A,,nowhere,\n");
    CHECK_THROWS_WITH(IndustryCatalogue::load(dangling), Catch::Contains(dangling + " line 2: 'a' has the unknown parent 'nowhere'"));
    const std::string clash = dir.file("重名.csv");
    writeText(clash, header + "a,甲,甲,A,X,,\nb,乙,乙,B,x,,\n");
    CHECK_THROWS_WITH(IndustryCatalogue::load(clash), Catch::Contains("is already a name of 'a'"));
    const std::string badCode = dir.file("代码.csv");
    writeText(badCode, header + "a,甲,甲,A,,,65x3\n");
    CHECK_THROWS_WITH(IndustryCatalogue::load(badCode), Catch::Contains("not a GB/T 4754-2017 division or class"));
    const std::string noColumn = dir.file("缺列.csv");
    writeText(noColumn, "code,name_zh\na,甲\n");
    CHECK_THROWS_WITH(IndustryCatalogue::load(noColumn), Catch::Contains("the column 'name_zh_hant' is missing"));
}
