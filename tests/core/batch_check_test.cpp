// The batch pipeline over every input format, encodings, CRSs, thread counts and bad inputs.
#include "core/batch_check.h"
#include "core/check_errors.h"
#include "core/pilot_zone_data.h"
#include "core/report_writer.h"
#include "gis/chinese_web_crs.h"
#include "gis/geometry.h"
#include "gis/utf8_path.h"
#include "gis/vector_source.h"
#include "gis/vector_writer.h"

#include "check_helpers.h"
#include "pearlzone_catch.h"
#include "test_data.h"
#include "temp_dir.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

using namespace pearlzone;
using pearlzone::test::squareZones;

namespace {

const std::string kRules = std::string(PEARLZONE_TEST_DATA_DIR) + "/rules";

std::vector<core::CheckedParcel> check(const core::PilotZoneData& data, const core::ParcelInputOptions& input,
                                       int threads = 2, std::size_t batchSize = 64)
{
    return test::runCheck(data, input, threads, batchSize).parcels;
}

using test::outcome;

struct Parcel {
    std::string id;
    std::string industry;
    std::vector<unsigned char> wkb;
};

// The polygon parcels of some golden folders: every format can hold them.
std::vector<Parcel> goldenPolygons()
{
    std::vector<Parcel> parcels;
    for (const char* folder : {"location", "subareas", "industries"}) {
        auto layer = gis::VectorSource::open(kRules + "/" + folder + "/parcels.geojson").layer();
        layer.selectFields({"parcel_id", "industry"});
        std::vector<gis::VectorFeature> batch;
        while (std::size_t n = layer.readBatch(batch, 100)) {
            for (std::size_t i = 0; i < n; ++i) {
                if (gis::Geometry::fromWkb(batch[i].wkb).type() == gis::GeometryType::Polygon)
                    parcels.push_back({batch[i].attributes[0], batch[i].attributes[1], batch[i].wkb});
            }
        }
    }
    return parcels;
}

void writeParcels(const std::string& path, const std::vector<Parcel>& parcels, const std::string& driver,
                  const std::string& crs, const std::string& encoding = {})
{
    gis::VectorWriterOptions options;
    options.driver = driver;
    options.layerName = "parcels";
    options.crs = crs;
    options.geometry = gis::WriterGeometry::Polygon;
    options.encoding = encoding;
    if (driver == "DXF") {
        options.fields = {{"Layer"}};  // CAD files carry the industry as the layer name
    } else {
        options.fields = {{"parcel_id"}, {"industry"}};
    }
    auto writer = gis::VectorWriter::create(path, options);
    for (const auto& p : parcels) {
        if (driver == "DXF")
            writer.write({p.industry}, p.wkb);
        else
            writer.write({p.id, p.industry}, p.wkb);
    }
    writer.close();
}

using test::fileText;

}  // namespace

TEST_CASE("every input format gives the same report on the same parcels", "[core][batch][formats]")
{
    test::TempDir dir;
    const auto parcels = goldenPolygons();
    REQUIRE(parcels.size() > 15);
    const std::string reference = dir.file("参考.gpkg");
    writeParcels(reference, parcels, "GPKG", "EPSG:4547");
    core::ParcelInputOptions referenceInput;
    referenceInput.source = reference;
    const auto expected = check(squareZones(), referenceInput);
    REQUIRE(expected.size() == parcels.size());

    struct Format {
        const char* file;
        const char* driver;
        const char* crs;       // written with
        const char* readCrs;   // given with --crs (for formats that store none)
        const char* encoding;  // given with --encoding
    };
    const Format formats[] = {
        {"地块.geojson", "GeoJSON", "EPSG:4547", "", ""},
        {"地块.fgb", "FlatGeobuf", "EPSG:4547", "", ""},
        {"地块.shp", "ESRI Shapefile", "EPSG:4547", "", ""},
        {"地块.kml", "LIBKML", "EPSG:4547", "", ""},  // KML stores WGS84: GDAL reprojects on write
        {"地块.csv", "CSV", "", "EPSG:4547", ""},
        // GDAL's DXF writer stores UTF-8 under an ANSI_1252 header: say so when reading.
        {"地块.dxf", "DXF", "", "EPSG:4547", "UTF-8"},
    };
    for (const auto& format : formats) {
        INFO(format.driver);
        const std::string path = dir.file(format.file);
        writeParcels(path, parcels, format.driver, format.crs);
        core::ParcelInputOptions input;
        input.source = path;
        input.crs = format.readCrs;
        input.encoding = format.encoding;
        if (std::string(format.driver) == "DXF") {
            input.industryField = "Layer";
            input.idField = "EntityHandle";
        }
        const auto got = check(squareZones(), input);
        REQUIRE(got.size() == expected.size());
        // FlatGeobuf stores features in spatial-index order; DXF keeps order but has no ids.
        std::map<std::string, std::string> byId;
        for (const auto& p : got)
            byId[p.result.parcelId] = outcome(p.result);
        for (std::size_t i = 0; i < got.size(); ++i) {
            INFO(expected[i].result.parcelId << ": " << got[i].result.reason);
            if (std::string(format.driver) == "DXF" && expected[i].result.industry.empty())
                continue;  // a DXF entity always has a layer ("0"): it cannot say "no industry"
            if (std::string(format.driver) == "DXF")
                CHECK(outcome(got[i].result) == outcome(expected[i].result));
            else
                CHECK(byId[expected[i].result.parcelId] == outcome(expected[i].result));
        }
    }
}

TEST_CASE("GBK text survives from a Shapefile with or without its .cpg", "[core][batch][encoding]")
{
    test::TempDir dir;
    const auto parcels = goldenPolygons();
    const std::string shp = dir.file("琶洲.shp");
    writeParcels(shp, parcels, "ESRI Shapefile", "EPSG:4547", "CP936");
    core::ParcelInputOptions input;
    input.source = shp;
    const auto withCpg = check(squareZones(), input);
    std::filesystem::remove(gis::pathFromUtf8(dir.file("琶洲.cpg")));
    input.encoding = "GBK";
    const auto withEncoding = check(squareZones(), input);
    REQUIRE(withCpg.size() == parcels.size());
    REQUIRE(withEncoding.size() == parcels.size());
    for (std::size_t i = 0; i < parcels.size(); ++i) {
        CHECK(withCpg[i].result.industry == parcels[i].industry);
        CHECK(withEncoding[i].result.industry == parcels[i].industry);
        CHECK(outcome(withEncoding[i].result) == outcome(withCpg[i].result));
    }
    // Written as invalid text on purpose, the note still says where to look.
    const std::string latin = dir.file("乱码.csv");
    std::ofstream(gis::pathFromUtf8(latin)) << "id,industry,WKT\n1,caf\xE9,\"POINT (430100 2550100)\"\n";
    core::ParcelInputOptions garbledInput;
    garbledInput.source = latin;
    garbledInput.crs = "EPSG:4547";
    const auto garbled = check(squareZones(), garbledInput);
    REQUIRE(garbled.size() == 1);
    CHECK(garbled[0].result.industry == "caf\xEF\xBF\xBD");
    CHECK(garbled[0].result.geometryNote.find("--encoding") != std::string::npos);
}

TEST_CASE("a DXF's code page is honoured and closed polylines are parcels", "[core][batch][encoding]")
{
    // A minimal DXF as Chinese CAD software writes it: GBK text under $DWGCODEPAGE ANSI_936,
    // one closed LWPOLYLINE per parcel, the industry as the layer name.
    test::TempDir dir;
    const std::string path = dir.file("规划.dxf");
    const std::string layerName = "\xC8\xCB\xB9\xA4\xD6\xC7\xC4\xDC";  // 人工智能 in GBK
    std::ofstream out(gis::pathFromUtf8(path), std::ios::binary);
    out << "0\nSECTION\n2\nHEADER\n9\n$ACADVER\n1\nAC1015\n9\n$DWGCODEPAGE\n3\nANSI_936\n0\nENDSEC\n"
        << "0\nSECTION\n2\nENTITIES\n"
        << "0\nLWPOLYLINE\n5\n2A\n100\nAcDbEntity\n8\n" << layerName << "\n100\nAcDbPolyline\n90\n4\n70\n1\n"
        << "10\n430100\n20\n2550100\n10\n430200\n20\n2550100\n10\n430200\n20\n2550200\n10\n430100\n20\n2550200\n"
        << "0\nENDSEC\n0\nEOF\n";
    out.close();
    core::ParcelInputOptions input;
    input.source = path;
    input.crs = "EPSG:4547";
    input.industryField = "Layer";
    input.idField = "EntityHandle";
    const auto got = check(squareZones(), input);
    REQUIRE(got.size() == 1);
    CHECK(got[0].result.industry == "人工智能");
    CHECK(got[0].result.parcelId == "2A");
    CHECK(got[0].result.areaM2 == Approx(10000.0));
    CHECK(core::toString(got[0].result.verdict) == std::string("pass"));
    CHECK(got[0].result.geometryNote.empty());  // a drawing's closed polyline is its outline
}

TEST_CASE("GCJ-02 and BD-09 points land where their WGS84 originals do", "[core][batch][crs]")
{
    struct Landmark {
        const char* id;
        double lon;
        double lat;
        const char* zone;
    };
    const Landmark landmarks[] = {{"广交会", 113.362, 23.105, "pazhou_core"}, {"中大东校区", 113.390, 23.064, "pazhou_core"},
                                  {"科韵路站", 113.3720, 23.1217, "ifc"}, {"广州塔", 113.3191, 23.1090, ""}};
    test::TempDir dir;
    auto writeCsv = [&](const std::string& name, auto convert) {
        const std::string path = dir.file(name);
        std::ofstream out(gis::pathFromUtf8(path));
        out << "地块编号,产业,lon,lat\n";
        out.precision(12);
        for (const auto& l : landmarks) {
            const gis::LonLat p = convert(gis::LonLat{l.lon, l.lat});
            out << l.id << ",人工智能," << p.lon << "," << p.lat << "\n";
        }
        return path;
    };
    const std::string wgs = writeCsv("wgs84.csv", [](gis::LonLat p) { return p; });
    const std::string gcj = writeCsv("gcj02.csv", gis::wgs84ToGcj02);
    const std::string bd = writeCsv("bd09.csv", gis::wgs84ToBd09);
    for (const auto& [path, crs] : {std::pair{wgs, "EPSG:4326"}, {gcj, "GCJ02"}, {bd, "BD09"}}) {
        INFO(crs);
        core::ParcelInputOptions input;
        input.source = path;
        input.crs = crs;
        const auto got = check(test::bundledData(), input);
        REQUIRE(got.size() == std::size(landmarks));
        for (std::size_t i = 0; i < got.size(); ++i) {
            CHECK(got[i].result.parcelId == landmarks[i].id);
            CHECK(got[i].result.zoneId == landmarks[i].zone);
        }
    }
    // Taken for WGS84, GCJ-02 coordinates are some 600 m off: a parcel near a zone's edge moves.
    core::ParcelInputOptions wrong;
    wrong.source = gcj;
    wrong.crs = "EPSG:4326";
    CHECK(check(test::bundledData(), wrong).size() == std::size(landmarks));
}

TEST_CASE("reports are identical for any thread count and batch size", "[core][batch][threads]")
{
    test::TempDir dir;
    std::vector<std::string> reports;
    for (const auto& [threads, batch] : {std::pair{1, 1000}, {2, 17}, {3, 64}, {4, 5}}) {
        const std::string path = dir.file("报告-" + std::to_string(threads) + ".csv");
        core::ParcelInputOptions input;
        input.source = std::string(PEARLZONE_DATA_DIR) + "/sample-parcels.geojson";
        auto source = core::ParcelSource::open(input);
        core::ReportWriter writer(path);
        core::BatchCheckOptions options;
        options.threads = threads;
        options.batchSize = static_cast<std::size_t>(batch);
        const auto summary = core::runBatchCheck(test::bundledData(), source, options, writer);
        CHECK(summary.total == 3000);
        writer.commit();
        reports.push_back(fileText(path));
    }
    REQUIRE(reports[0].size() > 100000);
    for (std::size_t i = 1; i < reports.size(); ++i)
        CHECK(reports[i] == reports[0]);
}

TEST_CASE("reports in CSV, GeoJSON and GeoPackage carry the SPEC's columns", "[core][batch][report]")
{
    test::TempDir dir;
    for (const char* name : {"报告.csv", "报告.geojson", "报告.gpkg"}) {
        INFO(name);
        const std::string path = dir.file(name);
        core::ParcelInputOptions input;
        input.source = kRules + "/location/parcels.geojson";
        auto source = core::ParcelSource::open(input);
        {
            core::ReportWriter writer(path);
            core::runBatchCheck(squareZones(), source, {}, writer);
            writer.commit();
        }
        auto layer = gis::VectorSource::open(path).layer();
        CHECK(layer.fieldNames() == core::reportColumns());
        std::vector<gis::VectorFeature> batch;
        CHECK(layer.readBatch(batch, 100) == 9);
        CHECK(batch[1].attributes[0] == "half-inside");
        CHECK(std::stod(batch[1].attributes[5]) == Approx(0.5));
        if (std::string(name) != "报告.csv") {
            CHECK_FALSE(batch[1].wkb.empty());
            CHECK_FALSE(layer.crsWkt().empty());
        }
    }
    CHECK(fileText(dir.file("报告.csv")).rfind("\xEF\xBB\xBF" "parcel_id,industry,industry_codes,zone_id", 0) == 0);
}

TEST_CASE("a cancelled check leaves no file behind, and keeps an earlier report", "[core][batch][cancel]")
{
    test::TempDir dir;
    const std::string path = dir.file("报告.csv");
    { std::ofstream(gis::pathFromUtf8(path)) << "an earlier report"; }
    std::atomic<bool> cancel{false};
    core::BatchSummary summary;
    {
        core::ParcelInputOptions input;
        input.source = std::string(PEARLZONE_DATA_DIR) + "/sample-parcels.geojson";
        auto source = core::ParcelSource::open(input);
        core::ReportWriter writer(path);
        core::BatchCheckOptions options;
        options.batchSize = 100;
        summary = core::runBatchCheck(test::bundledData(), source, options, writer,
                                      [&](const core::BatchProgress& p) { cancel = p.done >= 300; }, &cancel);
    }  // not committed
    CHECK(summary.cancelled);
    CHECK(summary.total < 3000);
    CHECK(fileText(path) == "an earlier report");
    int files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path()))
        ++files;
    CHECK(files == 1);
}

TEST_CASE("bad inputs get messages that name the file and the fix", "[core][batch][bad-input]")
{
    test::TempDir dir;
    core::ParcelInputOptions input;
    input.source = dir.file("无.gpkg");
    CHECK_THROWS_AS(core::ParcelSource::open(input), core::InputError);

    const std::string noCrs = dir.file("无坐标系.csv");
    std::ofstream(gis::pathFromUtf8(noCrs)) << "id,industry,WKT\n1,人工智能,\"POINT (430100 2550100)\"\n";
    input.source = noCrs;
    CHECK_THROWS_WITH(core::ParcelSource::open(input), Catch::Contains("have no coordinate reference system; say which with --crs"));
    input.crs = "EPSG:999999";
    CHECK_THROWS_WITH(core::ParcelSource::open(input), Catch::Contains("EPSG:999999"));
    input.crs = "EPSG:4547";
    input.industryField = "用途";
    CHECK_THROWS_WITH(core::ParcelSource::open(input), Catch::Contains("there is no industry field '用途' (fields: id, industry)"));

    // No industry field at all is no error: every industry is missing, and a notice says so.
    const std::string noIndustry = dir.file("无产业.csv");
    std::ofstream(gis::pathFromUtf8(noIndustry)) << "id,name,WKT\n1,x,\"POINT (430100 2550100)\"\n";
    core::ParcelInputOptions other;
    other.source = noIndustry;
    other.crs = "EPSG:4547";
    auto source = core::ParcelSource::open(other);
    CHECK(source.industryField().empty());
    REQUIRE(source.notices().size() == 1);
    CHECK(source.notices()[0].find("no industry field") != std::string::npos);

    CHECK_THROWS_AS(core::ReportWriter(dir.file("没有的文件夹/报告.csv")), core::OutputError);
    CHECK_THROWS_AS(core::ReportWriter(dir.file("报告.ods")), core::OutputError);
}

TEST_CASE("parcels far from the pilot zone warn that their CRS is probably wrong", "[core][batch][crs]")
{
    test::TempDir dir;
    auto run = [&](const std::string& name, const std::string& rows, const std::string& crs) {
        const std::string path = dir.file(name);
        std::ofstream(gis::pathFromUtf8(path)) << "id,industry,WKT\n" << rows;
        core::ParcelInputOptions input;
        input.source = path;
        input.crs = crs;
        auto source = core::ParcelSource::open(input);
        core::CollectingSink sink(false);
        return core::runBatchCheck(test::bundledData(), source, {}, sink);
    };
    // Zone-prefixed eastings (EPSG:4526) declared as EPSG:4547.
    const auto prefixed = run("带号.csv", "1,人工智能,\"POINT (38434640 2556308)\"\n2,人工智能,\"POINT (38434700 2556400)\"\n", "EPSG:4547");
    REQUIRE(prefixed.warnings.size() == 1);
    CHECK(prefixed.warnings[0].find("EPSG:4526") != std::string::npos);
    // Latitude first in a lon/lat CRS.
    const auto swapped = run("颠倒.csv", "1,人工智能,\"POINT (23.105 113.362)\"\n", "EPSG:4326");
    REQUIRE(swapped.warnings.size() == 1);
    CHECK(swapped.warnings[0].find("swapped") != std::string::npos);
    // Right CRS: no warning.
    CHECK(run("正常.csv", "1,人工智能,\"POINT (434640 2556308)\"\n", "EPSG:4547").warnings.empty());
}
