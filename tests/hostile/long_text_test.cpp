// Long text (SPEC section 8): an industry, land-use or id value of 400,000 characters is
// resolved correctly; its time (linear in the length) is measured by make bench-hostile.
#include "test_data.h"

#include "core/batch_check.h"
#include "core/name_suggestions.h"
#include "core/parcel_source.h"
#include "gis/geometry.h"
#include "gis/vector_writer.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"

#include <QString>

#include <string>

using namespace pearlzone;
using pearlzone::test::bundledData;

namespace {

constexpr std::size_t kLongLength = 400000;  // characters

// text repeated until it is kLongLength characters (UTF-16 units: all of ours are one).
std::string repeated(const QString& text)
{
    QString out;
    while (static_cast<std::size_t>(out.size()) < kLongLength)
        out += text;
    return out.left(static_cast<qsizetype>(kLongLength)).toStdString();
}

}  // namespace

TEST_CASE("a 400,000-character industry value is resolved part by part", "[hostile][long]")
{
    // "人工智能、" 80,000 times: every part is the AI industry.
    const auto matches = bundledData().catalogue.resolve(repeated(QStringLiteral("人工智能、")));
    REQUIRE(matches.size() == kLongLength / 5);
    for (const auto& match : {matches.front(), matches.back()})
        CHECK(match.codes == std::vector<std::string>{"ai"});
}

TEST_CASE("a 400,000-character unknown industry is quoted cut short and still gets its suggestion",
          "[hostile][long]")
{
    const std::string text = "人工智能" + repeated(QStringLiteral("x"));
    const auto matches = bundledData().catalogue.resolve(text);
    REQUIRE(matches.size() == 1);
    CHECK(matches[0].codes.empty());
    // The first 64 characters and an ellipsis: "人工智能" and 60 x.
    CHECK(matches[0].text == "人工智能" + std::string(60, 'x') + "\u2026");
    CHECK(matches[0].suggestions == std::vector<std::string>{"人工智能"});
    CHECK(core::abbreviatedName("短") == "短");
}

TEST_CASE("a 400,000-character land-use value is resolved", "[hostile][long]")
{
    // "B1" 200,000 times written together, as drawings glue codes: every piece is B1.
    const auto glued = bundledData().landUses.resolve(repeated(QStringLiteral("B1")));
    REQUIRE(glued.size() == kLongLength / 2);
    CHECK(glued.back().code == "B1");
    // An unknown one: one part, quoted cut short.
    const auto unknown = bundledData().landUses.resolve(repeated(QStringLiteral("商")));
    REQUIRE(unknown.size() == 1);
    CHECK(unknown[0].code.empty());
    CHECK(unknown[0].text.size() == 64 * 3 + 3);  // 64 three-byte characters and "…"
}

TEST_CASE("a parcel whose id, industry and land use are each 400,000 characters is checked", "[hostile][long]")
{
    const test::TempDir dir;
    const std::string path = dir.file("长文本.gpkg");
    const std::string id = repeated(QStringLiteral("编号"));
    {
        gis::VectorWriterOptions options;
        options.layerName = "parcels";
        options.crs = "EPSG:4547";
        options.geometry = gis::WriterGeometry::Polygon;
        options.fields = {{"parcel_id", gis::FieldType::String},
                          {"industry", gis::FieldType::String},
                          {"land_use", gis::FieldType::String}};
        auto writer = gis::VectorWriter::create(path, options);
        writer.write({id, repeated(QStringLiteral("人工智能;")), repeated(QStringLiteral("B1"))},
                     gis::Geometry::rectangle({430100, 2550100, 430200, 2550200}).toWkb());
        writer.close();
    }
    core::ParcelInputOptions input;
    input.source = path;
    auto source = core::ParcelSource::open(input);
    core::CollectingSink sink(false);
    const core::BatchSummary summary = core::runBatchCheck(test::squareZones(), source, {}, sink);
    REQUIRE(sink.parcels().size() == 1);
    CHECK(summary.total == 1);
    const core::ParcelResult& row = sink.parcels()[0].result;
    CHECK(row.parcelId == id);  // kept whole
    CHECK(row.zoneId == "pazhou_core");
    CHECK(row.industryCodes == "ai");
    CHECK(row.landUseCodes == "B1");
    CHECK(row.areaM2 == Approx(10000.0));
}
