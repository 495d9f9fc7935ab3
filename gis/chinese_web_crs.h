#pragma once
// GCJ-02 ("Mars coordinates", used by AMap and Tencent maps) and BD-09 (Baidu maps), the
// obfuscated coordinate systems of Chinese web maps, which PROJ does not know.
// Forward formulas are the public ones; inverses iterate the forward formula until the round
// trip is within about 1e-9 degrees (0.1 mm). Outside China the offsets are not applied,
// as the web maps themselves do.

namespace pearlzone::gis {

struct LonLat {
    double lon = 0.0;
    double lat = 0.0;
};

bool isOutsideChina(LonLat p);

LonLat wgs84ToGcj02(LonLat wgs);
LonLat gcj02ToWgs84(LonLat gcj);
LonLat gcj02ToBd09(LonLat gcj);
LonLat bd09ToGcj02(LonLat bd);
LonLat wgs84ToBd09(LonLat wgs);
LonLat bd09ToWgs84(LonLat bd);

}  // namespace pearlzone::gis
