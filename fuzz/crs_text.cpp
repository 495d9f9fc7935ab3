// Any text as a --crs argument: ours decides GCJ02 / BD09, PROJ the rest. isKnownCrs and
// CrsTransform::create agree, and a transform that was made transforms a point.
#include "fuzz_support.h"
#include "gis/crs_transform.h"
#include "gis/error.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace pearlzone;
    fuzz::quietLibraries();
    const std::string text(reinterpret_cast<const char*>(data), size);
    std::string message;
    const bool known = gis::isKnownCrs(text, &message);
    if (!known && message.empty())
        std::abort();
    try {
        const auto transform = gis::CrsTransform::create(text, "EPSG:4547");
        transform.transform(113.36, 23.10);
    } catch (const gis::Error&) {
    }
    return 0;
}
