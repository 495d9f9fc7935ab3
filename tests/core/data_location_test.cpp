#include "core/data_location.h"

#include "gis/utf8_path.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"

#include <fstream>

using pearlzone::core::dataDirectoryCandidates;
using pearlzone::core::findDataDirectory;
namespace fs = std::filesystem;

TEST_CASE("data is found beside an installed or a build-tree program", "[core][data]")
{
    pearlzone::test::TempDir root("数据");
    const fs::path bin = root.path() / "bin";
    fs::create_directories(bin);
    CHECK_FALSE(findDataDirectory(bin).has_value());

    // Build-tree layout: <root>/data beside <root>/bin.
    fs::create_directories(root.path() / "data");
    std::ofstream(root.path() / "data" / "zones.geojson") << "{}";
    REQUIRE(findDataDirectory(bin).has_value());
    CHECK(fs::equivalent(*findDataDirectory(bin), root.path() / "data"));

    // An installed layout wins over the build-tree one.
    const fs::path installed = root.path() / "share" / "pearlzone" / "data";
    fs::create_directories(installed);
    std::ofstream(installed / "zones.gpkg") << "";
    CHECK(fs::equivalent(*findDataDirectory(bin), installed));
}

TEST_CASE("candidates are relative to the program, not the working directory", "[core][data]")
{
    const auto candidates = dataDirectoryCandidates(fs::path("/opt/pz/bin"));
    REQUIRE(candidates.size() >= 3);
    for (const auto& candidate : candidates) {
        if (!std::getenv("PEARLZONE_DATA_DIR"))
            CHECK(candidate.generic_string().find("/opt/pz") != std::string::npos);
    }
}
