// Reports safe to open (SPEC section 8): text a parcel file carries never reaches a
// spreadsheet as a formula; numbers stay numbers.
#include "core/report_writer.h"
#include "core/table_output.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"

#include <fstream>
#include <iterator>
#include <string>

using namespace pearlzone;

namespace {

std::string fileText(const std::string& path)
{
    std::ifstream in(gis::pathFromUtf8(path), std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("CSV text cells that would start a formula get a leading apostrophe; numbers stay numbers",
          "[hostile][report]")
{
    const test::TempDir dir;
    const std::string path = dir.file("报告.csv");
    core::TableOutputOptions options;
    options.layerName = "report";
    options.fields = {{"parcel_id", gis::FieldType::String}, {"area_m2", gis::FieldType::Real, 14, 2},
                      {"industry", gis::FieldType::String}, {"reason", gis::FieldType::String}};
    core::TableOutput table(path, options);
    table.writeCells({"=cmd|\" /C calc\"!A0", "-12.5", "@SUM(A1)", "+86 20"});
    table.writeCells({"-5", "-3", "\t=1", "琶洲-1=2"});
    table.writeCells({"\r=x", "7", "", "a=b"});
    table.commit();

    // Written by hand: the BOM, the header, then each row; quoted where RFC 4180 says
    // (a quote, comma or line end inside).
    CHECK(fileText(path) == "\xEF\xBB\xBF"
                            "parcel_id,area_m2,industry,reason\r\n"
                            "\"'=cmd|\"\" /C calc\"\"!A0\",-12.5,'@SUM(A1),'+86 20\r\n"
                            "'-5,-3,'\t=1,琶洲-1=2\r\n"
                            "\"'\r=x\",7,,a=b\r\n");
}

TEST_CASE("the check report's text columns are the ones neutralised, its measures are numbers",
          "[hostile][report]")
{
    int text = 0;
    for (const auto& field : core::reportFields()) {
        INFO(field.name);
        const bool measure = field.name == "area_m2" || field.name == "inside_m2" || field.name == "inside_ratio" ||
                             field.name == "constraint_m2";
        CHECK((field.type == gis::FieldType::String) == !measure);
        text += field.type == gis::FieldType::String ? 1 : 0;
    }
    CHECK(text > 5);
}
