// Spreadsheets (XLSX, ODS) as planners keep project lists: a header row (even all text),
// longitude / latitude columns with Chinese names or a WKT column, a sheet picked by --layer.
// Each gives the verdicts of the same parcels in a GeoPackage.
#include "core/batch_check.h"
#include "core/check_errors.h"
#include "core/position_columns.h"
#include "gis/gdal_handles.h"
#include "gis/geometry.h"
#include "gis/vector_writer.h"

#include "check_helpers.h"
#include "pearlzone_catch.h"
#include "temp_dir.h"
#include "test_data.h"

#include <map>
#include <variant>

using namespace pearlzone;

namespace {

using Cell = std::variant<std::string, double>;

struct Sheet {
    std::string name;
    std::vector<std::string> header;
    std::vector<std::vector<Cell>> rows;
};

// A workbook of several sheets, through GDAL as office software would save it: the header
// row holds the column names; a column's type is that of its first cell.
void writeWorkbook(const std::string& path, const char* driver, const std::vector<Sheet>& sheets)
{
    gis::ensureGdalRegistered();
    GDALDatasetH dataset = GDALCreate(GDALGetDriverByName(driver), path.c_str(), 0, 0, 0, GDT_Unknown, nullptr);
    REQUIRE(dataset);
    for (const auto& sheet : sheets) {
        OGRLayerH layer = GDALDatasetCreateLayer(dataset, sheet.name.c_str(), nullptr, wkbNone, nullptr);
        REQUIRE(layer);
        for (std::size_t c = 0; c < sheet.header.size(); ++c) {
            const bool number = !sheet.rows.empty() && std::holds_alternative<double>(sheet.rows[0][c]);
            OGRFieldDefnH field = OGR_Fld_Create(sheet.header[c].c_str(), number ? OFTReal : OFTString);
            OGR_L_CreateField(layer, field, TRUE);
            OGR_Fld_Destroy(field);
        }
        for (const auto& row : sheet.rows) {
            gis::FeatureOwner feature(OGR_F_Create(OGR_L_GetLayerDefn(layer)));
            for (std::size_t c = 0; c < row.size(); ++c) {
                if (const auto* text = std::get_if<std::string>(&row[c])) {
                    if (!text->empty())
                        OGR_F_SetFieldString(feature.get(), static_cast<int>(c), text->c_str());
                } else {
                    OGR_F_SetFieldDouble(feature.get(), static_cast<int>(c), std::get<double>(row[c]));
                }
            }
            REQUIRE(OGR_L_CreateFeature(layer, feature.get()) == OGRERR_NONE);
        }
    }
    GDALClose(dataset);
}

struct Site {
    const char* name;
    const char* industry;
    double lon;
    double lat;
};

// Places whose zones are known (WGS84), with industries designated there, elsewhere or unknown.
const Site kSites[] = {{"广交会地块", "人工智能", 113.362, 23.105},  {"中大东校区地块", "软件", 113.390, 23.064},
                       {"科韵路站地块", "数字金融", 113.3720, 23.1217}, {"广州塔地块", "人工智能", 113.3191, 23.1090},
                       {"未知产业地块", "造船", 113.362, 23.105}};

// The reference: the same sites in a GeoPackage, checked as any GIS file is.
std::vector<std::string> geoPackageOutcomes(const test::TempDir& dir)
{
    const std::string path = dir.file("参考.gpkg");
    gis::VectorWriterOptions options;
    options.layerName = "sites";
    options.crs = "EPSG:4326";
    options.geometry = gis::WriterGeometry::Point;
    options.fields = {{"parcel_id"}, {"industry"}};
    auto writer = gis::VectorWriter::create(path, options);
    for (const auto& site : kSites)
        writer.write({std::string(site.name), std::string(site.industry)}, gis::Geometry::point(site.lon, site.lat).toWkb());
    writer.close();
    core::ParcelInputOptions input;
    input.source = path;
    std::vector<std::string> outcomes;
    for (const auto& parcel : test::runCheck(test::bundledData(), input).parcels)
        outcomes.push_back(test::outcome(parcel.result));
    return outcomes;
}

std::string number(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.6f", value);
    return text;
}

}  // namespace

TEST_CASE("a project list with 经度 / 纬度 columns gives the GeoPackage's verdicts", "[core][inputs][spreadsheet]")
{
    test::TempDir dir;
    const auto expected = geoPackageOutcomes(dir);
    REQUIRE(expected.size() == std::size(kSites));
    // As 招商 staff keep it: Chinese column names, coordinates as numbers or as text cells.
    for (const char* driver : {"XLSX", "ODS"}) {
        for (const bool textCells : {false, true}) {
            INFO(driver << (textCells ? " with text cells" : " with number cells"));
            Sheet sheet{"项目", {"项目名称", "产业", "经度", "纬度", "备注"}, {}};
            for (const auto& site : kSites) {
                sheet.rows.push_back({std::string(site.name), std::string(site.industry),
                                      textCells ? Cell(number(site.lon)) : Cell(site.lon),
                                      textCells ? Cell(number(site.lat)) : Cell(site.lat), std::string("拟落地")});
            }
            const std::string path = dir.file(std::string("项目清单") + (textCells ? "-文本" : "") +
                                              (std::string(driver) == "XLSX" ? ".xlsx" : ".ods"));
            writeWorkbook(path, driver, {sheet});
            core::ParcelInputOptions input;
            input.source = path;
            input.crs = "EPSG:4326";
            auto source = core::ParcelSource::open(input);
            CHECK(source.idField() == "项目名称");
            CHECK(source.industryField() == "产业");
            CHECK(source.positionColumns() == "经度 / 纬度");
            const auto run = test::runCheck(test::bundledData(), input);
            REQUIRE(run.parcels.size() == expected.size());
            for (std::size_t i = 0; i < expected.size(); ++i) {
                CHECK(run.parcels[i].result.parcelId == kSites[i].name);
                CHECK(test::outcome(run.parcels[i].result) == expected[i]);
            }
            CHECK(run.summary.warnings.empty());
        }
    }
}

TEST_CASE("a spreadsheet whose cells are all text keeps its header and reads a WKT column", "[core][inputs][spreadsheet]")
{
    // GDAL takes an all-text first row for data unless told: the header must be forced.
    test::TempDir dir;
    const auto expected = geoPackageOutcomes(dir);
    for (const char* file : {"几何.xlsx", "几何.ods"}) {
        INFO(file);
        Sheet sheet{"地块", {"地块编号", "产业类型", "WKT"}, {}};
        for (const auto& site : kSites)
            sheet.rows.push_back({std::string(site.name), std::string(site.industry),
                                  "POINT (" + number(site.lon) + " " + number(site.lat) + ")"});
        const std::string path = dir.file(file);
        writeWorkbook(path, std::string(file).find(".xlsx") != std::string::npos ? "XLSX" : "ODS", {sheet});
        core::ParcelInputOptions input;
        input.source = path;
        input.crs = "EPSG:4326";
        auto source = core::ParcelSource::open(input);
        CHECK(source.fieldNames() == std::vector<std::string>{"地块编号", "产业类型", "WKT"});
        CHECK(source.positionColumns() == "WKT");
        const auto run = test::runCheck(test::bundledData(), input);
        REQUIRE(run.parcels.size() == expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            CHECK(run.parcels[i].result.parcelId == kSites[i].name);
            CHECK(test::outcome(run.parcels[i].result) == expected[i]);
        }
    }
}

TEST_CASE("the layer option picks the sheet, and a sheet without positions says what it needs", "[core][inputs][spreadsheet]")
{
    test::TempDir dir;
    const std::string path = dir.file("工作簿.xlsx");
    const Sheet notes{"说明", {"事项", "内容"}, {{std::string("来源"), std::string("招商部")}}};
    Sheet projects{"项目", {"编号", "所属行业", "Lon (°)", "Lat (°)"}, {}};
    projects.rows.push_back({std::string("P-1"), std::string("人工智能"), std::string("113.362"), std::string("23.105")});
    projects.rows.push_back({std::string("P-2"), std::string("软件"), std::string("东经113度"), std::string("23.1")});
    writeWorkbook(path, "XLSX", {notes, projects});

    core::ParcelInputOptions input;
    input.source = path;
    input.crs = "EPSG:4326";
    // The first sheet is read by default, and has no positions.
    CHECK_THROWS_WITH(core::ParcelSource::open(input), Catch::Contains("经度 / 纬度") && Catch::Contains("事项, 内容"));
    input.layer = "项目";
    const auto run = test::runCheck(test::bundledData(), input);
    REQUIRE(run.parcels.size() == 2);
    CHECK(run.parcels[0].result.parcelId == "P-1");
    CHECK(core::toString(run.parcels[0].result.verdict) == std::string("pass"));
    // A cell that is no number is that row's error, with a note; the other rows are checked.
    CHECK(run.parcels[1].result.parcelId == "P-2");
    CHECK(core::toString(run.parcels[1].result.location) == std::string("error"));
    CHECK(run.parcels[1].result.geometryNote.find("'东经113度'") != std::string::npos);
    input.layer = "第三页";
    CHECK_THROWS_WITH(core::ParcelSource::open(input), Catch::Contains("layers: 说明, 项目"));
}

TEST_CASE("position columns are found by the SPEC's names, ignoring case, spaces and units", "[core][inputs]")
{
    using Fields = std::vector<std::string>;
    auto columns = core::detectPositionColumns(Fields{"名称", " 经度（°）", "纬度(度)"});
    CHECK(columns.xField == " 经度（°）");
    CHECK(columns.yField == "纬度(度)");
    columns = core::detectPositionColumns(Fields{"LNG", "LAT"});
    CHECK((columns.xField == "LNG" && columns.yField == "LAT"));
    columns = core::detectPositionColumns(Fields{"x", "y", "Geometry"});  // WKT first
    CHECK(columns.wktField == "Geometry");
    CHECK(columns.xField.empty());
    CHECK(core::detectPositionColumns(Fields{"经度", "名称"}).empty());  // x without y is no position
    CHECK(core::detectPositionColumns(Fields{"经度说明", "纬度说明"}).empty());
}
