// Runs the real pearlzone-cli binary and checks its exit codes and output (SPEC section 5).
#include "core/pilot_zone_data.h"
#include "core/version.h"
#include "gis/vector_source.h"
#include "gis/vector_writer.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"
#include "gis/utf8_path.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>

#include <map>
#include <set>
#include <QString>
#include <QStringList>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(PEARLZONE_CLI), arguments);
    process.waitForFinished(30000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

}  // namespace

TEST_CASE("pearlzone-cli reports its version and usage", "[app][cli]")
{
    const Run version = runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.trimmed() == QStringLiteral("Pearlzone ") + QString::fromLatin1(pearlzone::kVersion));

    const Run help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("pearlzone-cli check PARCELS")));
}

TEST_CASE("pearlzone-cli exits 1 on bad usage", "[app][cli]")
{
    CHECK(runCli({}).exitCode == 1);
    const Run unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("unknown command 'frobnicate'")));
}

TEST_CASE("zones --json lists the three zones with areas from their geometry", "[app][cli][zones]")
{
    const Run run = runCli({QStringLiteral("zones"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray zones = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(zones.size() == 3);
    QStringList ids;
    double total = 0.0;
    for (const auto& value : zones) {
        const QJsonObject zone = value.toObject();
        ids << zone[QStringLiteral("zone_id")].toString();
        for (const char* key : {"name_zh", "name_en", "area_km2", "subareas", "industries"})
            CHECK(zone.contains(QLatin1String(key)));
        total += zone[QStringLiteral("area_km2")].toDouble();
    }
    CHECK(ids == QStringList{QStringLiteral("pazhou_core"), QStringLiteral("ifc"), QStringLiteral("yuzhu")});
    CHECK(total == Approx(81.0).epsilon(0.05));
    const QJsonObject pazhou = zones[0].toObject();
    CHECK(pazhou[QStringLiteral("name_zh")].toString() == QStringLiteral("琶洲核心片区（含广州大学城）"));
    CHECK(pazhou[QStringLiteral("subareas")].toArray().size() == 2);
    CHECK(pazhou[QStringLiteral("industries")].toArray().contains(QStringLiteral("ai")));
    CHECK_FALSE(zones[1].toObject()[QStringLiteral("industries")].toArray().contains(QStringLiteral("blockchain")));
    CHECK(zones[2].toObject()[QStringLiteral("industries")].toArray().contains(QStringLiteral("blockchain")));

    const Run text = runCli({QStringLiteral("zones")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("鱼珠片区 (Yuzhu Zone)")));
}

TEST_CASE("industries --json is the catalogue with the SPEC's fields", "[app][cli][industries]")
{
    const Run run = runCli({QStringLiteral("industries"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray industries = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(industries.size() >= 40);
    bool sawIov = false;
    for (const auto& value : industries) {
        const QJsonObject industry = value.toObject();
        for (const char* key : {"code", "name_zh", "name_zh_hant", "name_en", "aliases", "parent", "gbt4754"})
            CHECK(industry.contains(QLatin1String(key)));
        if (industry[QStringLiteral("code")].toString() == QStringLiteral("iov")) {
            sawIov = true;
            CHECK(industry[QStringLiteral("name_zh")].toString() == QStringLiteral("车联网"));
            CHECK(industry[QStringLiteral("name_zh_hant")].toString() == QStringLiteral("車聯網"));
            CHECK(industry[QStringLiteral("parent")].toString() == QStringLiteral("iot_iov"));
        }
    }
    CHECK(sawIov);
}

TEST_CASE("zones --zones takes a user's layer, and refuses one without the fields", "[app][cli][zones]")
{
    pearlzone::test::TempDir dir;
    const QString good = QString::fromStdString(dir.file("官方.geojson"));
    {
        QFile file(good);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"zone_id":"pazhou_core","subarea_id":"pazhou","name_zh":"琶洲核心片区","name_en":"Pazhou"},
  "geometry":{"type":"Polygon","coordinates":[[[113.35,23.10],[113.36,23.10],[113.36,23.105],[113.35,23.10]]]}},
 {"type":"Feature","properties":{"zone_id":"pazhou_core","subarea_id":"university_town","name_zh":"琶洲核心片区","name_en":"Pazhou"},
  "geometry":{"type":"Polygon","coordinates":[[[113.37,23.05],[113.38,23.05],[113.38,23.06],[113.37,23.05]]]}},
 {"type":"Feature","properties":{"zone_id":"ifc","subarea_id":"","name_zh":"金融城","name_en":"IFC"},
  "geometry":{"type":"Polygon","coordinates":[[[113.37,23.115],[113.38,23.115],[113.38,23.12],[113.37,23.115]]]}},
 {"type":"Feature","properties":{"zone_id":"yuzhu","subarea_id":"","name_zh":"鱼珠","name_en":"Yuzhu"},
  "geometry":{"type":"Polygon","coordinates":[[[113.42,23.10],[113.43,23.10],[113.43,23.11],[113.42,23.10]]]}}]})");
    }
    const Run run = runCli({QStringLiteral("zones"), QStringLiteral("--zones"), good, QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray zones = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(zones.size() == 3);
    CHECK(zones[0].toObject()[QStringLiteral("area_km2")].toDouble() < 1.0);

    const QString bad = QString::fromStdString(dir.file("坏.geojson"));
    {
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":1},
  "geometry":{"type":"Point","coordinates":[113.4,23.1]}}]})");
    }
    const Run refused = runCli({QStringLiteral("zones"), QStringLiteral("--zones"), bad});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(bad + QStringLiteral(": not a zones layer")));
    const Run missing = runCli({QStringLiteral("zones"), QStringLiteral("--zones"), QString::fromStdString(dir.file("无.gpkg"))});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("file not found")));
    CHECK(runCli({QStringLiteral("zones"), QStringLiteral("--bogus")}).exitCode == 1);
}

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sample() { return QStringLiteral(PEARLZONE_DATA_DIR "/sample-parcels.geojson"); }

}  // namespace

TEST_CASE("check writes the report and a summary, exit 0", "[app][cli][check]")
{
    pearlzone::test::TempDir dir;
    const QString report = QString::fromStdString(dir.file("检查报告.csv"));
    const Run run = runCli({QStringLiteral("check"), sample(), QStringLiteral("--out"), report, QStringLiteral("--lang"),
                            QStringLiteral("en"), QStringLiteral("--threads"), QStringLiteral("2")});
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("checked 3000 parcels")));
    CHECK(run.err.contains(QStringLiteral("verdicts:  pass ")));
    const QByteArray bytes = readAll(report);
    CHECK(bytes.startsWith("\xEF\xBB\xBFparcel_id,industry,industry_codes,zone_id,subarea_id,inside_ratio,area_m2,"
                           "inside_m2,location,industry_status,verdict,reason,suggested_zones,geometry_note"));
    CHECK(bytes.count('\n') >= 3001);
    CHECK(bytes.contains("The parcel lies wholly in"));
}

TEST_CASE("check names its report after the parcels, in the current folder", "[app][cli][check]")
{
    pearlzone::test::TempDir dir;
    QProcess process;
    process.setWorkingDirectory(QString::fromStdString(pearlzone::gis::pathToUtf8(dir.path())));
    process.start(QStringLiteral(PEARLZONE_CLI), {QStringLiteral("check"), sample(), QStringLiteral("--quiet")});
    process.waitForFinished(60000);
    CHECK(process.exitCode() == 0);
    CHECK(process.readAllStandardError().isEmpty());
    CHECK(QFile::exists(QString::fromStdString(dir.file("sample-parcels.check.csv"))));
}

TEST_CASE("check exit codes: 1 bad usage, 2 bad input, 3 output not writable", "[app][cli][check]")
{
    pearlzone::test::TempDir dir;
    const QString out = QString::fromStdString(dir.file("r.csv"));
    CHECK(runCli({QStringLiteral("check")}).exitCode == 1);
    CHECK(runCli({QStringLiteral("check"), sample(), QStringLiteral("--min-inside"), QStringLiteral("1.5")}).exitCode == 1);
    CHECK(runCli({QStringLiteral("check"), sample(), QStringLiteral("--lang"), QStringLiteral("fr")}).exitCode == 1);
    CHECK(runCli({QStringLiteral("check"), sample(), QStringLiteral("--frobnicate")}).exitCode == 1);

    const Run missing = runCli({QStringLiteral("check"), QString::fromStdString(dir.file("无此文件.gpkg")), QStringLiteral("--out"), out});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("无此文件.gpkg: file not found")));

    const QString noCrs = QString::fromStdString(dir.file("无坐标系.csv"));
    {
        QFile file(noCrs);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("id,industry,WKT\n1,AI,\"POINT (434640 2556308)\"\n");
    }
    const Run crs = runCli({QStringLiteral("check"), noCrs, QStringLiteral("--out"), out});
    CHECK(crs.exitCode == 2);
    CHECK(crs.err.contains(QStringLiteral("--crs")));
    CHECK(runCli({QStringLiteral("check"), noCrs, QStringLiteral("--crs"), QStringLiteral("EPSG:4547"), QStringLiteral("--out"), out,
                  QStringLiteral("--quiet")})
              .exitCode == 0);

    const QString empty = QString::fromStdString(dir.file("空图层.csv"));
    {
        QFile file(empty);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("id,industry,WKT\n");
    }
    const Run none = runCli({QStringLiteral("check"), empty, QStringLiteral("--crs"), QStringLiteral("EPSG:4547"),
                             QStringLiteral("--out"), QString::fromStdString(dir.file("空.csv"))});
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains(QStringLiteral("has no parcels")));

    const Run unwritable = runCli({QStringLiteral("check"), sample(), QStringLiteral("--out"),
                                   QString::fromStdString(dir.file("没有的文件夹/r.csv"))});
    CHECK(unwritable.exitCode == 3);
    CHECK(unwritable.err.contains(QStringLiteral("does not exist")));
    CHECK(runCli({QStringLiteral("check"), sample(), QStringLiteral("--out"), QString::fromStdString(dir.file("r.xlsx"))}).exitCode == 3);
    CHECK_FALSE(QFile::exists(QString::fromStdString(dir.file("空.csv"))));
}

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

    CHECK(runCli({QStringLiteral("compare"), sample(), QStringLiteral("--from"), bundled}).exitCode == 1);
    const Run badOut = runCli({QStringLiteral("compare"), sample(), QStringLiteral("--from"), bundled, QStringLiteral("--to"),
                               zoneLevel, QStringLiteral("--out"), QString::fromStdString(dir.file("变化.txt"))});
    CHECK(badOut.exitCode == 3);
}
