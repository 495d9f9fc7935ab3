#pragma once
// ReportWriter: the check report as CSV (UTF-8 with a byte-order mark, for Excel; see
// CsvReportFile), GeoJSON or GeoPackage (through GDAL, with the parcels' geometries), an Excel
// workbook (.xlsx, core/report_workbook.h), chosen by the file's extension, or a PostGIS table
// ("PG:..." with options.outLayer, core/postgis_report.h). A file is written to a temporary
// file and commit() renames it into place; a table is written in one transaction that commit()
// commits. Without a commit nothing is left.

#include "core/batch_check.h"
#include "core/report_run.h"
#include "core/table_output.h"
#include "gis/vector_writer.h"

#include <string>
#include <vector>

namespace pearlzone::core {

class ReportWriter : public CheckSink {
public:
    // Throws OutputError for an unknown extension, an unwritable place, or an existing table
    // without options.overwrite. zones: the zone set the verdicts are made against, recorded
    // in GeoPackage metadata, the GeoJSON description, a workbook's summary and a database's
    // run record (options.run.zoneSet is filled from it when empty).
    explicit ReportWriter(const std::string& path, const ZoneSet* zones = nullptr, const ReportOptions& options = {});

    bool wantsGeometry() const override { return table_.keepsGeometry(); }
    void prepare(CheckedParcel& parcel) const override;  // a CSV row, encoded on a worker
    void write(const std::vector<CheckedParcel>& parcels) override;
    bool writesRows() const override { return table_.isCsv(); }
    void appendRow(const ParcelResult& result, std::string& rows) const override;
    void writeRows(const std::string& rows) override { table_.writeEncodedRows(rows); }
    // The run's counts, for a workbook's summary sheet and a database's run record.
    void setSummary(const BatchSummary& summary) { summary_ = summary; }
    void commit();

private:
    ReportOptions options_;
    BatchSummary summary_;
    TableOutput table_;
};

// The report's columns as GDAL field definitions.
std::vector<gis::FieldDefinition> reportFields();
std::vector<gis::FieldValue> reportValues(const ParcelResult& result);
// The same values as text, as the CSV report writes them.
std::vector<std::string> reportCells(const ParcelResult& result);

}  // namespace pearlzone::core
