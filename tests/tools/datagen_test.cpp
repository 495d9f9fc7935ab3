// The computed parts of data/ are exactly what pearlzone-datagen makes, and the sample
// parcels hold the mix they are meant to.
#include "tools/datagen/parcel_generator.h"
#include "tools/datagen/zones_writer.h"

#include "core/pilot_zone_data.h"
#include "gis/geometry.h"
#include "gis/utf8_path.h"
#include "gis/vector_source.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"

#include <fstream>
#include <sstream>

using namespace pearlzone;

namespace {

using test::fileText;

std::string dataFile(const char* name) { return std::string(PEARLZONE_DATA_DIR) + "/" + name; }

const core::PilotZoneData& data()
{
    static const auto loaded = core::PilotZoneData::load(gis::pathFromUtf8(PEARLZONE_DATA_DIR));
    return *loaded;
}

}  // namespace

TEST_CASE("the bundled zones and river are what the generator makes", "[tools][data]")
{
    test::TempDir dir;
    std::ostringstream log;
    datagen::writeZoneData(gis::pathToUtf8(dir.path()), log);
    CHECK(fileText(dir.file("zones.geojson")) == fileText(dataFile("zones.geojson")));
    CHECK(fileText(dir.file("river.geojson")) == fileText(dataFile("river.geojson")));
}

TEST_CASE("the bundled sample parcels are what the generator makes", "[tools][data]")
{
    test::TempDir dir;
    datagen::writeParcels(dir.file("p.geojson"), data().zones, data().catalogue, {}, {}, &data().designations);
    CHECK(fileText(dir.file("p.geojson")) == fileText(dataFile("sample-parcels.geojson")));
}

TEST_CASE("the sample parcels mix inside, straddling, outside, broken and oddly named", "[tools][data]")
{
    auto layer = gis::VectorSource::open(dataFile("sample-parcels.geojson")).layer();
    CHECK(layer.crsAuthority() == "EPSG:4547");
    std::vector<gis::Geometry> zones;
    for (const auto& zone : data().zones.zones())
        zones.push_back(gis::Geometry::fromWkb(zone.wkb));
    int inside = 0, partial = 0, outside = 0, broken = 0, points = 0, multiple = 0, blank = 0, unknown = 0;
    std::vector<gis::VectorFeature> batch;
    std::size_t total = 0;
    while (std::size_t n = layer.readBatch(batch, 500)) {
        total += n;
        for (std::size_t k = 0; k < n; ++k) {
            const auto& f = batch[k];
            const auto matches = data().catalogue.resolve(f.attributes[1]);
            blank += matches.empty() ? 1 : 0;
            multiple += matches.size() > 1 ? 1 : 0;
            for (const auto& m : matches)
                unknown += m.codes.empty() ? 1 : 0;
            if (f.wkb.empty()) {
                ++broken;
                continue;
            }
            const gis::Geometry g = gis::Geometry::fromWkb(f.wkb);
            if (g.isEmpty() || !g.isValid()) {
                ++broken;
                continue;
            }
            if (g.type() == gis::GeometryType::Point) {
                ++points;
                continue;
            }
            double best = 0.0;
            for (const auto& zone : zones)
                best = std::max(best, zone.intersection(g).area() / g.area());
            (best >= 0.99 ? inside : best > 0.0 ? partial : outside) += 1;
        }
    }
    CHECK(total == 3000);
    CHECK(inside > 1300);
    CHECK(inside < 1900);
    CHECK(partial > 250);
    CHECK(outside > 700);
    CHECK(broken >= 15);
    CHECK(points >= 20);
    CHECK(multiple > 300);
    CHECK(blank > 30);
    CHECK(unknown > 30);
}
