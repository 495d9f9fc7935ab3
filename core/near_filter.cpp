#include "core/near_filter.h"

#include "gis/crs_transform.h"

#include <cmath>
#include <vector>

namespace pearlzone::core {

gis::Envelope nearZonesBox(const PilotZoneData& data, const std::string& sourceCrs, double km)
{
    const gis::Envelope zones = data.zones.extent();
    const double margin = km * 1000.0;
    const gis::Envelope planar{zones.minX - margin, zones.minY - margin, zones.maxX + margin, zones.maxY + margin};
    // Points along the outline: a box's edges bend in another projection.
    constexpr int kSteps = 32;
    std::vector<double> xs;
    std::vector<double> ys;
    for (int i = 0; i <= kSteps; ++i) {
        const double t = static_cast<double>(i) / kSteps;
        const double x = planar.minX + t * planar.width();
        const double y = planar.minY + t * planar.height();
        xs.insert(xs.end(), {x, x, planar.minX, planar.maxX});
        ys.insert(ys.end(), {planar.minY, planar.maxY, y, y});
    }
    const auto transform = gis::CrsTransform::create(kPlanarCrs, sourceCrs);
    transform.transform(xs.data(), ys.data(), xs.size());
    gis::Envelope box;
    for (std::size_t i = 0; i < xs.size(); ++i)
        if (std::isfinite(xs[i]) && std::isfinite(ys[i]))
            box.expandToInclude(xs[i], ys[i]);
    return box;
}

}  // namespace pearlzone::core
