// Any bytes as the river layer (data/river.geojson): water bodies or a gis::Error; a loaded
// water body's geometry reads back.
#include "core/river.h"
#include "fuzz_support.h"
#include "gis/error.h"
#include "gis/geometry.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace pearlzone;
    fuzz::quietLibraries();
    const fuzz::MemoryFile file("river.geojson", data, size);
    try {
        for (const auto& water : core::loadRiver(file.path()))
            gis::Geometry::fromWkb(water.wkb);
    } catch (const gis::Error&) {
    }
    return 0;
}
