#pragma once
// --near KM (SPEC section 5): the box around the zones that parcels must meet to be read.

#include "core/pilot_zone_data.h"
#include "gis/envelope.h"

#include <string>

namespace pearlzone::core {

// The zones' extent widened by km on every side, as a box in sourceCrs (any CRS text
// CrsTransform takes), enclosing the widened extent's outline. Throws gis::Error when the CRS
// cannot be used.
gis::Envelope nearZonesBox(const PilotZoneData& data, const std::string& sourceCrs, double km);

}  // namespace pearlzone::core
