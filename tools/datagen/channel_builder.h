#pragma once
// Builds river channel polygons from sparse centre-line points: a centripetal Catmull-Rom
// spline through the points (in metres), widths interpolated between the points with a
// gentle, deterministic irregularity so that banks are not parallel rulers, and the channel
// as the union of short round-capped segments, which stays valid through tight bends.

#include "gis/geometry.h"

#include <string>
#include <vector>

namespace pearlzone::datagen {

struct CentrePoint {
    double x = 0.0;  // metres, EPSG:4547
    double y = 0.0;
    double width = 0.0;  // metres, bank to bank
};

std::vector<CentrePoint> splineThrough(const std::vector<CentrePoint>& points, double spacing);

// phase varies the bank irregularity between channels.
gis::Geometry channelPolygon(const std::vector<CentrePoint>& points, double spacing, double phase);

}  // namespace pearlzone::datagen
