// Nothing left behind (SPEC section 8): an output is out of sight until committed, and stale
// temporary files of ours are swept by the next run in their folder, nobody else's.
#include "core/atomic_output.h"
#include "gis/utf8_path.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#if defined(_WIN32)
#include <process.h>
#else
#include <unistd.h>
#endif

using namespace pearlzone;

namespace {

std::set<std::string> namesIn(const std::filesystem::path& folder)
{
    std::set<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        names.insert(gis::pathToUtf8(entry.path().filename()));
    return names;
}

void writeText(const std::string& path, const std::string& text)
{
    std::FILE* file = std::fopen(gis::pathFromUtf8(path).c_str(), "wb");
    REQUIRE(file);
    std::fputs(text.c_str(), file);
    std::fclose(file);
}

}  // namespace

TEST_CASE("a streamed output has no name in its folder until it is committed", "[hostile][atomic]")
{
    const test::TempDir dir;
    const std::string destination = dir.file("报告.csv");
    writeText(destination, "old");
    {
        core::AtomicOutput output(destination, core::AtomicOutput::Writing::Stream);
        writeText(output.temporaryPath(), "new");
#if defined(__linux__)
        // Linux file systems with O_TMPFILE (ext4, tmpfs, xfs, btrfs): no name at all.
        if (output.isUnnamed())
            CHECK(namesIn(dir.path()) == std::set<std::string>{"报告.csv"});
#endif
        output.commit();
    }
    CHECK(namesIn(dir.path()) == std::set<std::string>{"报告.csv"});
    std::ifstream in(gis::pathFromUtf8(destination));
    std::string text;
    std::getline(in, text);
    CHECK(text == "new");

    {
        core::AtomicOutput discarded(destination, core::AtomicOutput::Writing::Stream);
        writeText(discarded.temporaryPath(), "never");
    }
    CHECK(namesIn(dir.path()) == std::set<std::string>{"报告.csv"});
}

TEST_CASE("a named output is <stem>.partial-<pid>-<n><ext> and removed when a stop signal ends the run",
          "[hostile][atomic]")
{
    const test::TempDir dir;
    core::AtomicOutput output(dir.file("报告.gpkg"));
    CHECK_FALSE(output.isUnnamed());
    const std::string name = gis::pathToUtf8(gis::pathFromUtf8(output.temporaryPath()).filename());
    CHECK(name.rfind("报告.partial-", 0) == 0);
    CHECK(name.substr(name.size() - 5) == ".gpkg");
    writeText(output.temporaryPath(), "x");
    writeText(output.temporaryPath() + "-journal", "x");
    core::removeUnfinishedOutputs();  // what the CLI's signal handler calls
    CHECK(namesIn(dir.path()).empty());
}

TEST_CASE("stale temporary files of ours are swept: their process gone, unchanged for an hour", "[hostile][atomic]")
{
    const test::TempDir dir;
    const std::string gone = "2147483646";  // no process has this id
    const std::string alive = std::to_string(
#if defined(_WIN32)
        static_cast<long long>(_getpid())
#else
        static_cast<long long>(getpid())
#endif
    );
    const std::vector<std::string> names = {
        "报告.partial-" + gone + "-0.csv",          // ours, stale: swept
        "报告.partial-" + gone + "-1.gpkg-journal",  // its SQLite side file: swept
        "新.partial-" + gone + "-2.csv",            // ours, gone, but recent: kept
        "活.partial-" + alive + "-3.csv",           // ours, its process alive: kept
        "notes.partial.txt",                        // not ours: kept
        "报告.partial-abc-0.csv",                    // not our pattern: kept
    };
    for (const auto& name : names)
        writeText(dir.file(name), "x");
    const auto old = std::filesystem::file_time_type::clock::now() - std::chrono::hours(2);
    for (const auto& name : names)
        if (name.rfind("新", 0) != 0)
            std::filesystem::last_write_time(gis::pathFromUtf8(dir.file(name)), old);

    CHECK(core::sweepStaleOutputs(dir.path()) == 2);
    CHECK(namesIn(dir.path()) == std::set<std::string>{"新.partial-" + gone + "-2.csv", "活.partial-" + alive + "-3.csv",
                                                       "notes.partial.txt", "报告.partial-abc-0.csv"});
}
