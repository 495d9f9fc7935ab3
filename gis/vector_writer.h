#pragma once
// Writing vector data through GDAL/OGR: GeoPackage, GeoJSON, CSV, and any other driver that
// can create files (FlatGeobuf, Shapefile, KML, DXF). Attributes go in as UTF-8; geometries
// as WKB. The caller chooses where; atomic replacement is the caller's business.

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace pearlzone::gis {

enum class FieldType { String, Integer, Real };

struct FieldDefinition {
    std::string name;
    FieldType type = FieldType::String;
    int width = 0;      // 0: the driver's default
    int precision = 0;  // decimals of a Real field as text formats (CSV) write it
};

using FieldValue = std::variant<std::monostate, std::string, std::int64_t, double>;

enum class WriterGeometry { None, Point, Polygon, MultiPolygon, Unknown };

struct VectorWriterOptions {
    std::string driver;  // GDAL short name; empty: chosen from the file's extension
    std::string layerName = "layer";
    std::string crs;     // any CRS text GDAL accepts; empty for none
    WriterGeometry geometry = WriterGeometry::Unknown;
    std::vector<FieldDefinition> fields;
    bool csvByteOrderMark = true;  // so that Excel reads UTF-8 Chinese text
    std::string encoding;          // Shapefile only: the .dbf encoding, e.g. "CP936" (default UTF-8)
    int coordinateDecimals = -1;   // GeoJSON only: decimals kept per coordinate (-1: GDAL's default)
    std::vector<std::string> layerOptions;  // extra "NAME=VALUE" layer creation options
    // Layer metadata items (GeoPackage keeps them in gpkg_metadata; GDAL reads them back).
    std::vector<std::pair<std::string, std::string>> metadata;
};

// The GDAL driver that writes files with this name's extension, e.g. "GPKG" for ".gpkg".
// Throws gis::Error for extensions no vector driver writes.
std::string vectorDriverForPath(const std::string& path);

class VectorWriter {
public:
    static VectorWriter create(const std::string& path, const VectorWriterOptions& options);

    VectorWriter(VectorWriter&& other) noexcept;
    VectorWriter& operator=(VectorWriter&& other) noexcept;
    VectorWriter(const VectorWriter&) = delete;
    VectorWriter& operator=(const VectorWriter&) = delete;
    // Closes without reporting errors; call close() to learn of them.
    ~VectorWriter();

    // values match the fields in number and order; wkb may be empty for no geometry.
    void write(const std::vector<FieldValue>& values, const std::vector<unsigned char>& wkb = {});
    std::int64_t featuresWritten() const { return written_; }

    // Commits and closes the file; throws gis::Error when anything failed.
    void close();

private:
    VectorWriter() = default;
    void closeQuietly() noexcept;

    std::string path_;
    void* dataset_ = nullptr;  // GDALDatasetH
    void* layer_ = nullptr;    // OGRLayerH, owned by the dataset
    std::size_t fieldCount_ = 0;
    bool inTransaction_ = false;
    std::int64_t written_ = 0;
};

}  // namespace pearlzone::gis
