#pragma once
// ReportWriter: the check report as CSV (UTF-8 with a byte-order mark, for Excel; see
// CsvReportFile), GeoJSON or GeoPackage (through GDAL, with the parcels' geometries), chosen
// by the file's extension. It writes to
// a temporary file; commit() renames it into place, and without a commit nothing is left.

#include "core/batch_check.h"
#include "core/table_output.h"
#include "gis/vector_writer.h"

#include <string>
#include <vector>

namespace pearlzone::core {

class ReportWriter : public CheckSink {
public:
    // Throws OutputError for an unknown extension or an unwritable place. zones: the zone set
    // the verdicts are made against, recorded in GeoPackage metadata and the GeoJSON description.
    explicit ReportWriter(const std::string& path, const ZoneSet* zones = nullptr);

    bool wantsGeometry() const override { return !table_.isCsv(); }
    void write(const std::vector<CheckedParcel>& parcels) override;
    void commit();

private:
    TableOutput table_;
};

// The report's columns as GDAL field definitions.
std::vector<gis::FieldDefinition> reportFields();
std::vector<gis::FieldValue> reportValues(const ParcelResult& result);
// The same values as text, as the CSV report writes them.
std::vector<std::string> reportCells(const ParcelResult& result);

}  // namespace pearlzone::core
