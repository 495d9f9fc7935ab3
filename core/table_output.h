#pragma once
// TableOutput: a table of rows written atomically as CSV (our own writer: UTF-8 with a
// byte-order mark, see CsvReportFile), through GDAL as GeoJSON (RFC 7946) or GeoPackage
// (EPSG:4547, with the rows' geometries and layer metadata), as an Excel workbook (.xlsx,
// core/table_workbook.h), chosen by the file's extension, or as a table in a PostGIS database
// ("PG:..."; written in one transaction that only commit() commits). The check report and the
// change report are both written through it.

#include "core/atomic_output.h"
#include "core/csv_report_file.h"
#include "core/table_workbook.h"
#include "gis/vector_writer.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pearlzone::core {

struct TableOutputOptions {
    std::string layerName;  // also the table of a PG: destination (schema.table allowed)
    std::vector<gis::FieldDefinition> fields;
    std::vector<std::pair<std::string, std::string>> metadata;  // GeoPackage layer metadata
    std::string description;                                    // GeoJSON "description"
    std::string what = "report";                                // for messages: "the report"
    // .xlsx: the rows' sheet and its columns (empty: one per field, headed by its name).
    std::string sheetName;
    std::vector<WorkbookColumn> workbookColumns;
    bool overwrite = false;  // PG: replace an existing table of that name (else an error)
};

// Whether a destination is a database connection ("PG:...") rather than a file.
bool isDatabaseReport(const std::string& destination);

class TableOutput {
public:
    // Throws OutputError for an unknown extension, an unwritable place, or an existing table.
    TableOutput(const std::string& path, const TableOutputOptions& options);
    ~TableOutput();

    bool isCsv() const { return csv_ != nullptr; }
    bool isDatabase() const { return !output_.has_value(); }
    bool keepsGeometry() const { return writer_ != nullptr; }  // GeoJSON, GeoPackage, PG
    // For messages: the path, or the connection without its password.
    const std::string& destination() const { return destination_; }
    // A row as CSV text (isCsv()) or as typed values with a geometry (the other formats;
    // a workbook leaves the geometry out).
    void writeCells(const std::vector<std::string>& cells);
    // The CSV file (isCsv()), to encode rows off the writing thread (its encoding is const,
    // safe from several threads), and rows so encoded written in order.
    const CsvReportFile& csvFile() const { return *csv_; }
    void writeEncodedRows(const std::string& rows);
    void writeValues(const std::vector<gis::FieldValue>& values, const std::vector<unsigned char>& wkb);
    // A workbook's sheet of label/value rows (a summary); other formats have no place for it.
    void addListSheet(const std::string& sheetName, const std::vector<std::vector<gis::FieldValue>>& rows);
    // A statement in a database's transaction (comments, a run record); throws OutputError.
    void execute(const std::string& statement);
    // Closes the file and renames it into place, or commits the table; throws OutputError.
    void commit();

private:
    std::string destination_;
    std::optional<AtomicOutput> output_;  // every format but a database table
    std::string what_;
    std::unique_ptr<gis::VectorWriter> writer_;
    std::unique_ptr<CsvReportFile> csv_;
    std::unique_ptr<TableWorkbook> workbook_;
};

}  // namespace pearlzone::core
