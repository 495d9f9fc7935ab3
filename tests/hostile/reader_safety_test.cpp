// GDAL as a reader of data, nothing more (SPEC section 8): opening a file never reaches the
// network or starts a program, and a Shapefile whose .dbf is short loses no shape silently.
// A throwaway HTTP server on 127.0.0.1 records every request GDAL would make.
#include "core/batch_check.h"
#include "core/parcel_source.h"
#include "gis/basemap_source.h"
#include "gis/basemap_spec.h"
#include "gis/error.h"
#include "gis/geometry.h"
#include "gis/utf8_path.h"
#include "gis/vector_source.h"
#include "gis/vector_writer.h"

#include "../render/tile_server.h"

#include <cpl_error.h>

#include "pearlzone_catch.h"
#include "square_parcels.h"
#include "temp_dir.h"
#include "test_data.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using namespace pearlzone;
using pearlzone::test::writeSquares;

namespace {

// What GDAL said (errors and warnings) while the object lived.
class GdalMessages {
public:
    GdalMessages() { CPLPushErrorHandlerEx(collect, this); }
    ~GdalMessages() { CPLPopErrorHandler(); }
    GdalMessages(const GdalMessages&) = delete;
    GdalMessages& operator=(const GdalMessages&) = delete;
    std::string all() const { return text_; }

private:
    static void CPL_STDCALL collect(CPLErr, CPLErrorNum, const char* message)
    {
        auto* self = static_cast<GdalMessages*>(CPLGetErrorHandlerUserData());
        self->text_ += std::string(message ? message : "") + "\n";
    }
    std::string text_;
};

// The message VectorSource::open throws for source, "" when it opens.
std::string openFailure(const std::string& source)
{
    try {
        gis::VectorSource::open(source).layer();
    } catch (const gis::Error& error) {
        return error.what();
    }
    return {};
}

}  // namespace

TEST_CASE("a parcel file never makes GDAL reach the network", "[hostile][gdal][network]")
{
    test::TempDir dir;
    // The server holds real parcels: had GDAL fetched them, the VRT would have opened.
    const auto served = dir.path() / gis::pathFromUtf8("served");
    std::filesystem::create_directories(served);
    writeSquares(gis::pathToUtf8(served / "parcels.geojson"), 1);
    test::TileServer server(served);
    const std::string url = "http://127.0.0.1:" + std::to_string(server.port()) + "/parcels.geojson";
    const std::string vrt = "<OGRVRTDataSource><OGRVRTLayer name=\"parcels\"><SrcDataSource>/vsicurl/" + url +
                            "</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>\n";

    SECTION("a .csv holding a VRT is read as the CSV it claims to be")
    {
        const std::string csv = dir.file("地块.csv");
        std::ofstream(gis::pathFromUtf8(csv)) << vrt;
        const auto source = gis::VectorSource::open(csv);
        CHECK(source.driverName() == "CSV");
        auto layer = source.layer();
        CHECK_FALSE(layer.hasGeometryColumn());
        std::vector<gis::VectorFeature> batch;
        layer.readBatch(batch, 10);  // whatever the rows are, none came from the server
        // As parcels: refused (no geometry and no position columns), still without a request.
        core::ParcelInputOptions input;
        input.source = csv;
        input.crs = "EPSG:4547";
        CHECK_THROWS(core::ParcelSource::open(input));
    }
    SECTION("a .vrt file is refused, saying why")
    {
        const std::string file = dir.file("地块.vrt");
        std::ofstream(gis::pathFromUtf8(file)) << vrt;
        const std::string message = openFailure(file);
        CHECK(message.rfind(file + ": not a vector file Pearlzone reads (a GDAL virtual file (VRT)", 0) == 0);
    }
    SECTION("network names are refused before GDAL sees them")
    {
        for (const std::string& name : {"/vsicurl/" + url, url, "/vsizip//vsicurl/" + url + ".zip",
                                        std::string("HTTPS://example.invalid/a.gpkg"), std::string("/vsis3/bucket/a.shp"),
                                        std::string("ftp://127.0.0.1/a.shp")}) {
            INFO(name);
            CHECK(openFailure(name) == name + ": Pearlzone reads files and PostgreSQL connections only, never data "
                                              "over the network; download the file and open the copy");
        }
    }
    SECTION("a tile file that is a web-service description is refused")
    {
        const std::string file = dir.file("底图.mbtiles");
        std::ofstream(gis::pathFromUtf8(file))
            << "<GDAL_WMS><Service name=\"TMS\"><ServerUrl>http://127.0.0.1:" << server.port()
            << "/${z}/${x}/${y}.png</ServerUrl></Service><DataWindow><UpperLeftX>-20037508.34</UpperLeftX>"
               "<UpperLeftY>20037508.34</UpperLeftY><LowerRightX>20037508.34</LowerRightX><LowerRightY>-20037508.34"
               "</LowerRightY><TileLevel>18</TileLevel><TileCountX>1</TileCountX><TileCountY>1</TileCountY>"
               "<YOrigin>top</YOrigin></DataWindow><Projection>EPSG:3857</Projection><BlockSizeX>256</BlockSizeX>"
               "<BlockSizeY>256</BlockSizeY><BandsCount>4</BandsCount></GDAL_WMS>\n";
        try {
            const gis::BasemapSource basemap(gis::parseBasemapSpec(file), {});
            basemap.render({430000, 2550000, 431000, 2551000}, 64, 64);
            FAIL("a tile file describing a web service was used");
        } catch (const gis::Error& error) {
            CHECK(std::string(error.what()).rfind(file + ": not a raster tile file GDAL can read", 0) == 0);
        }
    }
    CHECK(server.requests().isEmpty());
}

TEST_CASE("a .tcx file is refused without starting GPSBabel", "[hostile][gdal]")
{
    test::TempDir dir;
    const std::string tcx = dir.file("轨迹.tcx");
    std::ofstream(gis::pathFromUtf8(tcx))
        << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2\">"
           "<Activities><Activity Sport=\"Biking\"><Id>2026-01-01T00:00:00Z</Id><Lap StartTime=\"2026-01-01T00:00:00Z\">"
           "<Track><Trackpoint><Time>2026-01-01T00:00:00Z</Time><Position><LatitudeDegrees>23.1</LatitudeDegrees>"
           "<LongitudeDegrees>113.36</LongitudeDegrees></Position></Trackpoint></Track></Lap></Activity></Activities>"
           "</TrainingCenterDatabase>\n";
    const GdalMessages messages;
    const std::string message = openFailure(tcx);
    CHECK(message.rfind(tcx + ": not a vector file Pearlzone reads (GDAL reads this GPS format only by starting "
                              "another program (GPSBabel)",
                        0) == 0);
    // GDAL 3.6's GPSBabel driver says "posix_spawnp() failed" when it tries (and gpsbabel is absent).
    CHECK(messages.all().find("spawn") == std::string::npos);
}

TEST_CASE("the formats Pearlzone reads still open", "[hostile][gdal]")
{
    test::TempDir dir;
    for (const std::string name : {"地块.gpkg", "地块.geojson", "地块.shp", "地块.fgb", "地块.kml", "地块.gml"}) {
        INFO(name);
        const std::string path = dir.file(name);
        writeSquares(path, 2);
        auto layer = gis::VectorSource::open(path).layer();
        std::vector<gis::VectorFeature> batch;
        CHECK(layer.readBatch(batch, 10) == 2);
        CHECK_FALSE(batch.back().wkb.empty());
    }
}

TEST_CASE("a Shapefile whose .dbf is short keeps every shape as a row and says so", "[hostile][gdal]")
{
    test::TempDir dir;
    const std::string five = dir.file("五块.shp");
    const std::string two = dir.file("两块.shp");
    writeSquares(five, 5);
    writeSquares(two, 2);
    std::filesystem::copy_file(gis::pathFromUtf8(dir.file("两块.dbf")), gis::pathFromUtf8(dir.file("五块.dbf")),
                               std::filesystem::copy_options::overwrite_existing);

    auto layer = gis::VectorSource::open(five).layer();
    CHECK(layer.shapeCount() == 5);
    CHECK(layer.attributeRecordCount() == 2);

    core::ParcelInputOptions input;
    input.source = five;
    auto source = core::ParcelSource::open(input);
    core::CollectingSink sink(false);
    const core::BatchSummary summary = core::runBatchCheck(test::squareZones(), source, {}, sink);
    REQUIRE(sink.parcels().size() == 5);
    CHECK(summary.total == 5);
    CHECK(sink.parcels()[0].result.parcelId == "P1");
    CHECK(sink.parcels()[1].result.parcelId == "P2");
    CHECK(sink.parcels()[1].result.zoneId == "pazhou_core");
    for (int shape = 3; shape <= 5; ++shape) {
        const core::ParcelResult& row = sink.parcels()[static_cast<std::size_t>(shape - 1)].result;
        INFO(shape);
        CHECK(row.geometryNote.find("shape " + std::to_string(shape) +
                                    " of 5 has no attributes in the .dbf (it holds 2 records)") != std::string::npos);
        // The outline still comes from the .shp: the square lies in the Pazhou core zone.
        CHECK(row.geometryNote.find("could not be read") == std::string::npos);
        CHECK(row.zoneId == "pazhou_core");
        CHECK(row.areaM2 == Approx(10000.0));
    }
    bool warned = false;
    for (const auto& warning : summary.warnings)
        warned = warned || warning.find(".shp holds 5 shapes but its .dbf only 2 records") != std::string::npos;
    CHECK(warned);

    // Reading again (a second pass, as the app's preview and check do) gives the same rows.
    layer.rewind();
    std::vector<gis::VectorFeature> batch;
    CHECK(layer.readBatch(batch, 10) == 5);
    CHECK(batch[4].fid == 4);
    CHECK(batch[4].attributes == std::vector<std::string>{"", ""});  // both fields, empty
    CHECK_FALSE(batch[4].wkb.empty());
}

TEST_CASE("a KML track without times is read without a crash", "[hostile][gdal]")
{
    // GDAL autotest's gx_track_without_when.kml in short: GDAL 3.6's LIBKML driver crashes on it.
    const test::TempDir dir;
    const std::string path = dir.file("轨迹.kml");
    std::ofstream(gis::pathFromUtf8(path)) << R"(<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2"><Document><Placemark>
<name>track</name><gx:Track><gx:coord>113.36 23.10 0</gx:coord><gx:coord>113.37 23.11 0</gx:coord></gx:Track>
</Placemark></Document></kml>)";
    auto layer = gis::VectorSource::open(path).layer();
    std::vector<gis::VectorFeature> batch;
    CHECK(layer.readBatch(batch, 10) <= 1);  // the track skipped (or read): no crash either way
}
