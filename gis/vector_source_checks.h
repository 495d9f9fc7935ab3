#pragma once
// What VectorSource checks about a file before and after GDAL opens it, where GDAL would
// otherwise refuse with advice a planner cannot follow or read a file wrongly without a word:
// a Shapefile without its .shx, a CRS that only says "undefined", a CRS code GDAL does not know.
// Internal to gis/vector_source.cpp.

#include <string>

namespace pearlzone::gis::detail {

// Whether shapefile (a .shp) exists but has no .shx (in either case) beside it.
bool shapeIndexMissing(const std::string& shapefile);

// Whether srs (an OGRSpatialReferenceH) is a placeholder for "no CRS": GeoPackage's
// "Undefined Cartesian SRS" / "Undefined geographic SRS", "Undefined SRS", or a local CRS
// without a name.
bool isUndefinedCrs(void* srs);

// For a GeoJSON file that names its CRS ("crs": {"properties": {"name": ...}}) in a form GDAL
// does not know (GDAL then reads it as WGS84): that name; else "".
std::string unknownNamedCrs(const std::string& geojsonFile);

// Whether a KML file holds a gx:Track (GDAL 3.6's LIBKML driver crashes on one without times).
// Reads the file through in pieces.
bool kmlHasTracks(const std::string& kmlFile);

}  // namespace pearlzone::gis::detail
