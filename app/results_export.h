#pragma once
// Writing a checked layer's results through core::ReportWriter, as the CLI writes a report:
// a file (.csv, .geojson, .gpkg, .xlsx, atomically) or a table in PostGIS ("PG:...", in one
// transaction with its run record). Rows go in slices so that Cancel is heard; without a
// commit nothing is left. Runs on a worker thread; returns facts, the app words them.

#include "app/check_runner.h"
#include "core/report_run.h"

#include <atomic>
#include <functional>
#include <string>

namespace pearlzone::app {

enum class ResultsProblem { None, Cancelled, CannotConnect, TableExists, NoPostgis, CannotWrite };

struct ResultsExport {
    ResultsProblem problem = ResultsProblem::None;
    std::string detail;  // the library's reason (a connection's password never in it)
};

// What the report records about the layer's run (input, layer, checksum of a file when
// withChecksum, rules, engine, time).
core::ReportOptions reportOptionsFor(const CheckedLayer& layer, bool withChecksum);

ResultsExport writeResults(const std::string& destination, const CheckedLayer& layer, const core::ZoneSet* zones,
                           const core::ReportOptions& options, const std::function<void(int percent)>& progress = {},
                           const std::atomic<bool>* cancel = nullptr);

}  // namespace pearlzone::app
