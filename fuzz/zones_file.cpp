// Any bytes as a zones layer (GeoJSON): a ZoneSet or a gis::Error. A loaded zone's stored
// geometry reads back, and its area is a number.
#include "core/zone_set.h"
#include "fuzz_support.h"
#include "gis/error.h"
#include "gis/geometry.h"

#include <cmath>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace pearlzone;
    fuzz::quietLibraries();
    const fuzz::MemoryFile file("zones.geojson", data, size);
    try {
        const auto zones = core::ZoneSet::load(file.path());
        for (const auto& zone : zones.zones()) {
            if (std::isnan(zone.areaM2))
                std::abort();
            gis::Geometry::fromWkb(zone.wkb);
            for (const auto& subarea : zone.subareas)
                gis::Geometry::fromWkb(subarea.wkb);
        }
        zones.extent();
    } catch (const gis::Error&) {
    }
    return 0;
}
