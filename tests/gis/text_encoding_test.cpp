// Telling text encodings apart: UTF-8, Chinese GB18030 and Western code pages, and the DXF
// header rules of gis/text_encoding.h.
#include "gis/text_encoding.h"

#include "gbk_bytes.h"
#include "pearlzone_catch.h"
#include "temp_dir.h"

#include <fstream>

using namespace pearlzone;
using test::gbk;

TEST_CASE("Chinese GB18030 text is told from UTF-8 and from Western code pages", "[gis][encoding]")
{
    const std::string ai = "人工智能";
    CHECK(gis::isValidUtf8(ai));
    CHECK_FALSE(gis::looksLikeChineseGb18030(ai));  // UTF-8 is UTF-8
    CHECK(gis::looksLikeChineseGb18030(gbk(ai + "，琶洲")));
    CHECK(gis::recodeToUtf8(gbk(ai), gis::kChineseEncoding) == ai);
    CHECK_FALSE(gis::isValidUtf8(gbk(ai)));
    // Latin-1 / CP1252 text is often well-formed GB18030, but not Chinese.
    CHECK(gis::isValidGb18030("Stra\xDF" "e"));
    CHECK_FALSE(gis::looksLikeChineseGb18030("Stra\xDF" "e, caf\xE9 au lait"));
    // A sample cut inside a character is still recognised when cut-offs are allowed.
    const std::string cut = gbk(ai).substr(0, 7);
    CHECK_FALSE(gis::isValidGb18030(cut));
    CHECK(gis::looksLikeChineseGb18030(cut, true));
    CHECK(gis::repairUtf8("a\xFF" "b") == "a\xEF\xBF\xBD" "b");
}

TEST_CASE("a DXF's encoding: AutoCAD 2007+ is UTF-8, an undeclared code page is guessed", "[gis][encoding]")
{
    test::TempDir dir;
    auto dxf = [&](const std::string& name, const std::string& header, const std::string& text) {
        const std::string path = dir.file(name);
        std::ofstream(gis::pathFromUtf8(path), std::ios::binary)
            << "0\nSECTION\n2\nHEADER\n" << header << "0\nENDSEC\n0\nSECTION\n2\nENTITIES\n0\nTEXT\n8\n0\n10\n1\n20\n2\n1\n"
            << text << "\n0\nENDSEC\n0\nEOF\n";
        return gis::dxfEncodingOverride(path);
    };
    const std::string acad2018 = "9\n$ACADVER\n1\nAC1032\n9\n$DWGCODEPAGE\n3\nANSI_936\n";
    const std::string r12Gbk = "9\n$ACADVER\n1\nAC1009\n9\n$DWGCODEPAGE\n3\nANSI_936\n";
    const std::string r12Western = "9\n$ACADVER\n1\nAC1009\n9\n$DWGCODEPAGE\n3\nANSI_1252\n";
    CHECK(dxf("2018.dxf", acad2018, "人工智能") == "UTF-8");
    CHECK(dxf("r12.dxf", r12Gbk, gbk("人工智能")).empty());  // declared: GDAL honours it
    CHECK(dxf("gdal.dxf", r12Western, "人工智能") == "UTF-8");
    CHECK(dxf("gbk-1252.dxf", r12Western, gbk("人工智能")) == gis::kChineseEncoding);
    CHECK(dxf("nohead.dxf", "", gbk("人工智能")) == gis::kChineseEncoding);
    CHECK(dxf("western.dxf", r12Western, "Stra\xDF" "e").empty());
}

TEST_CASE("encoding guesses survive truncated and corrupt files", "[gis][encoding]")
{
    test::TempDir dir;
    auto write = [&](const std::string& name, const std::string& bytes) {
        std::ofstream(gis::pathFromUtf8(dir.file(name)), std::ios::binary) << bytes;
        return dir.file(name);
    };
    // A .dbf header whose one text field claims 200 bytes of a 10-byte record.
    std::string dbf(65, '\0');
    dbf[8] = 65;   // header length
    dbf[10] = 10;  // record length
    dbf.replace(32, 4, "NAME");
    dbf[43] = 'C';
    dbf[48] = static_cast<char>(200);
    dbf[64] = '\x0D';
    write("坏.dbf", dbf + gbk("人工智能琶洲"));
    CHECK_NOTHROW(gis::undeclaredDbfEncoding(dir.file("坏.shp")));
    write("短.dbf", "\x03\x01");
    CHECK(gis::undeclaredDbfEncoding(dir.file("短.shp")).empty());
    CHECK(gis::undeclaredDbfEncoding(dir.file("无.shp")).empty());
    CHECK(gis::dxfEncodingOverride(write("坏.dxf", "9\n$ACADVER\n1\nAC")).empty());
    CHECK(gis::dxfEncodingOverride(write("尾.dxf", "0\nSECTION\n2\nHEADER\n9\n$ACADVER")).empty());
    CHECK(gis::dxfEncodingOverride(dir.file("无.dxf")).empty());
}
