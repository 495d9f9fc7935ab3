// Any bytes as the designations table (data/designations.csv), checked against the bundled
// catalogue and zones: a table or a gis::Error; every loaded designation names a known
// industry and can be looked up again.
#include "core/designations.h"
#include "fuzz_support.h"
#include "gis/error.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace pearlzone;
    fuzz::quietLibraries();
    const auto& bundled = fuzz::bundledData();
    const fuzz::MemoryFile file("designations.csv", data, size);
    try {
        const auto table = core::DesignationTable::load(file.path(), bundled.catalogue, &bundled.zones);
        for (const auto& d : table.all()) {
            if (!bundled.catalogue.find(d.industryCode) || !table.find(d.zoneId, d.subareaId, d.industryCode))
                std::abort();
            table.placesFor(d.industryCode);
            table.forZone(d.zoneId);
        }
    } catch (const gis::Error&) {
    }
    return 0;
}
