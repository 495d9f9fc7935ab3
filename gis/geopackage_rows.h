#pragma once
// A GeoPackage feature table read through SQLite itself (issue 16, the reader): the fid, the
// geometry blob's WKB past the GeoPackage header, and text columns — what OGR gives for the
// same rows, at a fraction of the cost. Internal to gis/ (VectorLayerReader uses it).
// Only what is certainly the same passes: a table (not a view) listed as features, and per
// row plain little-endian 2D points, polygons and multipolygons of polygons, text or null
// cells. Any other row (an empty-geometry flag, extended or curved types, Z/M, big-endian
// parts, a number in a text column) is handed back for OGR to read.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace pearlzone::gis {

class GeoPackageRows {
public:
    // nullptr when the table cannot be read this way; the caller reads it through OGR.
    // geometryColumn may be empty (no geometry read).
    static std::unique_ptr<GeoPackageRows> open(const std::string& path, const std::string& table,
                                                const std::string& fidColumn, const std::string& geometryColumn,
                                                const std::vector<std::string>& textColumns);
    ~GeoPackageRows();
    GeoPackageRows(const GeoPackageRows&) = delete;
    GeoPackageRows& operator=(const GeoPackageRows&) = delete;

    enum class Row { End, Read, ForOgr };
    // The next row: its fid, and when Read its WKB (empty: no geometry) and texts ("" for
    // null). Throws gis::Error when SQLite cannot read on (a damaged file).
    Row next(std::int64_t& fid, std::vector<unsigned char>& wkb, std::vector<std::string>& texts);

private:
    GeoPackageRows() = default;
    struct Handles;
    std::unique_ptr<Handles> handles_;
    std::string path_;
    std::string table_;
    bool geometry_ = false;
    bool done_ = false;
    std::size_t texts_ = 0;
};

// Whether PEARLZONE_OGR_ONLY=1 asks for every file to be read through OGR (to compare).
bool ogrOnlyByEnvironment();

}  // namespace pearlzone::gis
