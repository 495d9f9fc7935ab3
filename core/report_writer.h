#pragma once
// ReportWriter: the check report as CSV (UTF-8 with a byte-order mark, for Excel; see
// CsvReportFile), GeoJSON or GeoPackage (through GDAL, with the parcels' geometries), chosen
// by the file's extension. It writes to
// a temporary file; commit() renames it into place, and without a commit nothing is left.

#include "core/atomic_output.h"
#include "core/batch_check.h"
#include "core/csv_report_file.h"
#include "gis/vector_writer.h"

#include <memory>
#include <string>

namespace pearlzone::core {

class ReportWriter : public CheckSink {
public:
    // Throws OutputError for an unknown extension or an unwritable place. metadata: items a
    // GeoPackage report records (zoneSetMetadata: the zones the verdicts were made against).
    explicit ReportWriter(const std::string& path, std::vector<std::pair<std::string, std::string>> metadata = {});

    bool wantsGeometry() const override { return withGeometry_; }
    void write(const std::vector<CheckedParcel>& parcels) override;
    void commit();

private:
    AtomicOutput output_;
    bool withGeometry_ = false;
    std::unique_ptr<gis::VectorWriter> writer_;  // GeoJSON, GeoPackage
    std::unique_ptr<CsvReportFile> csv_;
};

// The report's columns as GDAL field definitions.
std::vector<gis::FieldDefinition> reportFields();
std::vector<gis::FieldValue> reportValues(const ParcelResult& result);
// The same values as text, as the CSV report writes them.
std::vector<std::string> reportCells(const ParcelResult& result);

}  // namespace pearlzone::core
