#include "gis/tile_cache.h"

#include "gis/utf8_path.h"

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <vector>

namespace pearlzone::gis {

namespace {

struct CachedFile {
    std::filesystem::path path;
    std::uintmax_t bytes = 0;
    std::filesystem::file_time_type written;
};

std::vector<CachedFile> cachedFiles(const std::string& directory)
{
    std::vector<CachedFile> files;
    std::error_code error;
    const std::filesystem::path root = pathFromUtf8(directory);
    if (!std::filesystem::is_directory(root, error))
        return files;
    for (auto it = std::filesystem::recursive_directory_iterator(root, error);
         !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
        std::error_code statError;
        if (!it->is_regular_file(statError))
            continue;
        CachedFile file{it->path(), it->file_size(statError), it->last_write_time(statError)};
        if (!statError)
            files.push_back(std::move(file));
    }
    return files;
}

}  // namespace

std::uintmax_t tileCacheSize(const std::string& directory)
{
    std::uintmax_t total = 0;
    for (const CachedFile& file : cachedFiles(directory))
        total += file.bytes;
    return total;
}

std::size_t trimTileCache(const std::string& directory, std::uintmax_t maxBytes)
{
    std::vector<CachedFile> files = cachedFiles(directory);
    std::uintmax_t total = 0;
    for (const CachedFile& file : files)
        total += file.bytes;
    if (total <= maxBytes)
        return 0;
    std::sort(files.begin(), files.end(), [](const CachedFile& a, const CachedFile& b) { return a.written < b.written; });
    std::size_t removed = 0;
    for (const CachedFile& file : files) {
        if (total <= maxBytes)
            break;
        std::error_code error;
        if (std::filesystem::remove(file.path, error)) {
            total -= file.bytes;
            ++removed;
        }
    }
    return removed;
}

}  // namespace pearlzone::gis
