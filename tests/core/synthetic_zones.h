#pragma once
// Zones made to be hard for the fast path's straddlers (issue 16), in EPSG:4547 near the
// square zones of tests/data/rules: sub-areas that share a saw-toothed border (3 m teeth
// every 10 m) around a hole, a twelve-pointed star, and a square with a square hole.

#include "core/pilot_zone_data.h"
#include "gis/utf8_path.h"

#include <cmath>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace pearlzone::test {

constexpr double kPi = 3.14159265358979323846;  // M_PI is not standard (MSVC lacks it)

inline std::string syntheticRing(const std::vector<std::pair<double, double>>& points)
{
    std::ostringstream text;
    text.precision(17);
    text << '[';
    for (std::size_t i = 0; i <= points.size(); ++i) {
        const auto& [x, y] = points[i % points.size()];
        text << (i ? "," : "") << '[' << x << ',' << y << ']';
    }
    return text.str() + ']';
}

// Writes the zones to path (GeoJSON) and loads them with the bundled catalogue and designations.
inline std::unique_ptr<core::PilotZoneData> syntheticZones(const std::string& path)
{
    const double x0 = 430000, y0 = 2550000;
    std::vector<std::pair<double, double>> saw;  // the shared border, south to north
    for (int k = 0; k <= 100; ++k)
        saw.emplace_back(x0 + 1000 + (k % 2 ? 3.0 : 0.0), y0 + 10.0 * k);
    std::vector<std::pair<double, double>> west{{x0, y0}}, east{{x0 + 2000, y0}, {x0 + 2000, y0 + 1000}};
    west.insert(west.end(), saw.begin(), saw.end());
    west.emplace_back(x0, y0 + 1000);
    east.insert(east.end(), saw.rbegin(), saw.rend());
    const std::string hole = syntheticRing({{x0 + 400, y0 + 400}, {x0 + 400, y0 + 600}, {x0 + 600, y0 + 600}, {x0 + 600, y0 + 400}});
    std::vector<std::pair<double, double>> star;
    for (int k = 0; k < 24; ++k) {
        const double angle = 2 * kPi * k / 24, radius = k % 2 ? 500.0 : 60.0 + 0.5 * k;
        star.emplace_back(x0 + 4000 + radius * std::cos(angle), y0 + 500 + radius * std::sin(angle));
    }
    const std::string square =
        syntheticRing({{x0 + 6000, y0}, {x0 + 7000, y0}, {x0 + 7000, y0 + 1000}, {x0 + 6000, y0 + 1000}}) + ',' +
        syntheticRing({{x0 + 6300, y0 + 300}, {x0 + 6300, y0 + 700}, {x0 + 6700, y0 + 700}, {x0 + 6700, y0 + 300}});
    auto feature = [](const char* zone, const char* subarea, const std::string& rings) {
        return std::string("{\"type\":\"Feature\",\"properties\":{\"zone_id\":\"") + zone + "\",\"subarea_id\":\"" + subarea +
               "\",\"name_zh\":\"\",\"name_en\":\"\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[" + rings + "]}}";
    };
    std::ofstream(gis::pathFromUtf8(path))
        << "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::4547\"}},"
        << "\"features\":[" << feature("pazhou_core", "pazhou", syntheticRing(west) + ',' + hole) << ','
        << feature("pazhou_core", "university_town", syntheticRing(east)) << ',' << feature("ifc", "", syntheticRing(star))
        << ',' << feature("yuzhu", "", square) << "]}";
    return core::PilotZoneData::load(gis::pathFromUtf8(PEARLZONE_DATA_DIR), path);
}

}  // namespace pearlzone::test
