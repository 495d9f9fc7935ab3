#pragma once
// Geometry made from a table's cells (spreadsheets carry no geometry column): a WKT cell, or
// x / y cells holding numbers. Internal to gis/.

#include "gis/gdal_handles.h"

#include <string>

namespace pearlzone::gis {

// The feature's geometry from its cells; fields are -1 when not used. Null when the cells are
// blank, or when they hold something that is no position (then why says what).
OgrGeometryOwner geometryFromCells(OGRFeatureH feature, int wktField, int xField, int yField, std::string& why);

}  // namespace pearlzone::gis
