// Issue 16, the reader: a GeoPackage table read through SQLite itself gives every feature
// exactly as OGR gives it — plain rows directly, and the unusual ones (empty, curved, 3D,
// big-endian, an unknown header, a number in a text column, text with a NUL) through OGR.
#include "gis/geometry.h"
#include "gis/utf8_path.h"
#include "gis/vector_source.h"
#include "gis/vector_writer.h"

#include "pearlzone_catch.h"
#include "environment_variable.h"
#include "temp_dir.h"

#include <sqlite3.h>


using namespace pearlzone::gis;

namespace {

void readThroughOgrOnly(bool on) { pearlzone::test::setEnvironmentVariable("PEARLZONE_OGR_ONLY", on ? "1" : "0"); }

std::vector<VectorFeature> readAll(const std::string& path, bool ogrOnly, bool& direct)
{
    readThroughOgrOnly(ogrOnly);
    VectorLayerReader reader = VectorSource::open(path).layer();
    reader.selectFields({"产业", "编号"});
    std::vector<VectorFeature> all, batch;
    while (reader.readBatch(batch, 3) > 0)
        all.insert(all.end(), batch.begin(), batch.end());
    direct = reader.readsDirectly();
    readThroughOgrOnly(false);
    return all;
}

void execute(sqlite3* database, const std::string& statement)
{
    char* message = nullptr;
    INFO(statement);
    REQUIRE(sqlite3_exec(database, statement.c_str(), nullptr, nullptr, &message) == SQLITE_OK);
    sqlite3_free(message);
}

}  // namespace

TEST_CASE("GeoPackage rows read through SQLite are OGR's", "[gis][gdal][reader]")
{
    pearlzone::test::TempDir dir;
    const std::string path = dir.file("地块表.gpkg");
    {
        VectorWriterOptions options;
        options.layerName = "地块";
        options.crs = "EPSG:4547";
        options.geometry = WriterGeometry::Unknown;
        options.fields = {{"产业", FieldType::String}, {"编号", FieldType::String}};
        auto writer = VectorWriter::create(path, options);
        const char* shapes[] = {"POLYGON ((430000 2550000, 430010 2550000, 430010 2550010, 430000 2550000))",
                                "MULTIPOLYGON (((430000 2550000, 430010 2550000, 430010 2550010, 430000 2550000)), "
                                "((430020 2550000, 430030 2550000, 430030 2550010, 430020 2550000)))",
                                "POINT (430000.5 2550000.25)",
                                "POLYGON EMPTY",
                                "",
                                "POLYGON Z ((430000 2550000 5, 430010 2550000 5, 430010 2550010 5, 430000 2550000 5))",
                                "POINT (430000 2550000)",
                                "POLYGON ((430000 2550000, 430010 2550000, 430010 2550010, 430000 2550000))",
                                "POLYGON ((430000 2550000, 430010 2550000, 430010 2550010, 430000 2550000))",
                                "POLYGON ((430000 2550000, 430010 2550000, 430010 2550010, 430000 2550000))",
                                "LINESTRING (430000 2550000, 430010 2550000)"};
        int i = 0;
        for (const char* wkt : shapes) {
            const std::string industry = i % 3 == 0 ? "人工智能；大数据" : i % 3 == 1 ? "" : "软件和信息服务";
            writer.write({industry, std::string("琶洲-") + std::to_string(i++)},
                         *wkt ? Geometry::fromWkt(wkt).toWkb() : std::vector<unsigned char>{});
        }
        writer.close();
    }
    {
        // Rows no writer would make: a curved polygon, a big-endian polygon, an unknown header version, a number
        // in a text column, text with a NUL in it, a null cell.
        sqlite3* database = nullptr;
        REQUIRE(sqlite3_open(path.c_str(), &database) == SQLITE_OK);
        const std::string table = "\"地块\"";
        // The R-tree's triggers call GDAL's SQL functions, which plain SQLite does not have.
        std::vector<std::string> triggers;
        sqlite3_exec(
            database, "SELECT name FROM sqlite_master WHERE type = 'trigger'",
            [](void* names, int, char** values, char**) {
                static_cast<std::vector<std::string>*>(names)->push_back(values[0]);
                return 0;
            },
            &triggers, nullptr);
        for (const auto& trigger : triggers)
            execute(database, "DROP TRIGGER \"" + trigger + "\"");
        execute(database, "UPDATE " + table + " SET geom = X'47500001C311000000000000030000000100000004411A3EC0000000004143747800000000411A3EE8000000"
                                              "004143747800000000411A3EE8000000004143747D00000000411A3EC0000000004143747800000000' WHERE fid = 8");
        execute(database, "UPDATE " + table + " SET geom = X'47500001C3110000010A0000000100000001080000000300000000000000C03E1A4100000000787443410000"
                                              "0000E83E1A41000000007D74434100000000C03E1A410000000078744341' WHERE fid = 7");
        execute(database, "UPDATE " + table + " SET geom = X'4750020100000000' || substr(geom, 9) WHERE fid = 9");
        execute(database, "UPDATE " + table + " SET \"产业\" = 42 WHERE fid = 10");
        execute(database, "UPDATE " + table + " SET \"编号\" = CAST(X'E790B6E6B4B200E4BABA' AS TEXT) WHERE fid = 3");
        execute(database, "UPDATE " + table + " SET \"编号\" = NULL WHERE fid = 4");
        sqlite3_close(database);
    }
    bool direct = false, ogr = true;
    const std::vector<VectorFeature> quick = readAll(path, false, direct);
    const std::vector<VectorFeature> slow = readAll(path, true, ogr);
    CHECK(direct);
    CHECK_FALSE(ogr);
    REQUIRE(quick.size() == 11);
    REQUIRE(slow.size() == quick.size());
    for (std::size_t i = 0; i < quick.size(); ++i) {
        INFO("feature " << i);
        CHECK(quick[i].fid == slow[i].fid);
        CHECK(quick[i].attributes == slow[i].attributes);
        CHECK(quick[i].wkb == slow[i].wkb);
        CHECK(quick[i].note == slow[i].note);
        CHECK(quick[i].textRepaired == slow[i].textRepaired);
    }
    CHECK(quick[0].attributes == std::vector<std::string>{"人工智能；大数据", "琶洲-0"});
    CHECK(quick[1].attributes.front().empty());
    CHECK(Geometry::fromWkb(quick[7].wkb).toWkt() == Geometry::fromWkb(quick[0].wkb).toWkt());  // the big-endian one
}
