// Zones layers as official files come (SPEC section 3): zone-level files, zones named in a
// field in Simplified or Traditional Chinese or English, other CRSs and formats, unknown
// names, and the zone set's sidecar.
#include "core/parcel_checker.h"
#include "core/pilot_zone_data.h"
#include "core/zone_set_writer.h"
#include "gis/crs_transform.h"
#include "gis/error.h"
#include "gis/geometry.h"
#include "gis/geometry_transform.h"
#include "gis/utf8_path.h"
#include "gis/vector_writer.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"
#include "test_data.h"

#include <algorithm>
#include <fstream>

using namespace pearlzone;
using pearlzone::test::bundledData;

namespace {

// The square test zones of tests/data/rules (EPSG:4547 metres), by piece.
const gis::Envelope kPazhou{430000, 2550000, 431000, 2551000};
const gis::Envelope kUniversityTown{430000, 2549000, 431000, 2550000};
const gis::Envelope kFinanceCity{432000, 2550000, 433000, 2551000};
const gis::Envelope kYuzhu{433000, 2550000, 434000, 2551000};

struct Piece {
    std::vector<std::string> values;
    gis::Envelope box;  // EPSG:4547
};

// Writes pieces (boxes in EPSG:4547) to a zones file in the given CRS and format.
void writeZones(const std::string& path, const std::string& crs, const std::vector<std::string>& fields,
                const std::vector<Piece>& pieces)
{
    gis::VectorWriterOptions options;
    options.crs = crs;
    options.geometry = gis::WriterGeometry::Polygon;
    for (const auto& field : fields)
        options.fields.push_back({field});
    auto writer = gis::VectorWriter::create(path, options);
    const auto toCrs = gis::CrsTransform::create(core::kPlanarCrs, crs);
    for (const auto& piece : pieces) {
        std::vector<gis::FieldValue> values(piece.values.begin(), piece.values.end());
        writer.write(values, gis::transformGeometry(gis::Geometry::rectangle(piece.box), toCrs).toWkb());
    }
    writer.close();
}

std::unique_ptr<core::PilotZoneData> loadZones(const std::string& path, const std::string& zoneField = {})
{
    core::ZoneLoadOptions options;
    options.zoneField = zoneField;
    return core::PilotZoneData::load(gis::pathFromUtf8(PEARLZONE_DATA_DIR), path, options);
}

// The square zones as a name-field file: one name per piece, in the field given.
void checkSquaresNamed(const std::string& path, const std::string& crs, const std::string& field,
                       const std::vector<std::string>& names)
{
    writeZones(path, crs, {field},
               {{{names[0]}, kPazhou}, {{names[1]}, kUniversityTown}, {{names[2]}, kFinanceCity}, {{names[3]}, kYuzhu}});
    const auto data = loadZones(path);
    const core::ZoneSet& zones = data->zones;
    CHECK(zones.zoneField() == field);
    REQUIRE(zones.zones().size() == 3);
    const core::Zone* pazhou = zones.zone("pazhou_core");
    REQUIRE(pazhou);
    CHECK(pazhou->areaM2 == Approx(2e6).epsilon(1e-6));
    REQUIRE(pazhou->subareas.size() == 2);
    CHECK(pazhou->subarea("pazhou")->areaM2 == Approx(1e6).epsilon(1e-6));
    CHECK(pazhou->subarea("university_town")->areaM2 == Approx(1e6).epsilon(1e-6));
    // Names missing from the file come from the name table.
    CHECK(pazhou->nameZh == "琶洲核心片区（含广州大学城）");
    CHECK(pazhou->subarea("university_town")->nameEn == "Guangzhou University Town");
    CHECK(zones.zone("ifc")->nameZhHant == "廣州國際金融城片區");
    CHECK(zones.zone("ifc")->bank == "north");
    CHECK(zones.zone("yuzhu")->envelope.minX == Approx(433000).margin(0.01));
    CHECK(zones.zone("yuzhu")->envelope.maxY == Approx(2551000).margin(0.01));
    REQUIRE(zones.matches().size() == 4);
    for (const auto& match : zones.matches()) {
        const auto named = std::find(names.begin(), names.end(), match.value);
        REQUIRE(named != names.end());
        const char* const places[] = {"pazhou_core/pazhou", "pazhou_core/university_town", "ifc/", "yuzhu/"};
        CHECK(match.zoneId + "/" + match.subareaId == places[named - names.begin()]);
        CHECK(match.features == 1);
    }
    CHECK(data->warnings().empty());
}

}  // namespace

TEST_CASE("the name table places ids, names in three scripts and short names", "[core][zonesets]")
{
    const core::ZoneNameTable& names = bundledData().zoneNames;
    auto placeOf = [&names](const std::string& text) {
        const core::PlaceName* place = names.resolve(text);
        return place ? place->zoneId + "/" + place->subareaId : std::string("none");
    };
    CHECK(placeOf("pazhou_core") == "pazhou_core/");
    CHECK(placeOf("琶洲核心片区（含广州大学城）") == "pazhou_core/");
    CHECK(placeOf("琶洲核心片區（含廣州大學城）") == "pazhou_core/");
    CHECK(placeOf("pazhou core zone") == "pazhou_core/");
    CHECK(placeOf("琶洲") == "pazhou_core/pazhou");
    CHECK(placeOf("琶洲核心区") == "pazhou_core/pazhou");  // the 2022 guideline's 14.9 km²
    CHECK(placeOf("大学城") == "pazhou_core/university_town");
    CHECK(placeOf("  大學城 ") == "pazhou_core/university_town");
    CHECK(placeOf("University Town") == "pazhou_core/university_town");
    CHECK(placeOf("金融城") == "ifc/");
    CHECK(placeOf("國際金融城") == "ifc/");
    CHECK(placeOf("ＩＦＣ") == "ifc/");  // full-width
    CHECK(placeOf("魚珠") == "yuzhu/");
    CHECK(placeOf("鱼珠核心片区") == "yuzhu/");
    CHECK(placeOf("YUZHU ZONE") == "yuzhu/");
    CHECK(placeOf("天河") == "none");
    CHECK(placeOf("") == "none");
}

TEST_CASE("zones named in a field, in Simplified Chinese, Traditional Chinese or English", "[core][zonesets]")
{
    test::TempDir dir;
    SECTION("Simplified, field 片区, GeoJSON in CGCS2000 lon/lat")
    {
        checkSquaresNamed(dir.file("官方片区.geojson"), "EPSG:4490", "片区", {"琶洲", "广州大学城", "金融城", "鱼珠片区"});
    }
    SECTION("Traditional, field 名称, FlatGeobuf in WGS84")
    {
        checkSquaresNamed(dir.file("官方片區.fgb"), "EPSG:4326", "名称", {"琶洲", "大學城", "廣州國際金融城", "魚珠"});
    }
    SECTION("English, field NAME, Shapefile in web Mercator")
    {
        checkSquaresNamed(dir.file("zones_en.shp"), "EPSG:3857", "NAME",
                          {"Pazhou", "University Town", "International Finance City", "Yuzhu"});
    }
}

TEST_CASE("a GeoPackage in EPSG:4547, northing-first in its CRS, is read as the CRS says", "[core][zonesets]")
{
    test::TempDir dir;
    const std::string path = dir.file("官方边界4547.gpkg");
    writeZones(path, "EPSG:4547", {"zone_id"},
               {{{"ifc"}, kFinanceCity}, {{"yuzhu"}, kYuzhu}, {{"pazhou_core"}, kPazhou}, {{"pazhou_core"}, kUniversityTown}});
    const auto data = loadZones(path);
    const core::Zone* ifc = data->zones.zone("ifc");
    REQUIRE(ifc);
    // Eastings stay x and northings y: swapped axes would put the zone 2,000 km away.
    CHECK(ifc->envelope.minX == Approx(432000).margin(1e-6));
    CHECK(ifc->envelope.minY == Approx(2550000).margin(1e-6));
    CHECK(ifc->areaM2 == Approx(1e6));
    CHECK(data->zones.zone("pazhou_core")->areaM2 == Approx(2e6));
}

TEST_CASE("a zone-level file: sub-area designations apply to the whole zone, with a warning", "[core][zonesets]")
{
    test::TempDir dir;
    const std::string path = dir.file("三片区.gpkg");
    writeZones(path, "EPSG:4547", {"zone_id"},
               {{{"pazhou_core"}, kPazhou}, {{"pazhou_core"}, kUniversityTown}, {{"ifc"}, kFinanceCity}, {{"yuzhu"}, kYuzhu}});
    const auto data = loadZones(path);
    CHECK_FALSE(data->zones.hasSubareas());
    // One warning per sub-area, naming it.
    REQUIRE(data->warnings().size() == 2);
    CHECK(data->warnings()[0].find("'pazhou'") != std::string::npos);
    CHECK(data->warnings()[1].find("'university_town'") != std::string::npos);
    // Mobile internet is designated for 琶洲 only, smart healthcare for the university town
    // only: in a zone-level file both count for the whole zone.
    CHECK(data->designations.find("pazhou_core", "", "mobile_internet"));
    CHECK(data->designations.find("pazhou_core", "", "smart_healthcare"));
    CHECK_FALSE(data->designations.find("ifc", "", "smart_healthcare"));
    // A parcel on the university town's square, for 移动互联网: not designated with the
    // bundled sub-areas, designated once the file has none.
    const gis::Geometry parcel = gis::Geometry::rectangle({430100, 2549100, 430200, 2549200});
    const core::ParcelChecker zoneLevel(*data, {});
    const core::ParcelChecker withSubareas(test::squareZones(), {});
    CHECK(withSubareas.check("p", parcel, "移动互联网").verdict == core::Verdict::Fail);
    const core::ParcelResult result = zoneLevel.check("p", parcel, "移动互联网");
    CHECK(result.verdict == core::Verdict::Pass);
    CHECK(result.subareaId.empty());
}

TEST_CASE("a file with only some places: the others' designations are not used, with warnings", "[core][zonesets]")
{
    test::TempDir dir;
    const std::string path = dir.file("2022核心区.geojson");
    writeZones(path, "EPSG:4547", {"name"}, {{{"琶洲核心区"}, kPazhou}, {{"鱼珠核心片区"}, kYuzhu}});
    const auto data = loadZones(path);
    REQUIRE(data->zones.zones().size() == 2);
    CHECK(data->zones.zone("pazhou_core")->subarea("pazhou"));
    CHECK_FALSE(data->zones.zone("ifc"));
    CHECK(data->designations.find("pazhou_core", "pazhou", "mobile_internet"));
    CHECK_FALSE(data->designations.find("pazhou_core", "", "smart_healthcare"));
    // In the order designations.csv names the places.
    REQUIRE(data->warnings().size() == 2);
    CHECK(data->warnings()[0].find("no zone 'ifc'") != std::string::npos);
    CHECK(data->warnings()[1].find("but not 'university_town'") != std::string::npos);
}

TEST_CASE("values that name no known zone are listed with the names known", "[core][zonesets]")
{
    test::TempDir dir;
    const std::string path = dir.file("未知片区.geojson");
    writeZones(path, "EPSG:4547", {"片区"},
               {{{"琶洲"}, kPazhou}, {{"天河北"}, kFinanceCity}, {{"黄埔港"}, kYuzhu}, {{"天河北"}, kUniversityTown}});
    try {
        loadZones(path);
        FAIL("unknown zone names were accepted");
    } catch (const gis::Error& error) {
        const std::string message = error.what();
        CHECK(message.find(path + ": the field '片区' holds values that name no known zone or sub-area: 天河北, 黄埔港.") == 0);
        CHECK(message.find("pazhou_core/university_town: 广州大学城, 廣州大學城, Guangzhou University Town, 大学城") !=
              std::string::npos);
        CHECK(message.find("yuzhu: 鱼珠片区, 魚珠片區, Yuzhu Zone, 鱼珠") != std::string::npos);
    }
}

TEST_CASE("a layer with no field naming zones says which fields it has; --zone-field picks one", "[core][zonesets]")
{
    test::TempDir dir;
    const std::string path = dir.file("字段.geojson");
    writeZones(path, "EPSG:4547", {"OBJECTID", "区域"}, {{{"1", "金融城"}, kFinanceCity}, {{"2", "鱼珠"}, kYuzhu}});
    CHECK(core::inspectZoneLayer(path).zoneField.empty());
    CHECK_THROWS_WITH(loadZones(path), Catch::Contains("name the field with --zone-field. Its fields: OBJECTID, 区域"));
    CHECK_THROWS_WITH(loadZones(path, "区"), Catch::Contains("has no field '区'; its fields: OBJECTID, 区域"));
    const auto data = loadZones(path, "区域");
    CHECK(data->zones.zones().size() == 2);
    CHECK(data->zones.zone("ifc")->areaM2 == Approx(1e6));
}

TEST_CASE("the zone set comes from the sidecar; without one it is the file's name", "[core][zonesets]")
{
    const core::ZoneSetInfo& bundled = bundledData().zones.info();
    CHECK(bundled.name == "试验区总体方案三片区（近似边界）");
    CHECK_FALSE(bundled.version.empty());
    CHECK(bundled.issuer.find("非官方") != std::string::npos);
    CHECK(bundled.label() == bundled.name + " " + bundled.version);

    test::TempDir dir;
    const std::string path = dir.file("官方边界.gpkg");
    writeZones(path, "EPSG:4547", {"zone_id"}, {{{"ifc"}, kFinanceCity}});
    CHECK(core::loadZoneSetInfo(path).label() == "官方边界.gpkg");
    core::ZoneSetInfo info;
    info.name = "琶洲核心区";
    info.version = "2022";
    info.sourceDocument = "《广州人工智能与数字经济试验区产业导则》";
    core::saveZoneSetInfo(info, path);
    const auto data = loadZones(path);
    CHECK(data->zones.info().label() == "琶洲核心区 2022");
    CHECK(data->zones.info().sourceDocument == info.sourceDocument);
    CHECK(data->zones.info().sidecar == path + ".zoneset.json");

    std::ofstream(gis::pathFromUtf8(path + ".zoneset.json")) << "{\"name\": 7}";
    CHECK_THROWS_WITH(loadZones(path), Catch::Contains(".zoneset.json: 'name' must be text"));
}

TEST_CASE("zones read from a name field are saved as a zone set and reload the same", "[core][zonesets]")
{
    test::TempDir dir;
    const std::string official = dir.file("官方.geojson");
    // A sub-area and the rest of its zone given apart: 琶洲 as a sub-area, the university
    // town's square under the zone's own name.
    writeZones(official, "EPSG:4490", {"片区"},
               {{{"琶洲"}, kPazhou}, {{"琶洲核心片区"}, kUniversityTown}, {{"金融城"}, kFinanceCity}});
    const auto loaded = loadZones(official);
    core::ZoneSetInfo info;
    info.name = "官方边界";
    info.version = "2024-1";
    const std::string saved = dir.file("官方边界.gpkg");
    core::saveZoneSet(loaded->zones, info, saved);

    const auto reloaded = loadZones(saved);
    CHECK(reloaded->zones.info().label() == "官方边界 2024-1");
    REQUIRE(reloaded->zones.zones().size() == loaded->zones.zones().size());
    for (const core::Zone& zone : loaded->zones.zones()) {
        const core::Zone* again = reloaded->zones.zone(zone.id);
        REQUIRE(again);
        CHECK(again->areaM2 == Approx(zone.areaM2).epsilon(1e-9));
        CHECK(again->nameZh == zone.nameZh);
        REQUIRE(again->subareas.size() == zone.subareas.size());
        for (const auto& subarea : zone.subareas)
            CHECK(again->subarea(subarea.id)->areaM2 == Approx(subarea.areaM2).epsilon(1e-9));
    }
    // 琶洲 is the only sub-area; the zone also holds the university town's square.
    CHECK(reloaded->zones.zone("pazhou_core")->areaM2 == Approx(2e6).epsilon(1e-6));
    CHECK(reloaded->zones.zone("pazhou_core")->subarea("pazhou")->areaM2 == Approx(1e6).epsilon(1e-6));
}

TEST_CASE("zone_id values that are names rather than ids are placed by name", "[core][zonesets]")
{
    test::TempDir dir;
    const std::string path = dir.file("编号是名称.geojson");
    writeZones(path, "EPSG:4547", {"zone_id", "subarea_id"},
               {{{"琶洲核心片区", "pazhou"}, kPazhou}, {{"大学城", ""}, kUniversityTown}, {{"ifc", ""}, kFinanceCity},
                {{"custom", "c1"}, kYuzhu}});
    const auto zones = core::ZoneSet::load(path, {{}, {}, &bundledData().zoneNames});
    REQUIRE(zones.zones().size() == 3);
    CHECK(zones.zone("pazhou_core")->subarea("pazhou")->areaM2 == Approx(1e6));
    CHECK(zones.zone("pazhou_core")->subarea("university_town")->areaM2 == Approx(1e6));
    CHECK(zones.zone("ifc"));
    CHECK(zones.zone("custom")->subarea("c1"));  // a user's own ids stay as they are
    REQUIRE(zones.matches().size() == 2);
    CHECK(zones.matches()[1].value == "大学城");
}
