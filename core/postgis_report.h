#pragma once
// The check report as a table in a PostGIS database (SPEC section 5): TableOutput writes the
// rows with their EPSG:4547 geometries and a GiST index in one transaction; these add the
// column comments and the run's row in pearlzone_runs to it. Nothing is visible to others
// until the commit; without it (failure, cancel) the database is left as it was.

#include "core/batch_check.h"
#include "core/report_run.h"
#include "core/table_output.h"

#include <string>

namespace pearlzone::core {

// After the table was opened: refuses a database without PostGIS (OutputError).
void requirePostgis(TableOutput& table);
// Before the commit: column comments and the run's row in pearlzone_runs, in the table's
// transaction; returns the run's id.
std::string recordPostgisRun(TableOutput& table, const ReportOptions& options, const BatchSummary& summary);

// The SQL text of a literal and of a (possibly schema-qualified) identifier.
std::string sqlLiteral(const std::string& text);
std::string sqlTableName(const std::string& name);
std::string sqlIdentifier(const std::string& name);

}  // namespace pearlzone::core
