// GCJ-02 and BD-09 conversions on any pair of doubles: they end (the inverses iterate), and a
// finite point in China goes there and back within a millimetre or so.
#include "fuzz_support.h"
#include "gis/chinese_web_crs.h"

#include <cmath>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace pearlzone::gis;
    pearlzone::fuzz::ByteReader input(data, size);
    const LonLat p{input.number(), input.number()};
    const LonLat gcj = wgs84ToGcj02(p);
    const LonLat wgs = gcj02ToWgs84(gcj);
    const LonLat bd = wgs84ToBd09(p);
    const LonLat back = bd09ToWgs84(bd);
    gcj02ToWgs84(p);
    bd09ToWgs84(p);
    bd09ToGcj02(p);
    gcj02ToBd09(p);
    if (std::isfinite(p.lon) && std::isfinite(p.lat) && !isOutsideChina(p)) {
        const double tolerance = 1e-7;  // degrees, about 1 cm
        if (std::fabs(wgs.lon - p.lon) > tolerance || std::fabs(wgs.lat - p.lat) > tolerance ||
            std::fabs(back.lon - p.lon) > tolerance || std::fabs(back.lat - p.lat) > tolerance)
            std::abort();
    }
    return 0;
}
