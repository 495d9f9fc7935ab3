// Every quotation in the data is found in the guideline article, which is in Traditional
// Chinese: OpenCC converts it to Simplified (independently of our code) before searching.
#include "test_data.h"

#include "core/industry_catalogue.h"

#include "pearlzone_catch.h"

#include <opencc/opencc.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

using pearlzone::test::bundledData;

namespace {

const std::string& simplifiedArticle()
{
    static const std::string text = [] {
        const std::string path = std::string(PEARLZONE_TEST_DATA_DIR) + "/guideline-article.txt";
        std::ifstream in(path);
        if (!in)
            throw std::runtime_error("cannot read " + path);
        std::stringstream buffer;
        buffer << in.rdbuf();
        return opencc::SimpleConverter("t2s.json").Convert(buffer.str());
    }();
    return text;
}

}  // namespace

TEST_CASE("every designation's provenance is quoted from the guideline", "[core][designations][data]")
{
    REQUIRE(simplifiedArticle().size() > 10000);
    for (const auto& d : bundledData().designations.all()) {
        INFO(d.zoneId << "/" << d.subareaId << " " << d.industryCode << ": " << d.provenanceZh);
        CHECK(simplifiedArticle().find(d.provenanceZh) != std::string::npos);
        CHECK_FALSE(d.provenanceEn.empty());
    }
}

TEST_CASE("the targets are the guideline's 2022 and 2025 figures", "[core][targets][data]")
{
    const auto& targets = bundledData().targets;
    REQUIRE(targets.size() == 7);
    for (const auto& t : targets) {
        INFO(t.id);
        CHECK(simplifiedArticle().find(t.provenanceZh) != std::string::npos);
        // Each figure appears in the article next to its indicator.
        CHECK(simplifiedArticle().find(t.target2022) != std::string::npos);
        CHECK(simplifiedArticle().find(t.target2025) != std::string::npos);
    }
    CHECK(targets.front().id == "software_revenue");
    CHECK(targets.front().target2022 == "600");
    CHECK(targets.front().target2025 == "900");
}

TEST_CASE("Traditional names are the Simplified names in Traditional form", "[core][catalogue][data]")
{
    const opencc::SimpleConverter toSimplified("t2s.json");
    for (const auto& industry : bundledData().catalogue.industries()) {
        INFO(industry.code << " " << industry.nameZhHant);
        CHECK(toSimplified.Convert(industry.nameZhHant) == industry.nameZh);
    }
}
