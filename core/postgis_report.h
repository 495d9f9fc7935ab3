#pragma once
// PostgisReport: the check report as a table in a PostGIS database (SPEC section 5), written
// through GDAL's PG driver in one transaction: the rows with their EPSG:4547 geometries, a
// GiST index, column comments, and the run's row in pearlzone_runs. Nothing is visible to
// others until commit(); without it (failure, cancel) the database is left as it was.

#include "core/batch_check.h"
#include "core/report_run.h"
#include "gis/vector_writer.h"

#include <string>

namespace pearlzone::core {

class PostgisReport {
public:
    // Throws OutputError when the database cannot be opened, or when the table exists and
    // options.overwrite is false.
    PostgisReport(const std::string& connection, const ReportOptions& options);

    void write(const std::vector<CheckedParcel>& parcels);
    // Comments, the run record, then the commit; throws OutputError on failure.
    void commit(const BatchSummary& summary);

    const std::string& runId() const { return runId_; }

private:
    std::string connection_;  // without its password, for messages
    ReportOptions options_;
    std::string runId_;
    gis::VectorWriter writer_;
};

// The SQL text of a literal and of a (possibly schema-qualified) identifier.
std::string sqlLiteral(const std::string& text);
std::string sqlTableName(const std::string& name);
std::string sqlIdentifier(const std::string& name);

}  // namespace pearlzone::core
