#pragma once
// TableOutput: a table of rows written atomically as CSV (our own writer: UTF-8 with a
// byte-order mark, see CsvReportFile) or through GDAL as GeoJSON (RFC 7946) or GeoPackage
// (EPSG:4547, with the rows' geometries and layer metadata), chosen by the file's extension.
// The check report and the change report are both written through it.

#include "core/atomic_output.h"
#include "core/csv_report_file.h"
#include "gis/vector_writer.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace pearlzone::core {

struct TableOutputOptions {
    std::string layerName;
    std::vector<gis::FieldDefinition> fields;
    std::vector<std::pair<std::string, std::string>> metadata;  // GeoPackage layer metadata
    std::string description;                                    // GeoJSON "description"
    std::string what = "report";                                // for messages: "the report"
};

class TableOutput {
public:
    // Throws OutputError for an unknown extension or an unwritable place.
    TableOutput(const std::string& path, const TableOutputOptions& options);

    bool isCsv() const { return csv_ != nullptr; }
    const std::string& destination() const { return output_.destination(); }
    // A row as CSV text (isCsv()) or as typed values with a geometry (GeoJSON, GeoPackage).
    void writeCells(const std::vector<std::string>& cells);
    void writeValues(const std::vector<gis::FieldValue>& values, const std::vector<unsigned char>& wkb);
    // Closes the file and renames it into place; throws OutputError.
    void commit();

private:
    AtomicOutput output_;
    std::string what_;
    std::unique_ptr<gis::VectorWriter> writer_;
    std::unique_ptr<CsvReportFile> csv_;
};

}  // namespace pearlzone::core
