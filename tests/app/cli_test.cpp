// Runs the real pearlzone-cli binary and checks its exit codes and output (SPEC section 5).
#include "core/pilot_zone_data.h"
#include "core/version.h"
#include "gis/geometry.h"
#include "gis/vector_source.h"
#include "gis/vector_writer.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"
#include "gis/utf8_path.h"
#include "gis/vector_writer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>

#include <map>
#include <set>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <map>
#include <vector>

#include "cli_run.h"


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
    CHECK(runCli({QStringLiteral("check"), sample(), QStringLiteral("--out"), QString::fromStdString(dir.file("r.ods"))}).exitCode == 3);
    for (const QStringList& misuse : {QStringList{QStringLiteral("--engine"), QStringLiteral("gpu")},
                                      QStringList{QStringLiteral("--engine"), QStringLiteral("postgis")},  // a file
                                      QStringList{QStringLiteral("--near"), QStringLiteral("-1")},
                                      QStringList{QStringLiteral("--out-layer"), QStringLiteral("t")}}) {
        const Run run = runCli(QStringList{QStringLiteral("check"), sample()} + misuse);
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(misuse.constFirst()));
    }
    CHECK_FALSE(QFile::exists(QString::fromStdString(dir.file("空.csv"))));
}

TEST_CASE("check --near reads only parcels near the zones and counts the rest", "[app][cli][check][near]")
{
    pearlzone::test::TempDir dir;
    // Three 10 m squares east of the zones' extent: at its centre, 3 km beyond it, 30 km beyond it.
    const auto data = pearlzone::core::PilotZoneData::load(pearlzone::gis::pathFromUtf8(PEARLZONE_DATA_DIR));
    const auto extent = data->zones.extent();
    const double y = 0.5 * (extent.minY + extent.maxY);
    const std::string parcels = dir.file("地块.gpkg");
    {
        pearlzone::gis::VectorWriterOptions options;
        options.layerName = "parcels";
        options.crs = "EPSG:4547";
        options.geometry = pearlzone::gis::WriterGeometry::Polygon;
        options.fields = {{"parcel_id"}, {"industry"}};
        auto writer = pearlzone::gis::VectorWriter::create(parcels, options);
        const std::pair<const char*, double> places[] = {
            {"centre", 0.5 * (extent.minX + extent.maxX)}, {"3km", extent.maxX + 3000.0}, {"30km", extent.maxX + 30000.0}};
        for (const auto& [id, x] : places) {
            writer.write({std::string(id), std::string("software")},
                         pearlzone::gis::Geometry::rectangle({x, y, x + 10.0, y + 10.0}).toWkb());
        }
        writer.close();
    }
    const QString report = QString::fromStdString(dir.file("报告.csv"));
    struct Case {
        const char* km;
        int kept;
    };
    for (const Case& c : {Case{"1", 1}, Case{"5", 2}, Case{"50", 3}}) {
        INFO(c.km);
        const Run run = runCli({QStringLiteral("check"), QString::fromStdString(parcels), QStringLiteral("--near"),
                                QString::fromLatin1(c.km), QStringLiteral("--out"), report});
        REQUIRE(run.exitCode == 0);
        CHECK(run.err.contains(QStringLiteral("checked %1 parcels").arg(c.kept)));
        CHECK(run.err.contains(QStringLiteral("%1 parcels farther than %2 km from the zones were left out").arg(3 - c.kept).arg(QString::fromLatin1(c.km))));
        CHECK(readAll(report).count('\n') == c.kept + 1);
    }
}

TEST_CASE("COMMAND --help explains every option with its default, and examples", "[app][cli][help]")
{
    const std::vector<std::pair<QString, QStringList>> commands = {
        {QStringLiteral("check"),
         {QStringLiteral("--layer NAME"), QStringLiteral("--zones ZONES"), QStringLiteral("--zone-field F"), QStringLiteral("--id-field F"),
          QStringLiteral("--industry-field F"), QStringLiteral("--land-use-field F"), QStringLiteral("--constraints SOURCE"),
          QStringLiteral("--basemap SOURCE"), QStringLiteral("--tile-cache DIR"), QStringLiteral("--crs CRS"), QStringLiteral("--encoding ENC"),
          QStringLiteral("--min-inside R"), QStringLiteral("--lang zh|en"), QStringLiteral("--out REPORT"),
          QStringLiteral("--out-layer TABLE"), QStringLiteral("--overwrite"), QStringLiteral("--near KM"),
          QStringLiteral("--engine local|postgis"), QStringLiteral("--pdf REPORT.pdf"), QStringLiteral("--threads N"),
          QStringLiteral("--quiet")}},
        {QStringLiteral("compare"),
         {QStringLiteral("--from ZONES_A"), QStringLiteral("--to ZONES_B"), QStringLiteral("--zone-field F"),
          QStringLiteral("--layer NAME"), QStringLiteral("--id-field F"), QStringLiteral("--industry-field F"),
          QStringLiteral("--land-use-field F"), QStringLiteral("--constraints SOURCE"), QStringLiteral("--crs CRS"),
          QStringLiteral("--encoding ENC"), QStringLiteral("--min-inside R"), QStringLiteral("--lang zh|en"),
          QStringLiteral("--out CHANGES"), QStringLiteral("--pdf CHANGES.pdf"), QStringLiteral("--threads N"),
          QStringLiteral("--quiet")}},
        {QStringLiteral("zones"), {QStringLiteral("--zones ZONES"), QStringLiteral("--zone-field F"), QStringLiteral("--json")}},
        {QStringLiteral("industries"), {QStringLiteral("--json")}},
        {QStringLiteral("land-uses"), {QStringLiteral("--json")}},
        {QStringLiteral("map"),
         {QStringLiteral("--out MAP.pdf"), QStringLiteral("--parcels PARCELS"), QStringLiteral("--layer NAME"),
          QStringLiteral("--crs CRS"), QStringLiteral("--encoding ENC"), QStringLiteral("--zones ZONES"), QStringLiteral("--zone-field F"),
          QStringLiteral("--title T"), QStringLiteral("--paper A4|A3"), QStringLiteral("--landscape"),
          QStringLiteral("--lang zh|en"), QStringLiteral("--basemap SOURCE"), QStringLiteral("--tile-cache DIR")}},
    };
    for (const auto& [command, options] : commands) {
        INFO(command.toStdString());
        const Run run = runCli({command, QStringLiteral("--help")});
        CHECK(run.exitCode == 0);
        CHECK(run.err.isEmpty());
        CHECK(run.out.startsWith(QStringLiteral("Usage: pearlzone-cli ") + command));
        const QStringList lines = run.out.split(QLatin1Char('\n'));
        for (const QString& option : options) {
            INFO(option.toStdString());
            // "  --name VALUE   one line saying what it does"
            const auto line = std::find_if(lines.begin(), lines.end(),
                                           [&](const QString& l) { return l.startsWith(QStringLiteral("  ") + option + QStringLiteral("  ")); });
            REQUIRE(line != lines.end());
            CHECK(line->mid(2 + option.size()).trimmed().size() > 10);
        }
        CHECK(run.out.contains(QStringLiteral("\nExamples:\n  pearlzone-cli ") + command));
        CHECK(run.out.contains(QStringLiteral("-h, --help")));
    }
    const Run check = runCli({QStringLiteral("check"), QStringLiteral("-h")});
    CHECK(check.out.contains(QStringLiteral("Default: 0.99.")));
    CHECK(check.out.contains(QStringLiteral("经度")));
    CHECK(check.out.contains(QStringLiteral("pearlzone-cli check 项目清单.xlsx --crs EPSG:4326")));
    CHECK(runCli({QStringLiteral("map"), QStringLiteral("--help")}).out.contains(QStringLiteral("Required.")));
    CHECK(check.out.contains(QStringLiteral("[--constraints SOURCE]...")));
    CHECK(check.out.simplified().contains(QStringLiteral("May be given several times.")));
    // Every command is offered, compare and --zone-field too.
    const Run usage = runCli({QStringLiteral("--help")});
    CHECK(usage.out.contains(QStringLiteral("pearlzone-cli land-uses [--json]")));
    CHECK(usage.out.contains(QStringLiteral("pearlzone-cli compare PARCELS --from ZONES_A --to ZONES_B [--zone-field F]")));
    CHECK(usage.out.contains(QStringLiteral("[--zone-field F]")));
    const Run compare = runCli({QStringLiteral("compare"), QStringLiteral("--help")});
    CHECK(compare.out.contains(QStringLiteral("pearlzone-cli compare 地块.shp --from 旧边界.shp --to 新边界.shp")));
    CHECK(compare.out.contains(QStringLiteral("[--constraints SOURCE]...")));
}

TEST_CASE("a help option anywhere on the line wins over everything else on it", "[app][cli][help]")
{
    const Run run = runCli({QStringLiteral("check"), QStringLiteral("无此文件.gpkg"), QStringLiteral("--frobnicate"),
                            QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--help")});
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.startsWith(QStringLiteral("Usage: pearlzone-cli check PARCELS")));
    CHECK(runCli({QStringLiteral("map"), QStringLiteral("--paper"), QStringLiteral("B5"), QStringLiteral("-h")}).exitCode == 0);
    // Bad usage says where the help is.
    const Run bad = runCli({QStringLiteral("zones"), QStringLiteral("--frobnicate")});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("usage: pearlzone-cli zones [--zones ZONES] [--zone-field F] [--json]")));
    CHECK(bad.err.contains(QStringLiteral("pearlzone-cli zones --help")));
}

TEST_CASE("check reads a project list in Excel and a file without an industry field", "[app][cli][check][inputs]")
{
    pearlzone::test::TempDir dir;
    const std::string workbook = dir.file("项目清单.xlsx");
    pearlzone::gis::VectorWriterOptions options;
    options.driver = "XLSX";
    options.layerName = "项目";
    options.geometry = pearlzone::gis::WriterGeometry::None;
    options.fields = {{"项目名称"}, {"产业"}, {"经度", pearlzone::gis::FieldType::Real}, {"纬度", pearlzone::gis::FieldType::Real}};
    auto writer = pearlzone::gis::VectorWriter::create(workbook, options);
    writer.write({std::string("广交会项目"), std::string("人工智能"), 113.362, 23.105});
    writer.write({std::string("广州塔项目"), std::string("人工智能"), 113.3191, 23.1090});
    writer.close();
    const QString report = QString::fromStdString(dir.file("报告.csv"));
    const Run run = runCli({QStringLiteral("check"), QString::fromStdString(workbook), QStringLiteral("--crs"),
                            QStringLiteral("EPSG:4326"), QStringLiteral("--out"), report});
    CHECK(run.exitCode == 0);
    CHECK(run.err.contains(QStringLiteral("(layer 项目, EPSG:4326, positions from 经度 / 纬度)")));
    const QString text = QString::fromUtf8(readAll(report));
    CHECK(text.contains(QStringLiteral("\n广交会项目,人工智能,ai,pazhou_core,pazhou,1.0000,")));
    CHECK(text.contains(QStringLiteral("\n广州塔项目,人工智能,ai,,,")));

    // No industry field: checked all the same, exit 0, with a warning.
    const QString sites = QString::fromStdString(dir.file("选址.csv"));
    {
        QFile file(sites);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("名称,lon,lat\nA,113.362,23.105\n");
    }
    const Run bare = runCli({QStringLiteral("check"), sites, QStringLiteral("--crs"), QStringLiteral("EPSG:4326"),
                             QStringLiteral("--out"), report});
    CHECK(bare.exitCode == 0);
    CHECK(bare.err.contains(QStringLiteral("warning: no industry field")));
    CHECK(QString::fromUtf8(readAll(report)).contains(QStringLiteral(",inside,missing,review,")));
    // Naming one that does not exist stays an error.
    CHECK(runCli({QStringLiteral("check"), sites, QStringLiteral("--crs"), QStringLiteral("EPSG:4326"), QStringLiteral("--out"),
                  report, QStringLiteral("--industry-field"), QStringLiteral("产业")})
              .exitCode == 2);
}

TEST_CASE("land-uses --json lists both schemes, M0 and the crosswalk", "[app][cli][landuse]")
{
    const Run run = runCli({QStringLiteral("land-uses"), QStringLiteral("--json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray classes = QJsonDocument::fromJson(run.out.toUtf8()).array();
    REQUIRE(classes.size() >= 100);
    std::map<QString, QJsonObject> byCode;
    for (const auto& value : classes) {
        const QJsonObject c = value.toObject();
        for (const char* key : {"code", "scheme", "name_zh", "name_en", "aliases", "parent", "crosswalk", "source"})
            CHECK(c.contains(QLatin1String(key)));
        byCode[c[QStringLiteral("code")].toString()] = c;
    }
    CHECK(byCode[QStringLiteral("0902")][QStringLiteral("name_zh")].toString() == QStringLiteral("商务金融用地"));
    CHECK(byCode[QStringLiteral("0902")][QStringLiteral("scheme")].toString() == QStringLiteral("national"));
    CHECK(byCode[QStringLiteral("B2")][QStringLiteral("crosswalk")].toString() == QStringLiteral("0902"));
    CHECK(byCode[QStringLiteral("B29")][QStringLiteral("parent")].toString() == QStringLiteral("B2"));
    CHECK(byCode[QStringLiteral("M0")][QStringLiteral("scheme")].toString() == QStringLiteral("local"));

    const Run text = runCli({QStringLiteral("land-uses")});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("B2  商务用地 / Business land  → 0902 商务金融用地")));
    CHECK(runCli({QStringLiteral("land-uses"), QStringLiteral("extra")}).exitCode == 1);
}

TEST_CASE("check with a land-use field and two constraint layers fills the four new columns", "[app][cli][check][landuse]")
{
    pearlzone::test::TempDir dir;
    const QString rules = QStringLiteral(PEARLZONE_TEST_DATA_DIR "/rules/");
    const QString report = QString::fromStdString(dir.file("用地与管控线.csv"));
    const Run run = runCli({QStringLiteral("check"), rules + QStringLiteral("land-use/parcels.geojson"), QStringLiteral("--zones"),
                            rules + QStringLiteral("zones.geojson"), QStringLiteral("--land-use-field"), QStringLiteral("用地性质"),
                            QStringLiteral("--constraints"), rules + QStringLiteral("constraints/constraints-red.geojson"),
                            QStringLiteral("--constraints"), rules + QStringLiteral("constraints/constraints-green.geojson"),
                            QStringLiteral("--out"), report});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // The 20 parcels of the golden folder land-use/: its expected.csv counted by land_use_status.
    CHECK(run.err.contains(QStringLiteral("land use (用地性质):  compatible 11  conditional 2  incompatible 4  unknown 1  missing 1  n/a 1")));
    CHECK(run.err.contains(QStringLiteral("constraint lines: 2 layers, 2 polygons; 1 parcels in conflict (1 conflicts)")));
    const QString csv = QString::fromUtf8(readAll(report));
    CHECK(csv.section(QLatin1Char('\n'), 0, 0).trimmed().endsWith(
        QStringLiteral("geometry_note,land_use,land_use_status,constraints,constraint_m2")));
    CHECK(csv.contains(QStringLiteral(",0701,incompatible,,0.00\r\n")));
    // x 2100–2200 in ifc: 50 m of its 100 m width under the red line.
    CHECK(csv.contains(QStringLiteral(",M0,incompatible,\"生态红线甲 (生态保护红线, prohibited): 5000.00 m²\",5000.00\r\n")));

    const Run noField = runCli({QStringLiteral("check"), rules + QStringLiteral("land-use/parcels.geojson"), QStringLiteral("--land-use-field"),
                                QStringLiteral("YDXZ2"), QStringLiteral("--out"), report});
    CHECK(noField.exitCode == 2);
    CHECK(noField.err.contains(QStringLiteral("there is no land-use field 'YDXZ2'")));
    const Run noLayer = runCli({QStringLiteral("check"), rules + QStringLiteral("land-use/parcels.geojson"), QStringLiteral("--constraints"),
                                QString::fromStdString(dir.file("无此管控线.gpkg")), QStringLiteral("--out"), report});
    CHECK(noLayer.exitCode == 2);
    CHECK(noLayer.err.contains(QStringLiteral("无此管控线.gpkg")));
}

TEST_CASE("check --constraint-layer and --constraint-rule go with their --constraints; --no-land-use", "[app][cli][check][landuse]")
{
    pearlzone::test::TempDir dir;
    const QString rules = QStringLiteral(PEARLZONE_TEST_DATA_DIR "/rules/");
    const QString report = QString::fromStdString(dir.file("限制建设.csv"));
    const QStringList base{QStringLiteral("check"), rules + QStringLiteral("land-use/parcels.geojson"), QStringLiteral("--zones"),
                           rules + QStringLiteral("zones.geojson"), QStringLiteral("--land-use-field"), QStringLiteral("用地性质"),
                           QStringLiteral("--constraints"), rules + QStringLiteral("constraints/constraints-red.geojson"),
                           QStringLiteral("--constraints"), rules + QStringLiteral("constraints/constraints-green.geojson"),
                           QStringLiteral("--out"), report};
    const Run run = runCli(base + QStringList{QStringLiteral("--constraint-layer"), QStringLiteral("constraints-red"),
                                              QStringLiteral("--constraint-layer"), QString(), QStringLiteral("--constraint-rule"),
                                              QStringLiteral("restricted"), QStringLiteral("--constraint-rule"), QStringLiteral("field"),
                                              QStringLiteral("--no-land-use")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QString csv = QString::fromUtf8(readAll(report));
    // The red line's own rule field says prohibited; the layer's rule given here wins.
    CHECK(csv.contains(QStringLiteral("\"生态红线甲 (生态保护红线, restricted): 5000.00 m²\",5000.00\r\n")));
    CHECK_FALSE(csv.contains(QStringLiteral("prohibited")));
    CHECK_FALSE(run.err.contains(QStringLiteral("land use (")));  // not checked, though the field is named
    CHECK_FALSE(csv.contains(QStringLiteral(",incompatible,")));  // a land_use_status: 4 of them without --no-land-use

    const Run unpaired = runCli(base + QStringList{QStringLiteral("--constraint-rule"), QStringLiteral("restricted")});
    CHECK(unpaired.exitCode == 1);
    CHECK(unpaired.err.contains(QStringLiteral("give --constraint-rule once for each --constraints (1 given for 2)")));
    const Run badRule = runCli(base + QStringList{QStringLiteral("--constraint-rule"), QStringLiteral("禁止"), QStringLiteral("--constraint-rule"),
                                                  QStringLiteral("field")});
    CHECK(badRule.exitCode == 1);
    CHECK(badRule.err.contains(QStringLiteral("--constraint-rule takes prohibited, restricted or field")));

    // The app's worker option is for the app: not in the help.
    const Run help = runCli({QStringLiteral("check"), QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("--constraint-rule prohibited|restricted|field")));
    CHECK_FALSE(help.out.contains(QStringLiteral("app-results")));
}
