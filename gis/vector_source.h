#pragma once
// Reading vector data through GDAL/OGR: files in the vector formats Pearlzone reads (an allowed
// list of GDAL drivers: none that starts a program or reaches the network), or a "PG:"
// connection string.
// Features stream in batches with attributes as UTF-8 and geometry as 2D ISO WKB.
// A source and its readers are used by one thread at a time.

#include "gis/envelope.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace pearlzone::gis {

struct VectorFeature {
    std::int64_t fid = -1;
    std::vector<std::string> attributes;  // UTF-8; "" for null or unset fields
    std::vector<unsigned char> wkb;       // empty when the feature has no geometry
    bool textRepaired = false;            // some bytes were not valid text and were replaced
    std::string note;                     // what the reader could not read, e.g. a WKT cell
};

// Where a table without a geometry column (a spreadsheet) keeps its positions: a column of
// WKT, or x / y columns (longitude / latitude, or eastings / northings).
struct ColumnGeometry {
    std::string wktField;
    std::string xField;
    std::string yField;
    bool empty() const { return wktField.empty() && xField.empty(); }
};

struct VectorOpenOptions {
    // The text encoding of attributes, e.g. "GBK" or "CP936". Empty: what the file says
    // (a Shapefile's .cpg, a DXF's $DWGCODEPAGE), else UTF-8.
    std::string encoding;
    // Extra GDAL open options, "NAME=VALUE".
    std::vector<std::string> driverOptions;
    // Spreadsheets (XLSX, XLS, ODS): the first row is the header, even when all its cells and
    // the data's are text (GDAL would otherwise guess, and take such a header for data).
    bool firstRowIsHeader = false;
};

class VectorLayerReader;
class GeoPackageRows;

class VectorSource {
public:
    // Throws gis::Error naming the source and GDAL's reason when it cannot be opened, and for
    // names that would make GDAL reach the network (/vsicurl/, http://, ...).
    static VectorSource open(const std::string& source, const VectorOpenOptions& options = {});

    const std::string& source() const { return source_; }
    std::string driverName() const;
    std::vector<std::string> layerNames() const;
    // The encoding Pearlzone guessed for text the file does not declare (kChineseEncoding of
    // gis/text_encoding.h), or "" when the file or the caller said.
    const std::string& guessedEncoding() const { return guessedEncoding_; }

    // The named layer, or when name is empty the first one; should that one be empty, the one
    // layer with features (with a note), and when several have features an Error listing them.
    VectorLayerReader layer(const std::string& name = {}) const;

private:
    VectorSource() = default;
    void* firstLayerWithFeatures(std::vector<std::string>& notes) const;  // OGRLayerH
    std::vector<std::string> notes_;  // what was done to open the file, e.g. a .shx rebuilt
    std::string source_;
    std::string explicitEncoding_;  // applied by us when the driver cannot recode itself
    std::string guessedEncoding_;
    std::vector<std::pair<std::string, std::string>> driverConfig_;  // read lazily by some drivers
    std::shared_ptr<void> dataset_;
};

class VectorLayerReader {
public:
    const std::string& name() const { return name_; }
    const std::vector<std::string>& fieldNames() const { return fieldNames_; }
    // -1 when the field does not exist.
    int fieldIndex(const std::string& name) const;

    // The layer's CRS as WKT2 (empty when the layer has none) and its "AUTH:CODE" if known.
    const std::string& crsWkt() const { return crsWkt_; }
    const std::string& crsAuthority() const { return crsAuthority_; }
    // Whether the layer has a geometry column (a spreadsheet or plain table has none).
    bool hasGeometryColumn() const;
    // A fast count where the format has one, else -1 (never a full scan).
    std::int64_t featureCountHint() const;

    // Read only these fields, in this order, into VectorFeature::attributes (others are
    // skipped by GDAL, which is faster). Unknown names throw.
    void selectFields(const std::vector<std::string>& names);
    void readGeometry(bool read) { readGeometry_ = read; }
    // Read only features whose box meets this one (in the layer's CRS); the driver puts it
    // into its query (a GiST index for PostGIS, the R-tree for GeoPackage).
    void setSpatialFilter(const Envelope& box);
    // Make each feature's geometry from these columns (unknown names throw).
    void setColumnGeometry(const ColumnGeometry& columns);
    // As VectorSource::guessedEncoding(), and also when only some values turned out to be
    // Chinese GB18030 rather than UTF-8 while reading.
    const std::string& guessedEncoding() const { return guessedEncoding_; }

    // Fills batch with up to maxCount features (reusing its storage); returns how many,
    // 0 at the end of the layer.
    std::size_t readBatch(std::vector<VectorFeature>& batch, std::size_t maxCount);
    void rewind();
    // Whether the rows come through SQLite itself (a GeoPackage table; set by the first read).
    bool readsDirectly() const { return direct_ != nullptr; }

    // A Shapefile whose .dbf holds fewer records than its .shp has shapes: GDAL stops at the
    // last record, so each shape past it comes back as a feature without attributes (its
    // outline read from a copy of the .shp and .shx without the .dbf), with a note. The counts are -1 for other layers and consistent Shapefiles.
    std::int64_t shapeCount() const { return shapesWithoutRecordFrom_ < 0 ? -1 : shapeCount_; }
    std::int64_t attributeRecordCount() const { return shapesWithoutRecordFrom_; }
    // What a person should know about how the layer was read: a .shx rebuilt, another layer
    // than the first, a CRS name not known, .dbf records without a shape (English, one each).
    const std::vector<std::string>& notes() const { return notes_; }

private:
    friend class VectorSource;
    VectorLayerReader() = default;
    bool readInto(VectorFeature& feature);
    bool fill(void* handle, VectorFeature& feature);  // from an OGRFeatureH
    // GeoPackage tables through SQLite itself (gis/vector_layer_direct.cpp).
    void openDirect();
    bool readDirect(VectorFeature& feature);
    bool readShapeWithoutRecord(VectorFeature& feature);
    void decodeText(std::string& value, bool& repaired);
    void applyIgnoredFields();

    std::string source_;
    std::string name_;
    std::string explicitEncoding_;
    std::string guessedEncoding_;
    std::shared_ptr<void> dataset_;
    void* layer_ = nullptr;  // OGRLayerH, owned by the dataset
    std::vector<std::string> fieldNames_;     // UTF-8
    std::vector<std::string> rawFieldNames_;  // as GDAL names them, for GDAL
    std::vector<int> selectedFields_;
    int wktField_ = -1;
    int xField_ = -1;
    int yField_ = -1;
    std::string crsWkt_;
    std::string crsAuthority_;
    bool readGeometry_ = true;
    std::int64_t shapesWithoutRecordFrom_ = -1;  // the .dbf's record count when short, else -1
    std::int64_t shapeCount_ = -1;
    std::int64_t nextShapeWithoutRecord_ = -1;
    std::shared_ptr<void> shapesOnly_;  // the .shp without its .dbf, for the shapes past it
    std::vector<std::string> notes_;
    std::shared_ptr<GeoPackageRows> direct_;  // null: rows come from OGR
    bool directTried_ = false;
    bool filtered_ = false;  // a spatial filter is set: OGR applies it
};

}  // namespace pearlzone::gis
