#pragma once
// The bundled data, loaded once for all the tests that read it.

#include "core/pilot_zone_data.h"
#include "gis/utf8_path.h"

namespace pearlzone::test {

inline const core::PilotZoneData& bundledData()
{
    static const auto data = core::PilotZoneData::load(gis::pathFromUtf8(PEARLZONE_DATA_DIR));
    return *data;
}

inline std::string bundledFile(const std::string& name) { return std::string(PEARLZONE_DATA_DIR) + "/" + name; }

}  // namespace pearlzone::test
