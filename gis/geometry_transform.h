#pragma once
// Reprojects a geometry: every coordinate is gathered, transformed by PROJ in one array call,
// and written back in the same order.

#include "gis/crs_transform.h"
#include "gis/geometry.h"

namespace pearlzone::gis {

// Throws gis::Error when a coordinate cannot be transformed.
Geometry transformGeometry(const Geometry& geometry, const CrsTransform& transform);

}  // namespace pearlzone::gis
