// pearlzone-cli zones and compare with official-style zone sets (SPEC section 5).
#include "core/pilot_zone_data.h"
#include "gis/utf8_path.h"
#include "gis/vector_source.h"
#include "gis/vector_writer.h"

#include "cli_run.h"
#include "pearlzone_catch.h"
#include "temp_dir.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <set>
#include <vector>

namespace {

// The bundled zones as an official file would draw them: one feature per zone, named in the
// field 片区 (Traditional Chinese), no sub-areas, in EPSG:4547.
QString writeZoneLevelZones(const pearlzone::test::TempDir& dir)
{
    const auto data = pearlzone::core::PilotZoneData::load(pearlzone::gis::pathFromUtf8(PEARLZONE_DATA_DIR));
    const std::string path = dir.file("三片区.gpkg");
    pearlzone::gis::VectorWriterOptions options;
    options.crs = "EPSG:4547";
    options.fields = {{"片区"}};
    auto writer = pearlzone::gis::VectorWriter::create(path, options);
    for (const auto& zone : data->zones.zones())
        writer.write({zone.nameZhHant}, zone.wkb);
    writer.close();
    return QString::fromStdString(path);
}

// parcel_id -> "zone_id|location|verdict" of a check report.
std::map<std::string, std::string> verdictsOf(const QString& report)
{
    auto layer = pearlzone::gis::VectorSource::open(report.toStdString()).layer();
    layer.selectFields({"parcel_id", "zone_id", "location", "verdict"});
    std::map<std::string, std::string> out;
    std::vector<pearlzone::gis::VectorFeature> batch;
    while (layer.readBatch(batch, 1000)) {
        for (const auto& f : batch)
            out[f.attributes[0]] = f.attributes[1] + "|" + f.attributes[2] + "|" + f.attributes[3];
    }
    return out;
}

}  // namespace

TEST_CASE("zones reads an official-style file: names in a field, no sub-areas, a warning", "[app][cli][zones]")
{
    pearlzone::test::TempDir dir;
    const QString zones = writeZoneLevelZones(dir);
    const Run run = runCli({QStringLiteral("zones"), QStringLiteral("--zones"), zones});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("zone set: 三片区.gpkg\n")));
    CHECK(run.out.contains(QStringLiteral("zones named in the field '片区':\n    琶洲核心片區（含廣州大學城） → pazhou_core (1 features)")));
    CHECK(run.out.contains(QStringLiteral("total 81.36 km²")));
    CHECK(run.err.contains(QStringLiteral("warning: ") + zones +
                           QStringLiteral(": the zone 'pazhou_core' has no sub-areas there, so what its sub-area 'pazhou'")));
    const Run named = runCli({QStringLiteral("zones"), QStringLiteral("--zones"), zones, QStringLiteral("--zone-field"),
                              QStringLiteral("片区"), QStringLiteral("--json")});
    REQUIRE(named.exitCode == 0);
    const QJsonArray list = QJsonDocument::fromJson(named.out.toUtf8()).array();
    REQUIRE(list.size() == 3);
    CHECK(list[0].toObject()[QStringLiteral("zone_set")].toString() == QStringLiteral("三片区.gpkg"));
    const Run wrongField = runCli({QStringLiteral("zones"), QStringLiteral("--zones"), zones, QStringLiteral("--zone-field"),
                                   QStringLiteral("NAME")});
    CHECK(wrongField.exitCode == 2);
    CHECK(wrongField.err.contains(QStringLiteral("has no field 'NAME'; its fields: 片区")));
}

TEST_CASE("compare lists the parcels whose zone, location or verdict differs between two checks", "[app][cli][compare]")
{
    pearlzone::test::TempDir dir;
    const QString bundled = QStringLiteral(PEARLZONE_DATA_DIR "/zones.geojson");
    const QString zoneLevel = writeZoneLevelZones(dir);
    const QString before = QString::fromStdString(dir.file("前.csv"));
    const QString after = QString::fromStdString(dir.file("后.csv"));
    REQUIRE(runCli({QStringLiteral("check"), sample(), QStringLiteral("--out"), before, QStringLiteral("--quiet")}).exitCode == 0);
    const Run afterRun = runCli({QStringLiteral("check"), sample(), QStringLiteral("--zones"), zoneLevel, QStringLiteral("--out"), after});
    REQUIRE(afterRun.exitCode == 0);
    CHECK(afterRun.err.contains(QStringLiteral("zone set: 三片区.gpkg (") + zoneLevel + QStringLiteral(")")));
    const auto a = verdictsOf(before);
    const auto b = verdictsOf(after);
    std::set<std::string> differing;
    for (const auto& [id, facts] : a) {
        if (b.at(id) != facts)
            differing.insert(id);
    }
    REQUIRE(!differing.empty());

    const QString changes = QString::fromStdString(dir.file("变化.csv"));
    const Run run = runCli({QStringLiteral("compare"), sample(), QStringLiteral("--from"), bundled, QStringLiteral("--to"), zoneLevel,
                            QStringLiteral("--out"), changes, QStringLiteral("--lang"), QStringLiteral("en")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("compared 3000 parcels: %1 changed").arg(differing.size())));
    CHECK(run.err.contains(QStringLiteral("  to:   三片区.gpkg (") + zoneLevel + QStringLiteral(")")));
    CHECK(readAll(changes).startsWith("\xEF\xBB\xBFparcel_id,industry,changes,zone_from,zone_to,subarea_from,subarea_to,"
                                      "inside_ratio_from,inside_ratio_to,location_from,location_to,verdict_from,verdict_to,"
                                      "what_changed,reason_from,reason_to"));
    auto layer = pearlzone::gis::VectorSource::open(changes.toStdString()).layer();
    layer.selectFields({"parcel_id", "verdict_from", "verdict_to", "what_changed"});
    std::set<std::string> listed;
    std::vector<pearlzone::gis::VectorFeature> batch;
    while (layer.readBatch(batch, 1000)) {
        for (const auto& f : batch) {
            listed.insert(f.attributes[0]);
            CHECK(a.at(f.attributes[0]).substr(a.at(f.attributes[0]).rfind('|') + 1) == f.attributes[1]);
            CHECK(f.attributes[3].rfind("With the new boundaries: ", 0) == 0);
        }
    }
    CHECK(listed == differing);

    // The same list as an Excel workbook (core/table_output.h), read back through GDAL.
    const QString workbook = QString::fromStdString(dir.file("变化.xlsx"));
    REQUIRE(runCli({QStringLiteral("compare"), sample(), QStringLiteral("--from"), bundled, QStringLiteral("--to"), zoneLevel,
                    QStringLiteral("--out"), workbook, QStringLiteral("--quiet")})
                .exitCode == 0);
    auto sheet = pearlzone::gis::VectorSource::open(workbook.toStdString()).layer();
    sheet.selectFields({"parcel_id"});
    std::set<std::string> inWorkbook;
    while (sheet.readBatch(batch, 1000)) {
        for (const auto& f : batch)
            inWorkbook.insert(f.attributes[0]);
    }
    CHECK(inWorkbook == differing);

    CHECK(runCli({QStringLiteral("compare"), sample(), QStringLiteral("--from"), bundled}).exitCode == 1);
    const Run badOut = runCli({QStringLiteral("compare"), sample(), QStringLiteral("--from"), bundled, QStringLiteral("--to"),
                               zoneLevel, QStringLiteral("--out"), QString::fromStdString(dir.file("变化.txt"))});
    CHECK(badOut.exitCode == 3);
}

TEST_CASE("compare checks land use and constraint lines against both zone sets", "[app][cli][compare][landuse]")
{
    pearlzone::test::TempDir dir;
    const QString rules = QStringLiteral(PEARLZONE_TEST_DATA_DIR "/rules/");
    const QString changes = QString::fromStdString(dir.file("用地变化.csv"));
    // The golden zones of rules/ against the bundled ones: every parcel of land-use/ moves.
    const Run run = runCli({QStringLiteral("compare"), rules + QStringLiteral("land-use/parcels.geojson"), QStringLiteral("--from"),
                            rules + QStringLiteral("zones.geojson"), QStringLiteral("--to"), QStringLiteral(PEARLZONE_DATA_DIR "/zones.geojson"),
                            QStringLiteral("--land-use-field"), QStringLiteral("用地性质"), QStringLiteral("--constraints"),
                            rules + QStringLiteral("constraints/constraints-red.geojson"), QStringLiteral("--out"), changes,
                            QStringLiteral("--quiet")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    auto layer = pearlzone::gis::VectorSource::open(changes.toStdString()).layer();
    layer.selectFields({"parcel_id", "verdict_from", "reason_from"});
    std::map<std::string, std::pair<std::string, std::string>> rows;
    std::vector<pearlzone::gis::VectorFeature> batch;
    while (layer.readBatch(batch, 100)) {
        for (const auto& f : batch)
            rows[f.attributes[0]] = {f.attributes[1], f.attributes[2]};
    }
    // In its zone with a designated industry, failed only by its housing land use (expected.csv).
    REQUIRE(rows.count("incompatible-housing") == 1);
    CHECK(rows["incompatible-housing"].first == "fail");
    CHECK(QString::fromStdString(rows["incompatible-housing"].second).contains(QStringLiteral("用地性质为0701")));
    // 50 × 100 m of it under the red line.
    REQUIRE(rows.count("one-industry-refused") == 1);
    CHECK(QString::fromStdString(rows["one-industry-refused"].second).contains(QStringLiteral("生态红线甲（生态保护红线，禁止建设）重叠5000.00平方米")));
}

