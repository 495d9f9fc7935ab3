#pragma once
// Reading vector data through GDAL/OGR: any file GDAL opens, or a "PG:" connection string.
// Features stream in batches with attributes as UTF-8 and geometry as 2D ISO WKB.
// A source and its readers are used by one thread at a time.

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

class VectorSource {
public:
    // Throws gis::Error naming the source and GDAL's reason when it cannot be opened.
    static VectorSource open(const std::string& source, const VectorOpenOptions& options = {});

    const std::string& source() const { return source_; }
    std::string driverName() const;
    std::vector<std::string> layerNames() const;
    // The encoding Pearlzone guessed for text the file does not declare (kChineseEncoding of
    // gis/text_encoding.h), or "" when the file or the caller said.
    const std::string& guessedEncoding() const { return guessedEncoding_; }

    // The named layer, or the first one when name is empty.
    VectorLayerReader layer(const std::string& name = {}) const;

private:
    VectorSource() = default;
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
    // Make each feature's geometry from these columns (unknown names throw).
    void setColumnGeometry(const ColumnGeometry& columns);
    // As VectorSource::guessedEncoding(), and also when only some values turned out to be
    // Chinese GB18030 rather than UTF-8 while reading.
    const std::string& guessedEncoding() const { return guessedEncoding_; }

    // Fills batch with up to maxCount features (reusing its storage); returns how many,
    // 0 at the end of the layer.
    std::size_t readBatch(std::vector<VectorFeature>& batch, std::size_t maxCount);
    void rewind();

private:
    friend class VectorSource;
    VectorLayerReader() = default;
    bool readInto(VectorFeature& feature);
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
};

}  // namespace pearlzone::gis
