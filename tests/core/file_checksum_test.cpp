// The input checksum on a report's cover (core::fileChecksum): SHA-256 as lower-case hex,
// against digests computed independently (FIPS 180-2's "abc" vector; the others by
// `sha256sum`), for a file read in several chunks and a file whose name is Chinese.
#include "core/check_report_contents.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"

#include <QString>

#include <fstream>
#include <string>

using namespace pearlzone;

namespace {

QString written(const test::TempDir& folder, const std::string& name, const std::string& bytes)
{
    std::ofstream(folder.path() / gis::pathFromUtf8(name), std::ios::binary) << bytes;
    return QString::fromStdString(folder.file(name));
}

}  // namespace

TEST_CASE("fileChecksum is the SHA-256 of the file's bytes in lower-case hex", "[checksum]")
{
    const test::TempDir folder;
    CHECK(core::fileChecksum(written(folder, "abc.txt", "abc")) ==
          QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    CHECK(core::fileChecksum(written(folder, "empty.txt", "")) ==
          QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    // 3,000,000 bytes: more than one chunk, the last one partial (printf 'a'x3000000 | sha256sum).
    CHECK(core::fileChecksum(written(folder, "地块-琶洲.gpkg", std::string(3000000, 'a'))) ==
          QStringLiteral("2a152c894398719c0570f83fac34ac03a0f6e8e474b995c2403aa5434f7b9dd4"));
}

TEST_CASE("fileChecksum of a file that cannot be read is empty", "[checksum]")
{
    const test::TempDir folder;
    CHECK(core::fileChecksum(QString::fromStdString(folder.file("不存在.gpkg"))).isEmpty());
    CHECK(core::fileChecksum(QString::fromStdString(gis::pathToUtf8(folder.path()))).isEmpty());  // a folder
}
