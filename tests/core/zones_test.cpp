// The bundled zones against the published figures and the landmarks of
// shared/reference/zone-geography.md (landmark coordinates are WGS84, converted here by PROJ).
#include "test_data.h"

#include "gis/crs_transform.h"
#include "gis/error.h"
#include "gis/geometry.h"
#include "gis/vector_writer.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"

using namespace pearlzone;
using pearlzone::test::bundledData;

namespace {

gis::Geometry geometryOf(const std::vector<unsigned char>& wkb) { return gis::Geometry::fromWkb(wkb); }

gis::Geometry landmark(double lon, double lat)
{
    static const auto toPlanar = gis::CrsTransform::create("EPSG:4326", "EPSG:4547");
    const auto p = toPlanar.transform(lon, lat);
    return gis::Geometry::point(p.lon, p.lat);
}

// The zone (and sub-area) covering a point, as "zone" or "zone/subarea"; "" when none.
std::string placeOf(const gis::Geometry& point)
{
    for (const auto& zone : bundledData().zones.zones()) {
        if (!geometryOf(zone.wkb).covers(point))
            continue;
        for (const auto& subarea : zone.subareas) {
            if (geometryOf(subarea.wkb).covers(point))
                return zone.id + "/" + subarea.id;
        }
        return zone.id;
    }
    return {};
}

}  // namespace

TEST_CASE("zone areas are within 5% of the published figures", "[core][zones][data]")
{
    const auto& zones = bundledData().zones;
    REQUIRE(zones.zones().size() == 3);
    const std::pair<const char*, double> published[] = {{"pazhou_core", 48e6}, {"ifc", 8e6}, {"yuzhu", 25e6}};
    double total = 0.0;
    for (const auto& [id, area] : published) {
        const core::Zone* zone = zones.zone(id);
        REQUIRE(zone);
        INFO(id << " " << zone->areaM2 / 1e6 << " km2");
        CHECK(zone->areaM2 == Approx(area).epsilon(0.05));
        // The stored area is the geometry's own.
        CHECK(zone->areaM2 == Approx(geometryOf(zone->wkb).area()).epsilon(1e-9));
        total += zone->areaM2;
    }
    CHECK(total == Approx(81e6).epsilon(0.05));
    const core::Zone* pazhou = zones.zone("pazhou_core");
    REQUIRE(pazhou->subareas.size() == 2);
    CHECK(pazhou->subarea("pazhou")->areaM2 + pazhou->subarea("university_town")->areaM2 ==
          Approx(pazhou->areaM2).epsilon(1e-6));
    CHECK(zones.zone("ifc")->subareas.empty());
}

TEST_CASE("landmarks fall in the right zone and the outside ones outside", "[core][zones][data]")
{
    struct Landmark {
        const char* name;
        double lon;
        double lat;
        const char* place;
    };
    const Landmark landmarks[] = {
        {"Canton Fair Complex", 113.362, 23.105, "pazhou_core/pazhou"},
        {"Tencent/Alibaba/Xiaomi cluster", 113.344, 23.105, "pazhou_core/pazhou"},
        {"Xingang East station", 113.3517, 23.1012, "pazhou_core/pazhou"},
        {"Sun Yat-sen University east campus", 113.390, 23.064, "pazhou_core/university_town"},
        {"SCUT University Town campus", 113.402, 23.050, "pazhou_core/university_town"},
        {"Keyun Road station", 113.3720, 23.1217, "ifc"},
        {"Chebei South station", 113.3847, 23.1182, "ifc"},
        {"Canton Tower", 113.3191, 23.1090, ""},
        {"Huacheng Square", 113.3195, 23.121, ""},
    };
    for (const auto& l : landmarks) {
        INFO(l.name);
        CHECK(placeOf(landmark(l.lon, l.lat)) == l.place);
    }
}

TEST_CASE("zones overlap neither each other nor the river", "[core][zones][data]")
{
    const auto& data = bundledData();
    const auto& zones = data.zones.zones();
    for (std::size_t i = 0; i < zones.size(); ++i) {
        const gis::Geometry a = geometryOf(zones[i].wkb);
        CHECK(a.isValid());
        for (std::size_t j = i + 1; j < zones.size(); ++j) {
            INFO(zones[i].id << " and " << zones[j].id);
            CHECK(a.intersection(geometryOf(zones[j].wkb)).area() < 1.0);
        }
        for (const auto& water : data.river) {
            INFO(zones[i].id << " and " << water.id);
            CHECK(a.intersection(geometryOf(water.wkb)).area() < 1.0);
        }
    }
    // Sub-areas of one zone do not overlap either.
    const auto* pazhou = data.zones.zone("pazhou_core");
    CHECK(geometryOf(pazhou->subarea("pazhou")->wkb).intersection(geometryOf(pazhou->subarea("university_town")->wkb)).area() <
          1.0);
}

TEST_CASE("the river covers the named channels and banks have real detail", "[core][zones][data]")
{
    const auto& river = bundledData().river;
    REQUIRE(river.size() >= 6);
    std::size_t mainChannels = 0;
    for (const auto& water : river) {
        mainChannels += water.mainChannel ? 1 : 0;
        CHECK_FALSE(water.nameZh.empty());
    }
    CHECK(mainChannels >= 2);
    // The front channel at the Canton Fair is water, 300-500 m wide: a point on the centre
    // line (zone-geography.md) is inside, one 400 m south of it is not.
    const gis::Geometry front = geometryOf(river.front().wkb);
    CHECK(river.front().id == "front_channel");
    CHECK(front.covers(landmark(113.3654, 23.1097)));
    CHECK_FALSE(front.covers(landmark(113.3654, 23.1061)));
    // A zone that follows the banks has hundreds of vertices, not a box's four.
    const std::string wkt = geometryOf(bundledData().zones.zone("pazhou_core")->wkb).toWkt(0);
    CHECK(std::count(wkt.begin(), wkt.end(), ',') > 300);
}

TEST_CASE("a user's zones layer with only the required fields works", "[core][zones]")
{
    test::TempDir dir;
    const std::string path = dir.file("官方边界.gpkg");
    gis::VectorWriterOptions options;
    options.crs = "EPSG:4547";
    options.geometry = gis::WriterGeometry::Polygon;
    options.fields = {{"zone_id"}, {"subarea_id"}, {"name_zh"}, {"name_en"}};
    auto writer = gis::VectorWriter::create(path, options);
    writer.write({std::string("a"), std::string("a1"), std::string("甲"), std::string("A")},
                 gis::Geometry::rectangle({430000, 2550000, 431000, 2551000}).toWkb());
    writer.write({std::string("a"), std::string("a2"), std::string("甲"), std::string("A")},
                 gis::Geometry::rectangle({431000, 2550000, 432000, 2550500}).toWkb());
    writer.write({std::string("b"), std::string(), std::string("乙"), std::string("B")},
                 gis::Geometry::rectangle({440000, 2550000, 440100, 2550100}).toWkb());
    writer.close();

    const auto zones = core::ZoneSet::load(path);
    REQUIRE(zones.zones().size() == 2);
    CHECK(zones.zone("a")->areaM2 == Approx(1.5e6));
    CHECK(zones.zone("a")->subarea("a2")->areaM2 == Approx(0.5e6));
    CHECK(zones.zone("a")->subarea("a1")->nameZh == "a1");  // no sub-area names: the id
    CHECK(zones.zone("b")->areaM2 == Approx(1e4));
    CHECK(zones.zone("b")->subareas.empty());
}

TEST_CASE("a layer with zone_id alone works: no sub-areas, names are the ids", "[core][zones]")
{
    test::TempDir dir;
    const std::string path = dir.file("只有编号.geojson");
    gis::VectorWriterOptions options;
    options.crs = "EPSG:4326";
    options.fields = {{"zone_id"}, {"remark"}};
    auto writer = gis::VectorWriter::create(path, options);
    writer.write({std::string("a"), std::string("x")}, gis::Geometry::rectangle({113, 23, 113.1, 23.1}).toWkb());
    writer.close();
    const auto zones = core::ZoneSet::load(path);
    REQUIRE(zones.zones().size() == 1);
    CHECK(zones.zone("a")->nameZh == "a");
    CHECK(zones.zone("a")->subareas.empty());
    CHECK_FALSE(zones.hasSubareas());
}
