// Arbitrary geometry bytes into the whole per-parcel check, as core/batch_check.cpp feeds it:
// WKB that GEOS refuses is a parcel without geometry; anything else is checked. The check
// must return a result (an exception would end the whole batch) with a reason.
// Input: one length byte, that many bytes of industry text, then WKB (EPSG:4547).
#include "core/parcel_checker.h"
#include "fuzz_support.h"
#include "gis/error.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace pearlzone;
    static const core::ParcelChecker checker(fuzz::bundledData(), core::CheckSettings{});
    fuzz::ByteReader input(data, size);
    const std::string industry(input.text(input.byte()));
    const auto wkb = input.rest();
    gis::Geometry geometry;
    std::string note;
    try {
        if (!wkb.empty())
            geometry = gis::Geometry::fromWkb(reinterpret_cast<const unsigned char*>(wkb.data()), wkb.size());
    } catch (const gis::Error& error) {
        note = error.what();
    }
    const core::ParcelResult result = checker.check("fuzz", geometry, industry, note);
    if (result.reason.empty() || !(result.insideRatio >= 0.0 && result.insideRatio <= 1.0 + 1e-9))
        std::abort();
    return 0;
}
