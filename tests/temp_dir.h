#pragma once
// A temporary folder for one test, removed with everything in it when the test ends.
// Its name contains Chinese characters, so every test that writes files also proves that
// such paths work.

#include "gis/utf8_path.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>

namespace pearlzone::test {

class TempDir {
public:
    explicit TempDir(const std::string& label = "测试")
    {
        static std::atomic<int> counter{0};
        const auto base = std::filesystem::temp_directory_path();
        for (int attempt = 0;; ++attempt) {
            const std::string name = "pearlzone-" + label + "-琶洲-" + std::to_string(counter++) + "-" +
                                     std::to_string(std::hash<std::string>{}(base.string()) % 100000 + attempt);
            path_ = base / gis::pathFromUtf8(name);
            std::error_code error;
            if (std::filesystem::create_directory(path_, error))
                break;
        }
    }
    ~TempDir()
    {
        std::error_code ignored;
        std::filesystem::remove_all(path_, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    // A file inside the folder as a UTF-8 string, the form our APIs and GDAL take.
    std::string file(const std::string& name) const { return gis::pathToUtf8(path_ / gis::pathFromUtf8(name)); }

private:
    std::filesystem::path path_;
};

// A file's bytes as they are ("" when it cannot be read); path in UTF-8.
inline std::string fileText(const std::string& path)
{
    std::ifstream in(gis::pathFromUtf8(path), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace pearlzone::test
