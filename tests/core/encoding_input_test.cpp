// Files that do not say how their text is encoded, as Chinese planners exchange them: GBK
// Shapefiles without a .cpg (with and without the .dbf's language-driver byte), CSV saved by
// Excel on a Chinese Windows. Field names and text come out right without --encoding.
#include "core/batch_check.h"
#include "gis/geometry.h"
#include "gis/vector_writer.h"

#include "check_helpers.h"
#include "gbk_bytes.h"
#include "pearlzone_catch.h"
#include "temp_dir.h"
#include "test_data.h"

#include <filesystem>
#include <fstream>

using namespace pearlzone;

namespace {

struct Row {
    const char* id;
    const char* industry;
    double x0;  // a 100 m square at E 430 000 + x0, N 2 550 100 (tests/data/rules zones)
};

const Row kRows[] = {{"琶洲-01", "人工智能", 100}, {"琶洲-02", "数字金融", 300}, {"金融城-01", "数字金融", 2100},
                     {"鱼珠-01", "区块链、软件", 3100}, {"江面-01", "人工智能", 1500},
                     // In GBK these bytes happen to be valid UTF-8 too ("ʮһ", "ҽҩ"): only the
                     // file as a whole tells.
                     {"十一", "医药", 700}};

gis::Geometry square(double x0)
{
    const double e = 430000 + x0;
    const double n = 2550100;
    return gis::Geometry::polygon({e, n, e + 100, n, e + 100, n + 100, e, n + 100});
}

// Chinese field names and values, in the given encoding (Shapefile only) or UTF-8.
void writeParcels(const std::string& path, const std::string& encoding = {})
{
    gis::VectorWriterOptions options;
    options.layerName = "地块";
    options.crs = "EPSG:4547";
    options.geometry = gis::WriterGeometry::Polygon;
    options.fields = {{"地块编号"}, {"产业类型"}};
    options.encoding = encoding;
    auto writer = gis::VectorWriter::create(path, options);
    for (const auto& row : kRows)
        writer.write({std::string(row.id), std::string(row.industry)}, square(row.x0).toWkb());
    writer.close();
}

void setLanguageDriver(const std::string& dbf, unsigned char id)
{
    std::fstream file(gis::pathFromUtf8(dbf), std::ios::in | std::ios::out | std::ios::binary);
    file.seekp(29);
    file.put(static_cast<char>(id));
}

std::vector<std::string> outcomes(const test::CheckRun& run)
{
    std::vector<std::string> out;
    for (const auto& parcel : run.parcels)
        out.push_back(parcel.result.parcelId + "|" + parcel.result.industry + "|" + test::outcome(parcel.result));
    return out;
}

}  // namespace

TEST_CASE("a GBK Shapefile without .cpg reads right, by its language-driver byte or by its text",
          "[core][inputs][encoding]")
{
    test::TempDir dir;
    const std::string reference = dir.file("参考.gpkg");
    writeParcels(reference);
    core::ParcelInputOptions input;
    input.source = reference;
    const auto expected = outcomes(test::runCheck(test::squareZones(), input));
    REQUIRE(expected.size() == std::size(kRows));
    CHECK(expected[0].rfind("琶洲-01|人工智能|ai|pazhou_core", 0) == 0);

    const std::string shp = dir.file("规划地块.shp");
    writeParcels(shp, "CP936");
    std::filesystem::remove(gis::pathFromUtf8(dir.file("规划地块.cpg")));
    input.source = shp;

    SECTION("the .dbf's language-driver byte says GBK (0x4D, as ArcGIS writes it)")
    {
        setLanguageDriver(dir.file("规划地块.dbf"), 0x4D);
        auto source = core::ParcelSource::open(input);
        CHECK(source.idField() == "地块编号");
        CHECK(source.industryField() == "产业类型");
        const auto run = test::runCheck(test::squareZones(), input);
        CHECK(outcomes(run) == expected);
        CHECK(run.summary.warnings.empty());
    }
    SECTION("nothing says: Chinese GB18030 text is recognised, and the summary says so")
    {
        const auto run = test::runCheck(test::squareZones(), input);
        CHECK(outcomes(run) == expected);
        CHECK(test::anyWarningContains(run.summary, "read as GB18030"));
        CHECK(run.parcels[0].result.geometryNote.empty());
    }
    SECTION("--encoding still wins")
    {
        input.encoding = "GBK";
        const auto run = test::runCheck(test::squareZones(), input);
        CHECK(outcomes(run) == expected);
        CHECK(run.summary.warnings.empty());
    }
}

TEST_CASE("a CSV saved in GBK by Excel reads right, field names too", "[core][inputs][encoding]")
{
    test::TempDir dir;
    const std::string reference = dir.file("参考.gpkg");
    writeParcels(reference);
    core::ParcelInputOptions input;
    input.source = reference;
    const auto expected = outcomes(test::runCheck(test::squareZones(), input));

    std::string csv = "地块编号,产业类型,WKT\n";
    for (const auto& row : kRows)
        csv += std::string(row.id) + "," + row.industry + ",\"" + square(row.x0).toWkt() + "\"\n";
    const std::string path = dir.file("地块-GBK.csv");
    std::ofstream(gis::pathFromUtf8(path), std::ios::binary) << test::gbk(csv);
    input.source = path;
    input.crs = "EPSG:4547";
    const auto run = test::runCheck(test::squareZones(), input);
    CHECK(outcomes(run) == expected);
    CHECK(test::anyWarningContains(run.summary, "read as GB18030"));
}
