// Constraint-line layers (SPEC 4.2): reading them, their fields in English or Chinese, the
// rule, bad layers, and what the reason says. Overlap areas are worked out in
// tests/data/rules/README.md; the golden folder constraints/ checks every parcel's columns.
#include "core/check_errors.h"
#include "core/constraint_layers.h"
#include "core/parcel_checker.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"
#include "test_data.h"

#include <fstream>

using namespace pearlzone;
using pearlzone::test::squareZones;

namespace {

const std::string kFolder = std::string(PEARLZONE_TEST_DATA_DIR) + "/rules/constraints/";

core::ConstraintLayerOptions layer(const std::string& source)
{
    core::ConstraintLayerOptions options;
    options.source = source;
    return options;
}

void writeText(const std::string& path, const std::string& text)
{
    std::ofstream file(gis::pathFromUtf8(path), std::ios::binary);
    file << text;
}

bool endsWith(const std::string& text, const std::string& tail)
{
    return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

}  // namespace

TEST_CASE("constraint layers read name, kind and rule in English or Chinese fields, any CRS", "[core][constraints]")
{
    const auto set = core::ConstraintSet::load({layer(kFolder + "constraints-red.geojson"), layer(kFolder + "constraints-green.geojson"),
                                                layer(kFolder + "constraints-blue.geojson"), layer(kFolder + "constraints-wgs84.geojson")});
    REQUIRE(set.layers().size() == 4);
    REQUIRE(set.features().size() == 4);
    CHECK(set.layers()[0].label == "constraints-red");
    CHECK(set.layers()[1].nameField == "名称");
    CHECK(set.layers()[1].kindField == "类型");
    CHECK(set.layers()[1].ruleField == "规则");
    CHECK(set.layers()[2].ruleField.empty());
    CHECK(set.features()[0].rule == core::ConstraintRule::Prohibited);
    CHECK(set.features()[1].name == "绿线乙");
    CHECK(set.features()[1].kind == "绿线");
    CHECK(set.features()[1].rule == core::ConstraintRule::Restricted);  // 限制
    CHECK(set.features()[2].rule == core::ConstraintRule::Prohibited);  // no rule field
    // 100 × 100 m, given in degrees, back in EPSG:4547 metres.
    CHECK(set.features()[3].region.areaM2 == Approx(10000.0).epsilon(1e-6));
    CHECK(set.features()[3].region.envelope.minX == Approx(432300.0).margin(0.001));
    CHECK(set.features()[3].region.envelope.maxY == Approx(2550900.0).margin(0.001));

    // The app's per-layer rule overrides the features'.
    auto restricted = layer(kFolder + "constraints-red.geojson");
    restricted.rule = core::ConstraintRule::Restricted;
    CHECK(core::ConstraintSet::load({restricted}).features()[0].rule == core::ConstraintRule::Restricted);
}

TEST_CASE("rule words in both languages", "[core][constraints]")
{
    CHECK(core::parseConstraintRule("") == core::ConstraintRule::Prohibited);
    CHECK(core::parseConstraintRule(" Prohibited ") == core::ConstraintRule::Prohibited);
    CHECK(core::parseConstraintRule("禁止建设") == core::ConstraintRule::Prohibited);
    CHECK(core::parseConstraintRule("RESTRICTED") == core::ConstraintRule::Restricted);
    CHECK(core::parseConstraintRule("限建") == core::ConstraintRule::Restricted);
    CHECK_FALSE(core::parseConstraintRule("maybe").has_value());
}

TEST_CASE("bad constraint layers are refused with a reason", "[core][constraints]")
{
    test::TempDir dir;
    const std::string square = R"({"type": "Polygon", "coordinates": [[[432000, 2550000], [432100, 2550000], [432100, 2550100], [432000, 2550000]]]})";
    auto collection = [&](const std::string& properties, const std::string& geometry) {
        return R"({"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::4547"}},
                  "features": [{"type": "Feature", "properties": )" + properties + R"(, "geometry": )" + geometry + "}]}";
    };
    const std::string badRule = dir.file("规则有误.geojson");
    writeText(badRule, collection(R"({"name": "x", "rule": "maybe"})", square));
    CHECK_THROWS_WITH(core::ConstraintSet::load({layer(badRule)}), Catch::Matchers::Contains("has the rule 'maybe'"));

    const std::string lines = dir.file("只有线.geojson");
    writeText(lines, collection(R"({"name": "x"})", R"({"type": "LineString", "coordinates": [[432000, 2550000], [432100, 2550000]]})"));
    CHECK_THROWS_WITH(core::ConstraintSet::load({layer(lines)}), Catch::Matchers::Contains("has no polygons"));

    const std::string noCrs = dir.file("无坐标系.csv");
    writeText(noCrs, "WKT,name\n\"POLYGON ((0 0, 1 0, 1 1, 0 0))\",x\n");
    CHECK_THROWS_WITH(core::ConstraintSet::load({layer(noCrs)}), Catch::Matchers::Contains("no coordinate reference system"));

    CHECK_THROWS_AS(core::ConstraintSet::load({layer(dir.file("没有.gpkg"))}), core::InputError);
}

TEST_CASE("the reason names each constraint line hit, in both languages", "[core][constraints][check]")
{
    const auto set = core::ConstraintSet::load({layer(kFolder + "constraints-red.geojson"), layer(kFolder + "constraints-green.geojson")});
    core::CheckSettings zh;
    const core::ParcelChecker chinese(squareZones(), zh, &set);
    core::CheckSettings en;
    en.language = core::Language::English;
    const core::ParcelChecker english(squareZones(), en, &set);
    // x 2100–2600, y 700–800 over ifc: 50 × 100 under red, 100 × 100 under green.
    const gis::Geometry parcel = gis::Geometry::rectangle({432100, 2550700, 432600, 2550800});

    const core::ParcelResult r = chinese.check("p", parcel, "数字金融");
    CHECK(r.verdict == core::Verdict::Fail);
    CHECK(r.constraintsChecked);
    CHECK(r.constraintM2 == Approx(15000.0));
    REQUIRE(r.constraintHits.size() == 2);
    CHECK(r.constraintHits[0].layer == "constraints-red");
    CHECK(endsWith(r.reason, "；涉及管控线：生态红线甲（生态保护红线，禁止建设）重叠5000.00平方米、绿线乙（绿线，限制建设）重叠10000.00平方米。"));
    CHECK(endsWith(english.check("p", parcel, "数字金融").reason,
                   "; it overlaps the constraint lines 生态红线甲 (生态保护红线, prohibited) by 5000.00 m², "
                   "绿线乙 (绿线, restricted) by 10000.00 m²."));
    // A point on red's edge lies within it.
    CHECK(endsWith(english.check("p", gis::Geometry::point(432150, 2550600), "数字金融").reason,
                   "; it lies within the constraint lines 生态红线甲 (生态保护红线, prohibited)."));
    // Only the restricted line: review, not fail.
    const core::ParcelResult green = chinese.check("p", gis::Geometry::rectangle({432550, 2550100, 432650, 2550200}), "数字金融");
    CHECK(green.verdict == core::Verdict::Review);
    CHECK(core::constraintsText(green.constraintHits) == "绿线乙 (绿线, restricted): 5000.00 m²");
}
