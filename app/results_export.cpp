#include "app/results_export.h"

#include "core/check_errors.h"
#include "core/check_report_contents.h"
#include "core/report_writer.h"
#include "core/table_output.h"
#include "gis/sql_database.h"

#include <algorithm>

namespace pearlzone::app {

namespace {

constexpr std::size_t kSlice = 2000;  // rows between looks at Cancel

}  // namespace

core::ReportOptions reportOptionsFor(const CheckedLayer& layer, bool withChecksum)
{
    core::ReportOptions options;
    options.run.input = layer.drawn ? layer.name.toStdString() : core::withoutPassword(layer.source.toStdString());
    options.run.layer = layer.input.layer;
    const bool database = layer.source.startsWith(QStringLiteral("PG:"));
    if (database)
        options.run.query = layer.input.layer;
    else if (withChecksum && !layer.drawn)
        options.run.checksum = core::fileChecksum(layer.source).toStdString();
    options.run.minInside = layer.minInside;
    options.run.language = layer.language;
    options.run.engine = layer.pushedDown ? "postgis" : "local";
    options.run.checkedAt = layer.checkedAt.toUTC().toString(Qt::ISODate).toStdString();
    return options;
}

ResultsExport writeResults(const std::string& destination, const CheckedLayer& layer, const core::ZoneSet* zones,
                           const core::ReportOptions& options, const std::function<void(int)>& progress,
                           const std::atomic<bool>* cancel)
{
    ResultsExport outcome;
    if (core::isDatabaseReport(destination)) {
        // Connecting first tells "cannot connect" (host, password) from "cannot write".
        try {
            gis::SqlDatabase::open(destination);
        } catch (const gis::Error& error) {
            return {ResultsProblem::CannotConnect, core::withoutPassword(error.what())};
        }
    }
    try {
        core::ReportWriter writer(destination, zones, options);
        const std::size_t count = layer.size();
        std::vector<core::CheckedParcel> slice;
        for (std::size_t start = 0; start < count; start += kSlice) {
            if (cancel && cancel->load())
                return {ResultsProblem::Cancelled, {}};  // the writer's destructor leaves nothing
            const std::size_t end = std::min(count, start + kSlice);
            slice.clear();
            for (std::size_t i = start; i < end; ++i)
                slice.push_back(layer.parcel(i));
            writer.write(slice);
            if (progress)
                progress(static_cast<int>(95.0 * static_cast<double>(end) / static_cast<double>(count)));
        }
        if (cancel && cancel->load())
            return {ResultsProblem::Cancelled, {}};
        writer.setSummary(layer.summary);
        writer.commit();
        if (progress)
            progress(100);
    } catch (const core::TableExistsError& error) {
        outcome = {ResultsProblem::TableExists, error.what()};
    } catch (const core::NoPostgisError& error) {
        outcome = {ResultsProblem::NoPostgis, error.what()};
    } catch (const gis::Error& error) {
        outcome = {ResultsProblem::CannotWrite, core::withoutPassword(error.what())};
    }
    return outcome;
}

}  // namespace pearlzone::app
