#include "core/data_location.h"

#include "gis/utf8_path.h"

#include <cstdlib>
#include <system_error>

namespace pearlzone::core {

namespace {

bool looksLikeDataDirectory(const std::filesystem::path& dir)
{
    std::error_code error;
    if (!std::filesystem::is_directory(dir, error))
        return false;
    for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
        if (gis::pathToUtf8(entry.path().filename()).rfind("zones", 0) == 0)
            return true;
    }
    return false;
}

}  // namespace

std::vector<std::filesystem::path> dataDirectoryCandidates(const std::filesystem::path& executableDir)
{
    std::vector<std::filesystem::path> candidates;
    if (const char* overridden = std::getenv("PEARLZONE_DATA_DIR"); overridden && *overridden)
        candidates.push_back(gis::pathFromUtf8(overridden));
    candidates.push_back(executableDir / ".." / "share" / "pearlzone" / "data");
    candidates.push_back(executableDir / ".." / "data");
    candidates.push_back(executableDir / "data");
    for (auto& candidate : candidates)
        candidate = candidate.lexically_normal();
    return candidates;
}

std::optional<std::filesystem::path> findDataDirectory(const std::filesystem::path& executableDir)
{
    for (const auto& candidate : dataDirectoryCandidates(executableDir)) {
        if (looksLikeDataDirectory(candidate))
            return candidate;
    }
    return std::nullopt;
}

}  // namespace pearlzone::core
