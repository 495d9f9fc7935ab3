#pragma once
// Finding the bundled data. Programs look relative to their own location, never at the
// source tree, so that a build tree, an installed copy and a relocated package all work:
//   <bin>/../share/pearlzone/data   installed (bin/ beside share/)
//   <bin>/../data                   build tree (build/app/ beside build/data/)
//   <bin>/data                      a portable folder, e.g. an unpacked Windows ZIP
// PEARLZONE_DATA_DIR in the environment overrides all of them.

#include <filesystem>
#include <optional>
#include <vector>

namespace pearlzone::core {

std::vector<std::filesystem::path> dataDirectoryCandidates(const std::filesystem::path& executableDir);

// The first candidate that holds a data folder (one with a "zones" file in it), if any.
std::optional<std::filesystem::path> findDataDirectory(const std::filesystem::path& executableDir);

}  // namespace pearlzone::core
