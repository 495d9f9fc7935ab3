// Comparing zone sets: a compare worked out by hand (the Finance City square shrunk by a
// 200 m strip), and compare equal to the difference of two plain checks on the sample parcels.
#include "core/change_report_writer.h"
#include "core/pilot_zone_data.h"
#include "core/report_writer.h"
#include "gis/geometry.h"
#include "gis/utf8_path.h"
#include "gis/vector_source.h"
#include "gis/vector_writer.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"
#include "test_data.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <gdal.h>

#include <map>
#include <set>

using namespace pearlzone;

namespace {

// The square zones of tests/data/rules, with the Finance City square ([432000, 433000] ×
// [2550000, 2551000]) ending at x = 432800 instead: a strip 200 m wide taken away.
std::string writeShrunkSquares(const test::TempDir& dir)
{
    const std::string path = dir.file("金融城缩小.gpkg");
    gis::VectorWriterOptions options;
    options.crs = core::kPlanarCrs;
    options.geometry = gis::WriterGeometry::Polygon;
    options.fields = {{"zone_id"}, {"subarea_id"}, {"name_zh"}, {"name_en"}};
    auto writer = gis::VectorWriter::create(path, options);
    for (const core::Zone& zone : test::squareZones().zones.zones()) {
        if (zone.id == "ifc") {
            writer.write({zone.id, std::string(), zone.nameZh, zone.nameEn},
                         gis::Geometry::rectangle({432000, 2550000, 432800, 2551000}).toWkb());
            continue;
        }
        if (zone.subareas.empty())
            writer.write({zone.id, std::string(), zone.nameZh, zone.nameEn}, zone.wkb);
        for (const auto& subarea : zone.subareas)
            writer.write({zone.id, subarea.id, zone.nameZh, zone.nameEn}, subarea.wkb);
    }
    writer.close();
    return path;
}

std::string writeParcels(const test::TempDir& dir, const std::vector<std::tuple<std::string, std::string, gis::Envelope>>& parcels)
{
    const std::string path = dir.file("地块.geojson");
    gis::VectorWriterOptions options;
    options.crs = core::kPlanarCrs;
    options.geometry = gis::WriterGeometry::Polygon;
    options.fields = {{"parcel_id"}, {"industry"}};
    auto writer = gis::VectorWriter::create(path, options);
    for (const auto& [id, industry, box] : parcels)
        writer.write({id, industry}, gis::Geometry::rectangle(box).toWkb());
    writer.close();
    return path;
}

// A zones GeoPackage (EPSG:4547) whose pieces are named in one field.
void writeNamedPieces(const std::string& path, const std::string& field,
                      const std::vector<std::pair<std::string, std::vector<unsigned char>>>& pieces)
{
    gis::VectorWriterOptions options;
    options.crs = core::kPlanarCrs;
    options.fields = {{field}};
    auto writer = gis::VectorWriter::create(path, options);
    for (const auto& [name, wkb] : pieces)
        writer.write({name}, wkb);
    writer.close();
}

// Runs the comparison in one pass and returns the writer's kept changes and summary.
std::pair<std::vector<core::ChangedParcel>, core::CompareSummary> compare(const core::PilotZoneData& from,
                                                                         const core::PilotZoneData& to,
                                                                         const std::string& parcels, const std::string& out,
                                                                         core::Language language = core::Language::English)
{
    core::ParcelInputOptions input;
    input.source = parcels;
    auto source = core::ParcelSource::open(input);
    core::ChangeReportWriter writer(out, from, to, language, true);
    core::BatchCheckOptions options;
    options.threads = 2;
    options.batchSize = 16;
    options.compareWith = &to;
    core::runBatchCheck(from, source, options, writer);
    writer.commit();
    return {writer.changedParcels(), writer.summary()};
}

}  // namespace

TEST_CASE("compare, worked out by hand: the Finance City loses a 200 m strip", "[core][compare]")
{
    test::TempDir dir;
    const auto& from = test::squareZones();
    const auto to = from.withZones(writeShrunkSquares(dir));
    REQUIRE(to->zones.zone("ifc")->areaM2 == Approx(0.8e6));
    // 数字金融 is designated in the Finance City, 人工智能 is not (tests/data/rules/README.md).
    const std::string parcels = writeParcels(dir, {
        {"strip", "数字金融", {432850, 2550400, 432950, 2550500}},     // in the strip: inside/pass -> outside/fail
        {"edge", "数字金融", {432700, 2550400, 432900, 2550500}},      // half in the strip: ratio 1 -> 0.5, pass -> review
        {"west", "数字金融", {432100, 2550100, 432300, 2550300}},      // far from the strip: no change
        {"yuzhu", "数字金融", {432960, 2550600, 433060, 2550700}},     // 60% in Yuzhu before and after: no change
        {"ai", "人工智能", {432820, 2550800, 432880, 2550900}},        // in the strip, not designated: fail both times
        {"away", "数字金融", {440000, 2560000, 440100, 2560100}},      // outside both times
    });
    const std::string out = dir.file("变化.csv");
    const auto [changed, summary] = compare(from, *to, parcels, out);

    REQUIRE(changed.size() == 3);
    const core::ChangedParcel& strip = changed[0];
    CHECK(strip.from.parcelId == "strip");
    CHECK(core::changeCodes(strip.changes) == "zone;location;verdict");
    CHECK(strip.from.zoneId == "ifc");
    CHECK(strip.to.zoneId.empty());
    CHECK(strip.from.insideRatio == Approx(1.0));
    CHECK(strip.to.insideRatio == Approx(0.0));
    CHECK(strip.sentence ==
          "With the new boundaries: no longer in Finance City; location inside → outside (inside ratio 1.00 → 0.00); "
          "verdict pass → fail.");

    const core::ChangedParcel& edge = changed[1];
    CHECK(edge.from.parcelId == "edge");
    CHECK(core::changeCodes(edge.changes) == "location;verdict");
    CHECK(edge.to.zoneId == "ifc");
    CHECK(edge.to.insideRatio == Approx(0.5));
    CHECK(edge.to.location == core::Location::Partial);
    CHECK(edge.to.verdict == core::Verdict::Review);
    CHECK(edge.sentence == "With the new boundaries: location inside → partly inside (inside ratio 1.00 → 0.50); "
                           "verdict pass → review.");

    const core::ChangedParcel& ai = changed[2];
    CHECK(ai.from.parcelId == "ai");
    CHECK(core::changeCodes(ai.changes) == "zone;location");
    CHECK(ai.from.verdict == core::Verdict::Fail);
    CHECK(ai.to.verdict == core::Verdict::Fail);

    CHECK(summary.total == 6);
    CHECK(summary.changed == 3);
    CHECK(summary.byKind.at(core::ChangeKind::Zone) == 2);
    CHECK(summary.byKind.at(core::ChangeKind::Location) == 3);
    CHECK(summary.byKind.at(core::ChangeKind::Verdict) == 2);
    CHECK(summary.byKind.count(core::ChangeKind::Subarea) == 0);
    CHECK(summary.byZoneMove == std::map<std::pair<std::string, std::string>, std::int64_t>{{{"ifc", ""}, 2}});
    CHECK(summary.byVerdictMove.at({core::Verdict::Pass, core::Verdict::Fail}) == 1);
    CHECK(summary.byVerdictMove.at({core::Verdict::Pass, core::Verdict::Review}) == 1);

    // The CSV holds the same three rows, read back through GDAL.
    auto layer = gis::VectorSource::open(out).layer();
    CHECK(layer.fieldNames() == core::changeColumns());
    std::vector<gis::VectorFeature> rows;
    layer.readBatch(rows, 100);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].attributes[0] == "edge");
    CHECK(rows[1].attributes[8] == "0.5000");  // inside_ratio_to
    CHECK(rows[1].attributes[13] == edge.sentence);
}

TEST_CASE("the change sentence in Chinese names both zones", "[core][compare]")
{
    const auto& data = test::bundledData();
    core::ParcelResult from;
    from.zoneId = "ifc";
    from.location = core::Location::Inside;
    from.verdict = core::Verdict::Pass;
    from.insideRatio = 1.0;
    core::ParcelResult to = from;
    to.zoneId = "yuzhu";
    to.verdict = core::Verdict::Fail;
    CHECK(core::describeChange(from, to, data, data, core::Language::Chinese) ==
          "按新边界，由广州国际金融城片区改属鱼珠片区；结论由“通过”变为“不通过”。");
    from.zoneId = "pazhou_core";
    from.subareaId = "pazhou";
    to.zoneId = "pazhou_core";
    to.subareaId = "university_town";
    CHECK(core::describeChange(from, to, data, data, core::Language::English) ==
          "With the new boundaries: sub-area Pazhou → Guangzhou University Town; verdict pass → fail.");
    to.verdict = core::Verdict::Pass;
    CHECK(core::changesBetween(from, to) == 0);  // a sub-area alone is not a change
}

TEST_CASE("compare lists exactly the parcels whose zone, location or verdict differs in two plain checks",
          "[core][compare]")
{
    test::TempDir dir;
    // New boundaries: the bundled zones without sub-areas, and Yuzhu cut back to its part
    // west of 113.42° E (x < 442,000 m, about where 长洲岛 begins).
    const auto& bundled = test::bundledData();
    const std::string path = dir.file("新边界.gpkg");
    std::vector<std::pair<std::string, std::vector<unsigned char>>> pieces;
    for (const core::Zone& zone : bundled.zones.zones()) {
        gis::Geometry shape = gis::Geometry::fromWkb(zone.wkb);
        if (zone.id == "yuzhu")
            shape = shape.intersection(gis::Geometry::rectangle({400000, 2500000, 442000, 2600000}));
        pieces.emplace_back(zone.nameZhHant, shape.toWkb());
    }
    writeNamedPieces(path, "片区", pieces);
    const auto newer = bundled.withZones(path);
    const std::string parcels = test::bundledFile("sample-parcels.geojson");

    auto plainCheck = [&parcels](const core::PilotZoneData& data) {
        core::ParcelInputOptions input;
        input.source = parcels;
        auto source = core::ParcelSource::open(input);
        core::CollectingSink sink(false);
        core::BatchCheckOptions options;
        options.threads = 2;
        core::runBatchCheck(data, source, options, sink);
        return sink.parcels();
    };
    const auto before = plainCheck(bundled);
    const auto after = plainCheck(*newer);
    REQUIRE(before.size() == after.size());
    std::vector<std::string> differing;
    std::set<std::string> kinds;
    for (std::size_t i = 0; i < before.size(); ++i) {
        const core::ParcelResult& a = before[i].result;
        const core::ParcelResult& b = after[i].result;
        REQUIRE(a.parcelId == b.parcelId);
        if (a.zoneId != b.zoneId || a.location != b.location || a.verdict != b.verdict)
            differing.push_back(a.parcelId);
        if (a.zoneId != b.zoneId)
            kinds.insert("zone");
        if (a.verdict != b.verdict)
            kinds.insert("verdict");
    }
    // The new boundaries move some parcels out of Yuzhu and change some verdicts.
    CHECK(kinds == std::set<std::string>{"verdict", "zone"});
    REQUIRE(differing.size() > 100);

    const auto [changed, summary] = compare(bundled, *newer, parcels, dir.file("变化.gpkg"), core::Language::Chinese);
    std::vector<std::string> listed;
    for (const auto& parcel : changed)
        listed.push_back(parcel.from.parcelId);
    CHECK(listed == differing);
    CHECK(summary.total == static_cast<std::int64_t>(before.size()));
    CHECK(summary.changed == static_cast<std::int64_t>(differing.size()));

    // The GeoPackage holds the changed parcels only.
    auto layer = gis::VectorSource::open(dir.file("变化.gpkg")).layer();
    CHECK(layer.featureCountHint() == static_cast<std::int64_t>(differing.size()));
}

TEST_CASE("an official-style file of the same boundaries gives the same verdicts, and reports name its zone set",
          "[core][compare][zonesets]")
{
    test::TempDir dir;
    // The bundled pieces, named the way an official file might: field 片区名称, Traditional
    // short names for the sub-areas and English names for the other zones, EPSG:4547.
    const auto& bundled = test::bundledData();
    const std::string path = dir.file("官方同边界.gpkg");
    std::vector<std::pair<std::string, std::vector<unsigned char>>> pieces;
    for (const core::Zone& zone : bundled.zones.zones()) {
        if (zone.subareas.empty())
            pieces.emplace_back(zone.nameEn, zone.wkb);
        for (const auto& subarea : zone.subareas)
            pieces.emplace_back(subarea.id == "pazhou" ? "琶洲" : "大學城", subarea.wkb);
    }
    writeNamedPieces(path, "片区名称", pieces);
    const auto official = bundled.withZones(path);
    CHECK(official->warnings().empty());
    const std::string out = dir.file("相同.gpkg");
    const auto [changed, summary] = compare(bundled, *official, test::bundledFile("sample-parcels.geojson"), out);
    CHECK(summary.total == 3000);
    CHECK(summary.changed == 0);
    CHECK(changed.empty());

    // The check report records the zone set: GeoPackage metadata, GeoJSON description.
    const std::string gpkg = dir.file("报告.gpkg");
    const std::string geojson = dir.file("报告.geojson");
    for (const std::string& report : {gpkg, geojson}) {
        core::ParcelInputOptions input;
        input.source = test::bundledFile("sample-parcels.geojson");
        auto source = core::ParcelSource::open(input);
        core::ReportWriter writer(report, &official->zones);
        core::runBatchCheck(*official, source, {}, writer);
        writer.commit();
    }
    GDALDatasetH dataset = GDALOpenEx(gpkg.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
    REQUIRE(dataset);
    const char* zoneSet = GDALGetMetadataItem(GDALDatasetGetLayer(dataset, 0), "PEARLZONE_ZONE_SET", nullptr);
    CHECK(std::string(zoneSet ? zoneSet : "") == "官方同边界.gpkg");
    const char* zones = GDALGetMetadataItem(GDALDatasetGetLayer(dataset, 0), "PEARLZONE_ZONES", nullptr);
    CHECK(std::string(zones ? zones : "") == path);
    GDALClose(dataset);
    QFile file(QString::fromStdString(geojson));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("description")).toString() ==
          QStringLiteral("zone set: 官方同边界.gpkg"));
}
