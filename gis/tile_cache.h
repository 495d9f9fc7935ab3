#pragma once
// The size limit of the basemap's tile cache. GDAL's WMS cache writes each tile to a file and
// removes only tiles past their expiry, so a busy planner's cache would grow without bound;
// trimTileCache deletes the oldest tiles until the folder fits.

#include <cstdint>
#include <string>

namespace pearlzone::gis {

// Bytes held by the files under directory (UTF-8 path); 0 when it does not exist.
std::uintmax_t tileCacheSize(const std::string& directory);

// Deletes the least recently written files under directory until it holds at most maxBytes;
// returns how many files went. Files another process removes meanwhile are skipped.
std::size_t trimTileCache(const std::string& directory, std::uintmax_t maxBytes);

}  // namespace pearlzone::gis
