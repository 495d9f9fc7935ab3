// Writing and reading vector files through GDAL, in folders with Chinese names.
#include "gis/error.h"
#include "gis/geometry.h"
#include "gis/utf8_path.h"
#include "gis/vector_source.h"
#include "gis/vector_writer.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace pearlzone::gis;
using pearlzone::test::TempDir;

namespace {

const std::vector<FieldDefinition> kFields = {
    {"地块编号", FieldType::String}, {"产业", FieldType::String}, {"面积", FieldType::Real}, {"层数", FieldType::Integer}};

std::string parcelId(int i) { return "琶洲-" + std::to_string(i); }

// Writes count squares of side 10 + i % 7 metres along a row, in EPSG:4547.
void writeParcels(const std::string& path, int count, const std::string& crs = "EPSG:4547",
                  const std::string& encoding = {})
{
    VectorWriterOptions options;
    options.layerName = "地块";
    options.crs = crs;
    options.geometry = WriterGeometry::Polygon;
    options.fields = kFields;
    options.encoding = encoding;
    auto writer = VectorWriter::create(path, options);
    for (int i = 0; i < count; ++i) {
        const double side = 10 + i % 7;
        const double x = 430000 + i * 30.0;
        const Geometry square = Geometry::rectangle({x, 2556000, x + side, 2556000 + side});
        writer.write({parcelId(i), std::string("人工智能；大数据"), side * side, std::int64_t(i % 30)}, square.toWkb());
    }
    writer.close();
}

std::vector<unsigned char> fileBytes(const std::string& utf8Path)
{
    std::ifstream in(pathFromUtf8(utf8Path), std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("a GeoPackage streams back in batches with its fields, CRS and geometry", "[gis][gdal]")
{
    TempDir dir;
    const std::string path = dir.file("地块.gpkg");
    writeParcels(path, 2500);

    const auto source = VectorSource::open(path);
    CHECK(source.driverName() == "GPKG");
    CHECK(source.layerNames() == std::vector<std::string>{"地块"});
    auto layer = source.layer();
    CHECK(layer.name() == "地块");
    CHECK(layer.fieldNames() == std::vector<std::string>{"地块编号", "产业", "面积", "层数"});
    CHECK(layer.crsAuthority() == "EPSG:4547");
    CHECK(layer.crsWkt().find("Gauss-Kruger CM 114E") != std::string::npos);
    CHECK(layer.featureCountHint() == 2500);

    std::vector<VectorFeature> batch;
    std::vector<std::size_t> batchSizes;
    int index = 0;
    int mismatches = 0;
    while (std::size_t n = layer.readBatch(batch, 1000)) {
        batchSizes.push_back(n);
        for (std::size_t k = 0; k < n; ++k, ++index) {
            const auto& feature = batch[k];
            const double side = 10 + index % 7;
            if (feature.attributes[0] != parcelId(index) || feature.attributes[1] != "人工智能；大数据" ||
                std::stod(feature.attributes[2]) != side * side || feature.attributes[3] != std::to_string(index % 30) ||
                Geometry::fromWkb(feature.wkb).area() != side * side || feature.textRepaired)
                ++mismatches;
        }
    }
    CHECK(batchSizes == std::vector<std::size_t>{1000, 1000, 500});
    CHECK(mismatches == 0);

    layer.rewind();
    layer.selectFields({"层数", "地块编号"});
    CHECK(layer.readBatch(batch, 2) == 2);
    CHECK(batch[1].attributes == std::vector<std::string>{"1", "琶洲-1"});
    CHECK_THROWS_AS(layer.selectFields({"no such field"}), Error);
}

TEST_CASE("GeoJSON and CSV (with a byte-order mark) round trip Chinese text", "[gis][gdal]")
{
    TempDir dir;
    const std::string geojson = dir.file("结果.geojson");
    writeParcels(geojson, 3);
    auto layer = VectorSource::open(geojson).layer();
    std::vector<VectorFeature> batch;
    REQUIRE(layer.readBatch(batch, 10) == 3);
    CHECK(batch[2].attributes[0] == "琶洲-2");
    CHECK(Geometry::fromWkb(batch[2].wkb).area() == Approx(144.0));

    const std::string csv = dir.file("报告.csv");
    VectorWriterOptions options;
    options.geometry = WriterGeometry::None;
    options.fields = {{"地块编号"}, {"理由"}};
    auto writer = VectorWriter::create(csv, options);
    writer.write({std::string("A-1"), std::string("位于琶洲，产业为人工智能")});
    writer.write({std::string("A-2"), FieldValue{}});
    writer.close();
    const auto bytes = fileBytes(csv);
    REQUIRE(bytes.size() > 3);
    CHECK(bytes[0] == 0xEF);
    CHECK(bytes[1] == 0xBB);
    CHECK(bytes[2] == 0xBF);
    auto csvLayer = VectorSource::open(csv).layer();
    CHECK(csvLayer.fieldNames() == std::vector<std::string>{"地块编号", "理由"});
    REQUIRE(csvLayer.readBatch(batch, 10) == 2);
    CHECK(batch[0].attributes[1] == "位于琶洲，产业为人工智能");
    CHECK(batch[1].attributes[1].empty());
}

TEST_CASE("a GBK Shapefile reads right from its .cpg or an explicit encoding", "[gis][gdal]")
{
    TempDir dir;
    const std::string shp = dir.file("琶洲地块.shp");
    writeParcels(shp, 2, "EPSG:4547", "CP936");
    // The attribute bytes on disk are GBK: 琶洲 is C5 C3 D6 DE in GBK.
    const auto dbf = fileBytes(dir.file("琶洲地块.dbf"));
    const unsigned char gbk[] = {0xC5, 0xC3, 0xD6, 0xDE};
    CHECK(std::search(dbf.begin(), dbf.end(), std::begin(gbk), std::end(gbk)) != dbf.end());

    std::vector<VectorFeature> batch;
    {
        auto layer = VectorSource::open(shp).layer();  // the .cpg says which code page
        REQUIRE(layer.readBatch(batch, 5) == 2);
        CHECK(batch[1].attributes[0] == "琶洲-1");
        CHECK(layer.fieldNames()[0] == "地块编号");
    }
    std::filesystem::remove(pathFromUtf8(dir.file("琶洲地块.cpg")));
    {
        VectorOpenOptions options;
        options.encoding = "GBK";
        auto layer = VectorSource::open(shp, options).layer();
        REQUIRE(layer.readBatch(batch, 5) == 2);
        CHECK(batch[1].attributes[0] == "琶洲-1");
        CHECK(batch[1].attributes[1] == "人工智能；大数据");
        CHECK_FALSE(batch[1].textRepaired);
    }
}

TEST_CASE("Shapefiles are written in UTF-8 unless told otherwise", "[gis][gdal]")
{
    TempDir dir;
    const std::string shp = dir.file("默认.shp");
    writeParcels(shp, 1);
    std::vector<VectorFeature> batch;
    auto layer = VectorSource::open(shp).layer();
    REQUIRE(layer.readBatch(batch, 5) == 1);
    CHECK(batch[0].attributes[0] == "琶洲-0");
    const auto cpg = fileBytes(dir.file("默认.cpg"));
    CHECK(std::string(cpg.begin(), cpg.end()).find("UTF-8") != std::string::npos);
}

TEST_CASE("bad sources are reported with the file name and the reason", "[gis][gdal]")
{
    TempDir dir;
    const std::string missing = dir.file("没有这个文件.gpkg");
    try {
        VectorSource::open(missing);
        FAIL("a missing file opened");
    } catch (const Error& error) {
        CHECK(std::string(error.what()) == missing + ": file not found");
    }

    const std::string junk = dir.file("坏文件.gpkg");
    std::ofstream(pathFromUtf8(junk)) << "this is not a GeoPackage";
    try {
        VectorSource::open(junk);
        FAIL("a corrupt file opened");
    } catch (const Error& error) {
        CHECK(std::string(error.what()).rfind(junk + ": not a vector file GDAL can read", 0) == 0);
    }

    const std::string good = dir.file("好.gpkg");
    writeParcels(good, 1);
    try {
        VectorSource::open(good).layer("nope");
        FAIL("an unknown layer opened");
    } catch (const Error& error) {
        CHECK(std::string(error.what()).find("no layer named 'nope' (layers: 地块)") != std::string::npos);
    }
}

TEST_CASE("writers are chosen by extension", "[gis][gdal]")
{
    CHECK(vectorDriverForPath("a.gpkg") == "GPKG");
    CHECK(vectorDriverForPath("b.GeoJSON") == "GeoJSON");
    CHECK(vectorDriverForPath("c.csv") == "CSV");
    CHECK(vectorDriverForPath("d.fgb") == "FlatGeobuf");
    const std::string kml = vectorDriverForPath("e.kml");
    CHECK((kml == "KML" || kml == "LIBKML"));
    CHECK(vectorDriverForPath("f.dxf") == "DXF");
    CHECK_THROWS_AS(vectorDriverForPath("g.xyz123"), Error);
}
