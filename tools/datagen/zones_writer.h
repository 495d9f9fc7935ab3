#pragma once
// Builds the bundled zones and river layers from zone_geography and writes them as GeoJSON
// in CGCS2000 lon/lat (EPSG:4490).

#include <ostream>
#include <string>

namespace pearlzone::datagen {

// Writes zones.geojson and river.geojson into outputDir; reports areas on log.
void writeZoneData(const std::string& outputDir, std::ostream& log);

}  // namespace pearlzone::datagen
