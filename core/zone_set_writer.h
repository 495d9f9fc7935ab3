#pragma once
// Saving the zones in use as a zone set: a GeoPackage (EPSG:4547) with the bundled layer's
// fields, and its sidecar `<file>.zoneset.json`, so that official boundaries read once from
// whatever form they came in can be shared and reloaded as they are (File → Save zones as
// zone set).

#include "core/zone_set.h"

#include <string>

namespace pearlzone::core {

// One feature per sub-area, plus one for the part of a zone outside its sub-areas (or the
// whole zone when it has none). Written atomically; throws OutputError.
void saveZoneSet(const ZoneSet& zones, const ZoneSetInfo& info, const std::string& path);

}  // namespace pearlzone::core
