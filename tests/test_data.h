#pragma once
// Data the tests share, each loaded once: the bundled data, and the hand-computable square
// zones of tests/data/rules (with the bundled catalogue and designations).

#include "core/pilot_zone_data.h"
#include "gis/utf8_path.h"

namespace pearlzone::test {

inline const core::PilotZoneData& bundledData()
{
    static const auto data = core::PilotZoneData::load(gis::pathFromUtf8(PEARLZONE_DATA_DIR));
    return *data;
}

inline const core::PilotZoneData& squareZones()
{
    static const auto data = core::PilotZoneData::load(gis::pathFromUtf8(PEARLZONE_DATA_DIR),
                                                       std::string(PEARLZONE_TEST_DATA_DIR) + "/rules/zones.geojson");
    return *data;
}

inline std::string bundledFile(const std::string& name) { return std::string(PEARLZONE_DATA_DIR) + "/" + name; }

}  // namespace pearlzone::test
