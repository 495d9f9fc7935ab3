// CAD drawings as design institutes send them: closed outlines with TEXT / MTEXT labels inside,
// R12 files in GBK under $DWGCODEPAGE ANSI_936 and AutoCAD 2018 files in UTF-8. The DXF text is
// written here, byte for byte, so the test controls code pages and formatting codes.
#include "core/batch_check.h"
#include "core/cad_drawing.h"
#include "gis/geometry.h"
#include "gis/vector_writer.h"

#include "check_helpers.h"
#include "gbk_bytes.h"
#include "pearlzone_catch.h"
#include "temp_dir.h"
#include "test_data.h"

#include <fstream>
#include <map>

using namespace pearlzone;

namespace {

constexpr double kE = 430000.0;  // tests/data/rules: coordinates relative to E 430 000, N 2 550 000
constexpr double kN = 2550000.0;

struct Square {
    double x0, y0, size;
};

enum class Version { R12, R2018 };

// A DXF's entities section written by hand, in the dialect of one AutoCAD version.
class DxfWriter {
public:
    explicit DxfWriter(Version version) : version_(version) {}

    std::string outline(const std::string& layer, const Square& s)
    {
        const std::string handle = nextHandle();
        const double xs[] = {s.x0, s.x0 + s.size, s.x0 + s.size, s.x0};
        const double ys[] = {s.y0, s.y0, s.y0 + s.size, s.y0 + s.size};
        if (version_ == Version::R12) {  // R12 knows no LWPOLYLINE: POLYLINE, VERTEX..., SEQEND
            body_ += "0\nPOLYLINE\n5\n" + handle + "\n8\n" + layer + "\n66\n1\n10\n0\n20\n0\n30\n0\n70\n1\n";
            for (int k = 0; k < 4; ++k)
                body_ += "0\nVERTEX\n5\n" + nextHandle() + "\n8\n" + layer + "\n10\n" + coordinate(kE + xs[k]) + "\n20\n" +
                         coordinate(kN + ys[k]) + "\n30\n0\n";
            body_ += "0\nSEQEND\n5\n" + nextHandle() + "\n8\n" + layer + "\n";
        } else {
            body_ += "0\nLWPOLYLINE\n5\n" + handle + "\n100\nAcDbEntity\n8\n" + layer + "\n100\nAcDbPolyline\n90\n4\n70\n1\n";
            for (int k = 0; k < 4; ++k)
                body_ += "10\n" + coordinate(kE + xs[k]) + "\n20\n" + coordinate(kN + ys[k]) + "\n";
        }
        return handle;
    }
    void text(double x, double y, const std::string& content, const std::string& layer = "标注")
    {
        body_ += "0\nTEXT\n5\n" + nextHandle() + "\n" + subclass("AcDbEntity") + "8\n" + layer + "\n" + subclass("AcDbText") +
                 "10\n" + coordinate(kE + x) + "\n20\n" + coordinate(kN + y) + "\n30\n0\n40\n2.5\n1\n" + content + "\n";
    }
    void mtext(double x, double y, const std::string& content, const std::string& layer = "标注")
    {
        body_ += "0\nMTEXT\n5\n" + nextHandle() + "\n" + subclass("AcDbEntity") + "8\n" + layer + "\n" + subclass("AcDbMText") +
                 "10\n" + coordinate(kE + x) + "\n20\n" + coordinate(kN + y) + "\n30\n0\n40\n2.5\n71\n5\n1\n" + content + "\n";
    }
    // A solid fill (AutoCAD 2000 and later) with one polyline boundary.
    void hatch(const std::string& layer, const Square& s)
    {
        body_ += "0\nHATCH\n5\n" + nextHandle() + "\n100\nAcDbEntity\n8\n" + layer +
                 "\n100\nAcDbHatch\n10\n0\n20\n0\n30\n0\n210\n0\n220\n0\n230\n1\n2\nSOLID\n70\n1\n71\n0\n91\n1\n92\n2\n"
                 "72\n0\n73\n1\n93\n4\n";
        const double xs[] = {s.x0, s.x0 + s.size, s.x0 + s.size, s.x0};
        const double ys[] = {s.y0, s.y0, s.y0 + s.size, s.y0 + s.size};
        for (int k = 0; k < 4; ++k)
            body_ += "10\n" + coordinate(kE + xs[k]) + "\n20\n" + coordinate(kN + ys[k]) + "\n";
        body_ += "97\n0\n75\n0\n76\n1\n98\n0\n";
    }
    void line(double x0, double y0, double x1, double y1)
    {
        body_ += "0\nLINE\n5\n" + nextHandle() + "\n8\n道路\n10\n" + coordinate(kE + x0) + "\n20\n" + coordinate(kN + y0) +
                 "\n30\n0\n11\n" + coordinate(kE + x1) + "\n21\n" + coordinate(kN + y1) + "\n31\n0\n";
    }
    // R12 drawings from Chinese AutoCAD are GBK under ANSI_936; AutoCAD 2007 and later write
    // UTF-8 whatever $DWGCODEPAGE says (and Chinese installations still say ANSI_936).
    std::string file() const
    {
        const std::string text = "0\nSECTION\n2\nHEADER\n9\n$ACADVER\n1\n" +
                                 std::string(version_ == Version::R12 ? "AC1009" : "AC1032") +
                                 "\n9\n$DWGCODEPAGE\n3\nANSI_936\n0\nENDSEC\n0\nSECTION\n2\nENTITIES\n" + body_ +
                                 "0\nENDSEC\n0\nEOF\n";
        if (version_ == Version::R2018)
            return text;
        return test::gbk(text);
    }

private:
    std::string nextHandle()
    {
        char hex[16];
        std::snprintf(hex, sizeof hex, "%X", ++handle_);
        return hex;
    }
    std::string subclass(const char* name) const
    {
        return version_ == Version::R12 ? std::string() : "100\n" + std::string(name) + "\n";
    }
    static std::string coordinate(double value)
    {
        char text[32];
        std::snprintf(text, sizeof text, "%.3f", value);
        return text;
    }

    Version version_;
    std::string body_;
    int handle_ = 0x2F;
};

struct Expected {
    std::string id;
    std::string industry;
    Square square;
};

// The parcels of the drawing, as a GeoPackage would hold them.
std::vector<std::string> geoPackageOutcomes(const std::string& path, const std::vector<Expected>& parcels,
                                            bool withIndustry = true)
{
    gis::VectorWriterOptions options;
    options.layerName = "parcels";
    options.crs = "EPSG:4547";
    options.geometry = gis::WriterGeometry::Polygon;
    options.fields = {{"parcel_id"}};
    if (withIndustry)
        options.fields.push_back({"industry"});
    auto writer = gis::VectorWriter::create(path, options);
    for (const auto& p : parcels) {
        const auto& s = p.square;
        const auto polygon = gis::Geometry::polygon({kE + s.x0, kN + s.y0, kE + s.x0 + s.size, kN + s.y0, kE + s.x0 + s.size,
                                                     kN + s.y0 + s.size, kE + s.x0, kN + s.y0 + s.size});
        if (withIndustry)
            writer.write({p.id, p.industry}, polygon.toWkb());
        else
            writer.write({p.id}, polygon.toWkb());
    }
    writer.close();
    core::ParcelInputOptions input;
    input.source = path;
    std::vector<std::string> outcomes;
    for (const auto& parcel : test::runCheck(test::squareZones(), input).parcels)
        outcomes.push_back(test::outcome(parcel.result));
    return outcomes;
}

void writeFile(const std::string& path, const std::string& bytes)
{
    std::ofstream out(gis::pathFromUtf8(path), std::ios::binary);
    out << bytes;
}

// One planning drawing, written in either version: what each parcel must come out as.
std::vector<Expected> planningDrawing(DxfWriter& dxf, std::map<std::string, std::string>& handles)
{
    std::vector<Expected> parcels = {
        {"A-01", "人工智能", {100, 100, 100}},  // in pazhou: TEXT id and industry
        {"A-02", "区块链", {2100, 100, 100}},   // in ifc, where blockchain is not designated
        {"B-07", "区块链", {3100, 100, 100}},   // in yuzhu: the industry is the layer's name
        {"C-01", "大数据", {700, 100, 100}},    // C-01 and C-02 share an edge, and a label on it
        {"C-02", "大数据", {800, 100, 100}},
        {"D-01", "软件", {100, -200, 100}},     // in university_town, inside a block boundary
    };
    dxf.outline("地块", parcels[0].square);
    dxf.text(120, 150, "A-01");
    // \U+ escapes: how AutoCAD writes characters outside the drawing's code page.
    dxf.text(120, 130, "\\U+4EBA\\U+5DE5\\U+667A\\U+80FD");
    dxf.text(205, 150, "数字金融");  // 5 m outside A-01: noted on it, never used
    dxf.outline("地块", parcels[1].square);
    // MTEXT with formatting codes: alignment, font, colour, height, and a paragraph break.
    dxf.mtext(2110, 190, "\\A1;{\\fSimSun|b0|i0|c134|p2;\\C1;A-02}\\P{\\H1.2x;区块链}");
    dxf.outline("区块链", parcels[2].square);
    dxf.text(3120, 150, "%%uB-07%%u");
    dxf.outline("地块", parcels[3].square);
    dxf.outline("地块", parcels[4].square);
    dxf.text(720, 150, "C-01");
    dxf.text(720, 130, "大数据");
    dxf.text(820, 150, "C-02");
    dxf.text(820, 130, "大数据");
    dxf.text(800, 180, "人工智能");  // on the shared edge: in both outlines, used by neither
    dxf.outline("地块", parcels[5].square);
    dxf.mtext(110, -110, "D-01\\P软件\\P容积率2.5");
    handles["block"] = dxf.outline("街坊", {0, -1000, 1000});
    dxf.text(9000, 9000, "广州市城市规划勘测设计研究院");  // the title block
    dxf.line(0, 300, 1000, 300);                            // a road centre line
    parcels.push_back({"", "", {0, -1000, 1000}});           // the block: its handle is its id
    return parcels;
}

// Writes the drawing to path and checks it against the square zones, as drawn in EPSG:4547.
test::CheckRun checkDrawing(const std::string& path, const DxfWriter& dxf)
{
    writeFile(path, dxf.file());
    core::ParcelInputOptions input;
    input.source = path;
    input.crs = "EPSG:4547";
    return test::runCheck(test::squareZones(), input);
}

}  // namespace

TEST_CASE("labels inside closed outlines are a drawing's attributes, in R12 GBK and R2018 UTF-8",
          "[core][inputs][cad]")
{
    test::TempDir dir;
    for (const Version version : {Version::R12, Version::R2018}) {
        const bool r12 = version == Version::R12;
        INFO((r12 ? "R12, GBK" : "R2018, UTF-8"));
        DxfWriter dxf(version);
        std::map<std::string, std::string> handles;
        auto parcels = planningDrawing(dxf, handles);
        parcels.back().id = handles["block"];
        const std::string path = dir.file(r12 ? "规划-R12.dxf" : "规划-2018.dxf");
        writeFile(path, dxf.file());
        const auto expected = geoPackageOutcomes(dir.file(r12 ? "参考-R12.gpkg" : "参考-2018.gpkg"), parcels);

        core::ParcelInputOptions input;
        input.source = path;
        input.crs = "EPSG:4547";  // a drawing carries no CRS
        const auto run = test::runCheck(test::squareZones(), input);
        REQUIRE(run.parcels.size() == parcels.size());
        for (std::size_t i = 0; i < parcels.size(); ++i) {
            const auto& got = run.parcels[i].result;
            INFO(parcels[i].id << ": " << got.reason);
            CHECK(got.parcelId == parcels[i].id);
            CHECK(got.industry == parcels[i].industry);
            CHECK(test::outcome(got) == expected[i]);
        }
        // What was not used is said, on the row it concerns and in the summary.
        CHECK(run.parcels[0].result.geometryNote.find("'数字金融' lies just outside") != std::string::npos);
        for (std::size_t shared : {3u, 4u})
            CHECK(run.parcels[shared].result.geometryNote.find("'人工智能' lies in overlapping outlines") != std::string::npos);
        CHECK(run.parcels[5].result.geometryNote.find("labels not used: 容积率2.5") != std::string::npos);
        CHECK(run.parcels[6].result.geometryNote.empty());
        CHECK(test::anyWarningContains(run.summary, "2 label(s) lie in no outline"));
        CHECK(test::anyWarningContains(run.summary, "'广州市城市规划勘测设计研究院'"));
        CHECK(test::anyWarningContains(run.summary, "1 label(s) lie in overlapping outlines"));
        CHECK(test::anyWarningContains(run.summary, "1 drawing entities are not closed outlines"));
        CHECK_FALSE(test::anyWarningContains(run.summary, "encoded"));  // both declare theirs
    }
}

TEST_CASE("a bare outline drawing is checked for location, its industries missing with a warning",
          "[core][inputs][cad]")
{
    test::TempDir dir;
    DxfWriter dxf(Version::R2018);
    const std::vector<Expected> parcels = {{"", "", {100, 100, 100}}, {"", "", {950, 100, 100}}, {"", "", {5000, 100, 100}}};
    for (const auto& p : parcels)
        dxf.outline("0", p.square);
    const std::string path = dir.file("红线.dxf");
    writeFile(path, dxf.file());
    const auto expected = geoPackageOutcomes(dir.file("参考.gpkg"), parcels, false);

    core::ParcelInputOptions input;
    input.source = path;
    input.crs = "EPSG:4547";
    const auto run = test::runCheck(test::squareZones(), input);
    REQUIRE(run.parcels.size() == 3);
    for (std::size_t i = 0; i < 3; ++i)
        CHECK(test::outcome(run.parcels[i].result) == expected[i]);
    CHECK(core::toString(run.parcels[0].result.industryStatus) == std::string("missing"));
    CHECK(core::toString(run.parcels[1].result.location) == std::string("partial"));
    CHECK(core::toString(run.parcels[2].result.verdict) == std::string("fail"));
    CHECK(run.parcels[0].result.parcelId == "30");  // the entity handle, which CAD can find
    CHECK(test::anyWarningContains(run.summary, "names an industry of the catalogue"));

    // Naming a field the drawing does not have is still an error.
    input.industryField = "用途";
    CHECK_THROWS_WITH(core::ParcelSource::open(input), Catch::Contains("no industry field '用途'"));
}

TEST_CASE("CAD label text loses its control codes and splits into lines", "[core][inputs][cad]")
{
    using Lines = std::vector<std::string>;
    CHECK(core::cadLabelLines("A-01\\P人工智能") == Lines{"A-01", "人工智能"});
    CHECK(core::cadLabelLines("\\U+8F6F\\U+4EF6") == Lines{"软件"});
    CHECK(core::cadLabelLines("%%uB-07%%u  ") == Lines{"B-07"});
    CHECK(core::cadLabelLines("Ø%%c30 %%d %%p5 100%%%") == Lines{"ØØ30 ° ±5 100%"});
    CHECK(core::cadLabelLines("\n  \n").empty());
}

TEST_CASE("a hatch filling an outline is not a second parcel, a hatch alone is one", "[core][inputs][cad]")
{
    test::TempDir dir;
    DxfWriter dxf(Version::R2018);
    dxf.outline("地块", {100, 100, 100});
    dxf.hatch("填充", {100, 100, 100});  // the same parcel, filled
    dxf.text(150, 150, "E-01");
    dxf.hatch("填充", {2100, 100, 100});  // a parcel drawn only as a fill
    dxf.text(2150, 150, "E-02");
    dxf.text(2150, 130, "数字金融");
    const auto run = checkDrawing(dir.file("填充.dxf"), dxf);
    REQUIRE(run.parcels.size() == 2);
    CHECK(run.parcels[0].result.parcelId == "E-01");
    CHECK(run.parcels[0].result.zoneId == "pazhou_core");
    CHECK(run.parcels[1].result.parcelId == "E-02");
    CHECK(core::toString(run.parcels[1].result.verdict) == std::string("pass"));  // 数字金融 in ifc
    CHECK(test::anyWarningContains(run.summary, "1 hatch(es) filling an outline"));
}

TEST_CASE("a label that is a land-use class is the parcel's land use, checked against its industry",
          "[core][inputs][cad][landuse]")
{
    test::TempDir dir;
    DxfWriter dxf(Version::R2018);
    dxf.outline("地块", {100, 100, 100});  // in pazhou_core
    dxf.text(150, 170, "F-01");
    dxf.text(150, 150, "人工智能");
    dxf.text(150, 130, "M0");  // 新型产业用地: admits AI (data/land-use-compatibility.csv)
    dxf.outline("地块", {300, 100, 100});
    dxf.mtext(310, 190, "F-02\\P人工智能\\P0101");  // 水田: farmland, never built on
    const auto run = checkDrawing(dir.file("用地.dxf"), dxf);
    REQUIRE(run.parcels.size() == 2);
    const auto& first = run.parcels[0].result;
    CHECK(first.parcelId == "F-01");
    CHECK(first.landUse == "M0");
    CHECK(core::toString(first.landUseStatus) == std::string("compatible"));
    CHECK(core::toString(first.verdict) == std::string("pass"));
    const auto& second = run.parcels[1].result;
    CHECK(second.parcelId == "F-02");  // 0101 is a land use, not a second id label
    CHECK(second.landUse == "0101");
    CHECK(core::toString(second.landUseStatus) == std::string("incompatible"));
    CHECK(core::toString(second.verdict) == std::string("fail"));
    CHECK(second.geometryNote.empty());  // every label was used

    // A drawing without land-use labels has no land-use field: land use is not checked.
    DxfWriter plain(Version::R2018);
    plain.outline("地块", {100, 100, 100});
    plain.text(150, 150, "人工智能");
    const auto bare = checkDrawing(dir.file("无用地.dxf"), plain);
    REQUIRE(bare.parcels.size() == 1);
    CHECK(core::toString(bare.parcels[0].result.landUseStatus) == std::string("n/a"));
    CHECK(bare.parcels[0].result.landUse.empty());
}
