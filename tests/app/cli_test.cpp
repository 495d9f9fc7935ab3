// Runs the real pearlzone-cli binary and checks its exit codes and output (SPEC section 5).
#include "core/version.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QProcess>
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
