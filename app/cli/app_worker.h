#pragma once
// `pearlzone-cli check PARCELS --app-results FILE`: the check run for the desktop app in a
// process of its own (app/check_worker.h), so that a reader that crashes or hangs takes only
// this process down. Instead of a report it writes the check stream (core/check_stream.h),
// and it speaks to the app in lines on stdout:
//   progress DONE TOTAL        (TOTAL -1 when the source cannot tell)
//   failure {"message": "...", "details": "..."}   (the message in the planner's words)
// Everything else it says (warnings) goes to stderr, which the app keeps for "details".

#include "core/batch_check.h"
#include "core/parcel_source.h"
#include "core/pilot_zone_data.h"
#include "gis/error.h"

#include <QString>

namespace pearlzone::cli::app_worker {

// The "failure" line for error: its message in language's words and the libraries' detail.
void printFailure(const gis::Error& error, core::Language language);

// Checks source into the stream at resultsPath; a stop signal cancels (exit 130, no file).
// Throws what the check throws.
int run(const core::PilotZoneData& data, core::ParcelSource& source, const core::BatchCheckOptions& options,
        const QString& resultsPath);

}  // namespace pearlzone::cli::app_worker
