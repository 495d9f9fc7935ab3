// Excel workbooks: the generic table writer (read back with GDAL's XLSX driver, formatting read
// from the workbook's XML) and the check report written as one.
#include "core/batch_check.h"
#include "core/report_run.h"
#include "core/report_writer.h"
#include "core/spreadsheet_text.h"
#include "core/table_workbook.h"
#include "gis/gdal_handles.h"
#include "gis/utf8_path.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"
#include "test_data.h"

#include <cpl_vsi.h>

#include <filesystem>
#include <string>
#include <vector>

using namespace pearlzone;

namespace {

const std::string kRules = std::string(PEARLZONE_TEST_DATA_DIR) + "/rules";

// One file of the workbook's zip, as text.
std::string partOf(const std::string& workbook, const std::string& part)
{
    VSILFILE* file = VSIFOpenL(("/vsizip/" + workbook + "/" + part).c_str(), "rb");
    if (!file)
        return {};
    std::string text;
    char buffer[4096];
    while (const auto n = VSIFReadL(buffer, 1, sizeof buffer, file))
        text.append(buffer, n);
    VSIFCloseL(file);
    return text;
}

struct Sheet {
    std::vector<std::string> headings;
    std::vector<OGRFieldType> types;
    std::vector<std::vector<std::string>> rows;  // as text
};

// A sheet as GDAL's XLSX driver reads it, the first row taken as the header or not.
Sheet readSheet(const std::string& path, const std::string& name, bool header = true)
{
    gis::ensureGdalRegistered();
    const char* options[] = {header ? "HEADERS=FORCE" : "HEADERS=DISABLE", nullptr};
    const char* drivers[] = {"XLSX", nullptr};
    GDALDatasetH dataset = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, drivers, options, nullptr);
    REQUIRE(dataset);
    Sheet sheet;
    OGRLayerH layer = GDALDatasetGetLayerByName(dataset, name.c_str());
    REQUIRE(layer);
    OGRFeatureDefnH definition = OGR_L_GetLayerDefn(layer);
    for (int i = 0; i < OGR_FD_GetFieldCount(definition); ++i) {
        sheet.headings.push_back(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(definition, i)));
        sheet.types.push_back(OGR_Fld_GetType(OGR_FD_GetFieldDefn(definition, i)));
    }
    while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
        std::vector<std::string> row;
        for (int i = 0; i < OGR_FD_GetFieldCount(definition); ++i)
            row.push_back(OGR_F_IsFieldSetAndNotNull(feature, i) ? OGR_F_GetFieldAsString(feature, i) : "");
        sheet.rows.push_back(row);
        OGR_F_Destroy(feature);
    }
    GDALClose(dataset);
    return sheet;
}

}  // namespace

TEST_CASE("text that Excel would run as a formula gets a leading apostrophe", "[core][workbook]")
{
    CHECK(core::neutralisedCellText("=1+2") == "'=1+2");
    CHECK(core::neutralisedCellText("+86 20") == "'+86 20");
    CHECK(core::neutralisedCellText("-5") == "'-5");
    CHECK(core::neutralisedCellText("@SUM(A1)") == "'@SUM(A1)");
    CHECK(core::neutralisedCellText("\t=1") == "'\t=1");
    CHECK(core::neutralisedCellText("琶洲-1=2") == "琶洲-1=2");
    CHECK(core::neutralisedCellText("") == "");
}

TEST_CASE("a table workbook keeps numbers as numbers and formats its header and cells", "[core][workbook]")
{
    test::TempDir dir;
    const std::string path = dir.file("表格.xlsx");
    {
        core::TableWorkbook workbook(path);
        auto column = [](const char* heading, core::WorkbookCellStyle style, double width, int decimals) {
            core::WorkbookColumn c;
            c.heading = heading;
            c.style = style;
            c.width = width;
            c.decimals = decimals;
            return c;
        };
        const auto id = column("编号", core::WorkbookCellStyle::Text, 12.0, 0);
        const auto share = column("比例", core::WorkbookCellStyle::Percent, 10.0, 1);
        const auto area = column("面积", core::WorkbookCellStyle::Number, 12.0, 2);
        auto verdict = column("结论", core::WorkbookCellStyle::Text, 12.0, 0);
        verdict.fills = {{"pass", 0x00FF00}, {"fail", 0xFF0000}};
        const auto note = column("说明", core::WorkbookCellStyle::WrappedText, 55.0, 0);
        workbook.beginTable("结果", {id, share, area, verdict, note});
        workbook.addRow({std::string("a-1"), 0.5, 12.25, std::string("pass"), std::string("=HYPERLINK(\"x\")")});
        workbook.addRow({std::string("-5"), 1.0, std::int64_t{3}, std::string("fail"), std::monostate{}});
        workbook.addListSheet("摘要", {{std::string("地块数"), std::int64_t{2}}, {std::string("统计")}});
        workbook.close();
    }
    const Sheet table = readSheet(path, "结果");
    CHECK(table.headings == std::vector<std::string>{"编号", "比例", "面积", "结论", "说明"});
    CHECK(table.types[1] == OFTReal);
    CHECK(table.types[2] == OFTReal);
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0] == std::vector<std::string>{"a-1", "0.5", "12.25", "pass", "'=HYPERLINK(\"x\")"});
    CHECK(table.rows[1][0] == "'-5");
    CHECK(table.rows[1][2] == "3");
    const Sheet summary = readSheet(path, "摘要", false);
    REQUIRE(summary.rows.size() == 2);
    CHECK(summary.rows[0] == std::vector<std::string>{"地块数", "2"});
    CHECK(summary.types[1] == OFTInteger);
    CHECK(summary.rows[1] == std::vector<std::string>{"统计", ""});

    const std::string sheetXml = partOf(path, "xl/worksheets/sheet1.xml");
    CHECK_THAT(sheetXml, Catch::Contains("ySplit=\"1\""));
    CHECK_THAT(sheetXml, Catch::Contains("state=\"frozen\""));
    CHECK_THAT(sheetXml, Catch::Contains("<autoFilter ref=\"A1:E3\"/>"));
    CHECK_THAT(sheetXml, Catch::Contains("width=\"55.7"));  // Excel's width: characters plus padding
    const std::string styles = partOf(path, "xl/styles.xml");
    CHECK_THAT(styles, Catch::Contains("formatCode=\"0.0%\""));
    CHECK_THAT(styles, Catch::Contains("formatCode=\"0.00\""));
    CHECK_THAT(styles, Catch::Contains("rgb=\"FF00FF00\""));
    CHECK_THAT(styles, Catch::Contains("rgb=\"FFFF0000\""));
    CHECK_THAT(styles, Catch::Contains("wrapText=\"1\""));
}

TEST_CASE("the check report as a workbook: results and summary in the report language", "[core][workbook][report]")
{
    test::TempDir dir;
    const std::string path = dir.file("报告.xlsx");
    core::ParcelInputOptions input;
    input.source = kRules + "/location/parcels.geojson";
    auto source = core::ParcelSource::open(input);
    core::ReportOptions options;
    options.run.input = input.source;
    options.run.checksum = "abc123";
    options.run.language = core::Language::Chinese;
    {
        core::ReportWriter writer(path, nullptr, options);
        const auto summary = core::runBatchCheck(test::squareZones(), source, {}, writer);
        writer.setSummary(summary);
        writer.commit();
    }
    const Sheet results = readSheet(path, "检查结果");
    REQUIRE(results.headings.size() == core::reportColumns().size());
    CHECK(results.headings[0] == "地块编号");
    CHECK(results.headings[5] == "区内比例");
    CHECK(results.types[5] == OFTReal);  // inside_ratio
    CHECK(results.types[6] != OFTString);  // area_m2: whole numbers here, which GDAL reads as integers
    // tests/data/rules/location/expected.csv, by hand
    REQUIRE(results.rows.size() == 9);
    CHECK(results.rows[1][0] == "half-inside");
    CHECK(std::stod(results.rows[1][5]) == Approx(0.5));
    CHECK(results.rows[1][10] == "review");  // values stay codes
    CHECK(results.rows[2][10] == "fail");
    CHECK(results.rows[5][3] == "yuzhu");
    CHECK(std::stod(results.rows[5][5]) == Approx(0.6667).margin(1e-4));

    const Sheet summary = readSheet(path, "摘要", false);
    auto valueOf = [&](const std::string& label) {
        for (const auto& row : summary.rows)
            if (!row.empty() && row[0] == label)
                return row[1];
        return std::string("(absent)");
    };
    CHECK(valueOf("输入文件校验和（SHA-256）") == "abc123");
    CHECK(valueOf("区内比例下限") == "0.99");
    CHECK(valueOf("地块数") == "9");
    CHECK(valueOf("pass") == "3");  // wholly-inside, point-on-boundary, just-inside-99
    CHECK(valueOf("review") == "4");
    CHECK(valueOf("fail") == "2");
    CHECK(valueOf("yuzhu") == "1");
    CHECK(valueOf("pazhou_core") == "6");

    const std::string styles = partOf(path, "xl/styles.xml");
    CHECK_THAT(styles, Catch::Contains("formatCode=\"0.00%\""));
    CHECK_THAT(styles, Catch::Contains("rgb=\"FFC6EFCE\""));  // pass
    CHECK_THAT(styles, Catch::Contains("rgb=\"FFFFC7CE\""));  // fail
}

TEST_CASE("an uncommitted workbook report leaves nothing behind", "[core][workbook][cancel]")
{
    test::TempDir dir;
    {
        core::ParcelInputOptions input;
        input.source = kRules + "/location/parcels.geojson";
        auto source = core::ParcelSource::open(input);
        core::ReportWriter writer(dir.file("报告.xlsx"));
        core::runBatchCheck(test::squareZones(), source, {}, writer);
    }
    CHECK(std::filesystem::is_empty(dir.path()));
}

TEST_CASE("a connection's password never reaches a report or a run record", "[core][report]")
{
    CHECK(core::withoutPassword("PG:host=db dbname=plan user=me password=s3cret port=5432") ==
          "PG:host=db dbname=plan user=me password=*** port=5432");
    CHECK(core::withoutPassword("PG:dbname=plan PASSWORD = 'a secret'") == "PG:dbname=plan PASSWORD = ***");
    CHECK(core::withoutPassword("PG:postgresql://me:s3cret@db/plan") == "PG:postgresql://me:***@db/plan");
    CHECK(core::withoutPassword("/data/地块.gpkg") == "/data/地块.gpkg");
}
