// What the fuzzers of fuzz/ found, kept as tests (the inputs are also in fuzz/corpus/).
#include "core/csv_report_file.h"
#include "core/industry_catalogue.h"
#include "gis/error.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"

#include <gdal.h>
#include <ogr_api.h>

#include <fstream>

using namespace pearlzone;

TEST_CASE("fuzz: a parent whose own parent is unknown is refused, not followed", "[hostile][fuzz]")
{
    // fuzz_catalogue_table: "a" names the parent "b", which comes later and names the unknown
    // "c"; the cycle walk went up from "a" before "b"'s parent had been checked (null deref).
    const test::TempDir dir;
    const std::string path = dir.file("industries.csv");
    std::ofstream(path) << "code,name_zh,name_zh_hant,name_en,aliases,parent,gbt4754\n"
                           "a,甲,甲,A,,b,\n"
                           "b,乙,乙,B,,c,\n";
    try {
        core::IndustryCatalogue::load(path);
        FAIL("the catalogue was accepted");
    } catch (const gis::Error& error) {
        CHECK(std::string(error.what()).find("unknown parent 'c'") != std::string::npos);
    }
}

TEST_CASE("fuzz: report cells GDAL might misread come back from its CSV reader", "[hostile][fuzz]")
{
    // fuzz_csv_report: a cell holding "<OGRVRTDataSource" made GDAL, left to guess the format,
    // open the report as a VRT; line ends inside cells come back as \n (\r\n, \n\r and \r alike).
    const test::TempDir dir;
    const std::string path = dir.file("报告.csv");
    {
        core::CsvReportFile file(path, {"a", "b"});
        file.writeRow({"", "<OGRVRTDataSource"});
        file.writeRow({"g\n\r=x", "crlf\r\nx"});
        file.close();
    }
    GDALAllRegister();
    const char* const csvOnly[] = {"CSV", nullptr};
    GDALDatasetH dataset = GDALOpenEx(path.c_str(), GDAL_OF_VECTOR, csvOnly, nullptr, nullptr);
    REQUIRE(dataset);
    OGRLayerH layer = GDALDatasetGetLayer(dataset, 0);
    std::vector<std::string> cells;
    while (OGRFeatureH feature = OGR_L_GetNextFeature(layer)) {
        for (int i = 0; i < 2; ++i)
            cells.emplace_back(OGR_F_GetFieldAsString(feature, i));
        OGR_F_Destroy(feature);
    }
    GDALClose(dataset);
    CHECK(cells == std::vector<std::string>{"", "<OGRVRTDataSource", "g\n=x", "crlf\nx"});
}
