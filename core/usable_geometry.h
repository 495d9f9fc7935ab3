#pragma once
// The geometry a parcel check works on (SPEC 4): closed lines as polygons, the polygons of a
// collection, invalid polygons repaired with make-valid (and a note saying so), or why there
// is none.

#include "core/check_result.h"
#include "gis/geometry.h"

#include <string>

namespace pearlzone::core {

bool isPuntal(gis::GeometryType type);

// Why a parcel whose coordinates are so large that its area overflows (a broken file, or
// numbers that are not coordinates) has no usable geometry.
std::string absurdCoordinates(bool zh);

// problem is set (in the report language) when there is no usable geometry; note says what
// was done to it. knownValid: the caller found the polygon certainly valid
// (gis::ringCertainlySimple), so GEOS's validity test is skipped.
gis::Geometry usableGeometry(const gis::Geometry& input, std::string& problem, std::string& note, Language language,
                             bool knownValid = false);

}  // namespace pearlzone::core
