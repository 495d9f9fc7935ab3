// Messages in a planner's words (SPEC section 8): the libraries' internals never reach a
// person; files GDAL would refuse with advice nobody can follow are read or refused plainly.
#include "core/batch_check.h"
#include "core/check_errors.h"
#include "core/parcel_source.h"
#include "core/wording.h"
#include "gis/error.h"
#include "gis/geometry.h"
#include "gis/utf8_path.h"
#include "gis/vector_source.h"
#include "gis/vector_writer.h"

#include "pearlzone_catch.h"
#include "square_parcels.h"
#include "temp_dir.h"
#include "test_data.h"

#include <gdal.h>

#include <cmath>
#include <filesystem>
#include <fstream>

using namespace pearlzone;
using pearlzone::test::writeSquares;

namespace {

bool contains(const std::vector<std::string>& texts, const std::string& part)
{
    for (const auto& text : texts)
        if (text.find(part) != std::string::npos)
            return true;
    return false;
}

std::string inputFailure(const std::string& source)
{
    core::ParcelInputOptions input;
    input.source = source;
    try {
        core::ParcelSource::open(input);
    } catch (const gis::Error& error) {
        return error.what();
    }
    return {};
}

}  // namespace

TEST_CASE("library text loses source paths, config-option advice, exception names and CRS dumps", "[hostile][messages]")
{
    CHECK(gis::plainLibraryText("./ogr/ogrsf_frmts/dxf/ogrdxf_blockmap.cpp, 166: error at line 44") == "error at line 44");
    CHECK(gis::plainLibraryText("Unable to open /d/a.shx or /d/a.SHX. Set SHAPE_RESTORE_SHX config option to YES to "
                                "restore or create it.") == "Unable to open /d/a.shx or /d/a.SHX.");
    CHECK(gis::plainLibraryText("Too many features. Try OSM_USE_CUSTOM_INDEXING=NO.") == "Too many features.");
    CHECK(gis::plainLibraryText("IllegalArgumentException: Invalid number of points in LinearRing found 3 - must be 0 or >= 4") ==
          "Invalid number of points in LinearRing found 3 - must be 0 or >= 4");
    CHECK(gis::plainLibraryText("ParseException: Unknown WKB type 15") == "Unknown WKB type 15");
    CHECK(gis::plainLibraryText("cannot transform from ENGCRS[\"Undefined SRS\",EDATUM[\"Unknown engineering datum\"]]") ==
          "cannot transform from");
    const std::string plain = gis::plainLibraryText(std::string(5000, 'a'));
    CHECK(plain.size() <= 303);
    CHECK(plain.substr(plain.size() - 3) == "...");
    CHECK(gis::plainLibraryText("database is locked") == "database is locked");  // already plain
}

TEST_CASE("known library reasons become sentences, the rest of the message stays", "[hostile][messages]")
{
    const core::Wording english(core::Language::English);
    CHECK(english.libraryReason("Unknown WKB type 15") == "the shape is stored in a form that cannot be read (type 15)");
    CHECK(english.libraryReason("error at line 44") == "the file is damaged near line 44");
    CHECK(english.libraryReason("something new") == "something new");
    const gis::Error error("a.dxf: not a vector file GDAL can read (error at line 44)", "error at line 44",
                           "./ogr/ogrsf_frmts/dxf/ogrdxf_blockmap.cpp, 166: error at line 44");
    CHECK(english.errorMessage(error) == "a.dxf: not a vector file GDAL can read (the file is damaged near line 44)");
    CHECK(english.geometryNote("geometry unusable: the shape's stored form cannot be read: Unknown WKB type 15") ==
          "the outline cannot be used: the shape is stored in a form that cannot be read (type 15)");
}

TEST_CASE("a damaged file's message keeps GDAL's own words only as details", "[hostile][messages]")
{
    const test::TempDir dir;
    const std::string path = dir.file("坏.geojson");
    std::ofstream(gis::pathFromUtf8(path)) << R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[1,2],[3)";
    try {
        gis::VectorSource::open(path).layer();
        FAIL("opened");
    } catch (const gis::Error& error) {
        const std::string message = error.what();
        CHECK(message.find(".cpp") == std::string::npos);
        CHECK(message.find("config option") == std::string::npos);
        CHECK(message.rfind(path + ": ", 0) == 0);
    }
}

TEST_CASE("a Shapefile without its .shx is read, the index rebuilt, with a note", "[hostile][messages][gdal]")
{
    const test::TempDir dir;
    const std::string path = dir.file("无索引.shp");
    writeSquares(path, 3);
    std::filesystem::remove(gis::pathFromUtf8(dir.file("无索引.shx")));
    core::ParcelInputOptions input;
    input.source = path;
    auto source = core::ParcelSource::open(input);
    core::CollectingSink sink(false);
    const core::BatchSummary summary = core::runBatchCheck(test::squareZones(), source, {}, sink);
    REQUIRE(sink.parcels().size() == 3);
    CHECK(sink.parcels()[2].result.parcelId == "P3");
    CHECK(sink.parcels()[2].result.zoneId == "pazhou_core");
    CHECK(contains(summary.warnings, ".shx index was missing; it was rebuilt"));
    CHECK(std::filesystem::exists(gis::pathFromUtf8(dir.file("无索引.shx"))));
}

TEST_CASE("a .dbf with more records than the .shp has shapes is noted", "[hostile][messages][gdal]")
{
    const test::TempDir dir;
    writeSquares(dir.file("二.shp"), 2);
    writeSquares(dir.file("五.shp"), 5);
    std::filesystem::copy_file(gis::pathFromUtf8(dir.file("五.dbf")), gis::pathFromUtf8(dir.file("二.dbf")),
                               std::filesystem::copy_options::overwrite_existing);
    const auto layer = gis::VectorSource::open(dir.file("二.shp")).layer();
    CHECK(contains(layer.notes(), "the Shapefile's .dbf holds 5 records but its .shp only 2 shapes: the 3 records"));
}

TEST_CASE("an empty first layer: the one layer with features is read, several are listed", "[hostile][messages][gdal]")
{
    const test::TempDir dir;
    const std::string path = dir.file("两层.gpkg");
    writeSquares(path, 0, "empty");
    // A second layer with features, copied in as ogr2ogr -update would.
    const std::string other = dir.file("other.gpkg");
    writeSquares(other, 2, "parcels");
    GDALDatasetH target = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
    GDALDatasetH from = GDALOpenEx(other.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    REQUIRE(target);
    REQUIRE(from);
    REQUIRE(GDALDatasetCopyLayer(target, GDALDatasetGetLayer(from, 0), "parcels", nullptr));
    GDALClose(from);
    GDALClose(target);

    auto layer = gis::VectorSource::open(path).layer();
    CHECK(layer.name() == "parcels");
    CHECK(contains(layer.notes(), "the first layer 'empty' has no features; the layer 'parcels'"));

    const std::string gpx = dir.file("轨迹.gpx");
    std::ofstream(gis::pathFromUtf8(gpx)) << R"(<?xml version="1.0"?><gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1">
<trk><name>t</name><trkseg><trkpt lat="23.10" lon="113.36"/><trkpt lat="23.11" lon="113.37"/></trkseg></trk></gpx>)";
    const std::string message = inputFailure(gpx);
    CHECK(message.find("the first layer 'waypoints' has no features; choose one of the layers with features with "
                       "--layer: tracks (1 features), track_points (2 features)") != std::string::npos);
}

TEST_CASE("an undefined or unknown CRS is no CRS, with the --crs advice", "[hostile][messages][gdal]")
{
    const test::TempDir dir;
    const std::string undefined = dir.file("未定义.gpkg");
    writeSquares(undefined, 1);
    GDALDatasetH dataset = GDALOpenEx(undefined.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
    REQUIRE(dataset);
    GDALDatasetReleaseResultSet(dataset, GDALDatasetExecuteSQL(dataset, "UPDATE gpkg_geometry_columns SET srs_id = 0", nullptr, nullptr));
    GDALDatasetReleaseResultSet(dataset, GDALDatasetExecuteSQL(dataset, "UPDATE gpkg_contents SET srs_id = 0", nullptr, nullptr));
    GDALClose(dataset);
    std::string message = inputFailure(undefined);
    CHECK(message.find("no coordinate reference system; say which with --crs") != std::string::npos);
    CHECK(message.find("ENGCRS") == std::string::npos);

    const std::string unknown = dir.file("未知.geojson");
    std::ofstream(gis::pathFromUtf8(unknown))
        << R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::99999"}},)"
           R"("features":[{"type":"Feature","properties":{"parcel_id":"P1"},"geometry":{"type":"Point","coordinates":[430150,2550150]}}]})";
    message = inputFailure(unknown);
    CHECK(message.find("no coordinate reference system; say which with --crs") != std::string::npos);
}

TEST_CASE("absurd coordinates make an error row, never an infinite area", "[hostile][messages]")
{
    const test::TempDir dir;
    const std::string path = dir.file("巨大.geojson");
    std::ofstream(gis::pathFromUtf8(path))
        << R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4547"}},)"
           R"("features":[{"type":"Feature","properties":{"parcel_id":"huge"},"geometry":{"type":"Polygon","coordinates":)"
           R"([[[1e300,1e300],[1e308,1e300],[1e308,1e308],[1e300,1e308],[1e300,1e300]]]}}]})";
    core::ParcelInputOptions input;
    input.source = path;
    auto source = core::ParcelSource::open(input);
    core::CollectingSink sink(false);
    core::runBatchCheck(test::squareZones(), source, {}, sink);
    REQUIRE(sink.parcels().size() == 1);
    const core::ParcelResult& row = sink.parcels()[0].result;
    CHECK(row.location == core::Location::Error);
    CHECK(std::isfinite(row.areaM2));
    CHECK(row.reason.find("坐标数值大得不合常理") != std::string::npos);  // the default language: Chinese
}
