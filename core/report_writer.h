#pragma once
// ReportWriter: the check report as CSV (UTF-8 with a byte-order mark, for Excel; see
// CsvReportFile), GeoJSON or GeoPackage (through GDAL, with the parcels' geometries), an Excel
// workbook (.xlsx, core/report_workbook.h), chosen by the file's extension, or a PostGIS table
// ("PG:..." with options.outLayer, core/postgis_report.h). A file is written to a temporary
// file and commit() renames it into place; a table is written in one transaction that commit()
// commits. Without a commit nothing is left.

#include "core/atomic_output.h"
#include "core/batch_check.h"
#include "core/csv_report_file.h"
#include "core/report_run.h"
#include "gis/vector_writer.h"

#include <memory>
#include <optional>
#include <string>

namespace pearlzone::core {

class TableWorkbook;
class PostgisReport;

class ReportWriter : public CheckSink {
public:
    // Throws OutputError for an unknown extension, an unwritable place, or an existing table
    // without options.overwrite.
    explicit ReportWriter(const std::string& path, const ReportOptions& options = {});
    ~ReportWriter() override;

    bool wantsGeometry() const override { return withGeometry_; }
    void write(const std::vector<CheckedParcel>& parcels) override;
    // The run's counts, for a workbook's summary sheet and a database's run record.
    void setSummary(const BatchSummary& summary) { summary_ = summary; }
    void commit();

private:
    std::string destination_;
    ReportOptions options_;
    BatchSummary summary_;
    std::optional<AtomicOutput> output_;  // every format but a database table
    bool withGeometry_ = false;
    std::unique_ptr<gis::VectorWriter> writer_;  // GeoJSON, GeoPackage
    std::unique_ptr<CsvReportFile> csv_;
    std::unique_ptr<TableWorkbook> workbook_;
    std::unique_ptr<PostgisReport> table_;
};

// Whether a report destination is a database connection ("PG:...") rather than a file.
bool isDatabaseReport(const std::string& destination);

// The report's columns as GDAL field definitions.
std::vector<gis::FieldDefinition> reportFields();
std::vector<gis::FieldValue> reportValues(const ParcelResult& result);
// The same values as text, as the CSV report writes them.
std::vector<std::string> reportCells(const ParcelResult& result);

}  // namespace pearlzone::core
