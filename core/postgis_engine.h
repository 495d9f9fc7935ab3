#pragma once
// The check pushed down into PostGIS (--engine postgis, SPEC section 5): for a PG: source, the
// zones and sub-areas go into a temporary table cut with ST_Subdivide and indexed, and the
// location part of the check (each parcel's area, box and area inside every region it
// overlaps) runs as SQL next to the parcels; only those small facts come back, and the rest
// of the check (best zone, industry, verdict, reason) runs here as usual. Parcels that are not
// valid polygons (points, lines, collections, invalid or empty geometries) come back whole and
// are checked here as the local engine would, so the report is the local engine's.

#include "core/batch_check.h"
#include "gis/envelope.h"

#include <optional>

namespace pearlzone::core {

// Throws InputError when the source is not a PG: table or its CRS is not one PostGIS knows
// (GCJ02, BD09), OutputError from the sink. nearBox: keep only parcels whose box meets it
// (in the source's CRS; --near).
BatchSummary runPostgisCheck(const PilotZoneData& data, const ParcelInputOptions& input, const BatchCheckOptions& options,
                             CheckSink& sink, const std::function<void(const BatchProgress&)>& progress = {},
                             const std::atomic<bool>* cancel = nullptr,
                             const std::optional<gis::Envelope>& nearBox = std::nullopt);

}  // namespace pearlzone::core
