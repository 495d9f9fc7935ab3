#pragma once
// PilotZoneData: everything the check and the map need, loaded and cross-checked together:
// zones, river, industry catalogue, designations, land-use classes and their compatibility
// with the industries, and targets.

#include "core/designations.h"
#include "core/industry_catalogue.h"
#include "core/land_use_catalogue.h"
#include "core/land_use_compatibility.h"
#include "core/river.h"
#include "core/targets.h"
#include "core/zone_set.h"

#include <filesystem>
#include <memory>
#include <string>

namespace pearlzone::core {

struct PilotZoneData {
    ZoneSet zones;
    std::vector<WaterBody> river;
    IndustryCatalogue catalogue;
    DesignationTable designations;
    LandUseCatalogue landUses;
    CompatibilityTable compatibility;  // industry × land use
    std::vector<Target> targets;

    // Loads the bundled data from dataDir; zonesSource, when given, replaces the bundled zones.
    // Throws gis::Error naming the file at fault.
    static std::unique_ptr<PilotZoneData> load(const std::filesystem::path& dataDir,
                                               const std::string& zonesSource = {});
};

}  // namespace pearlzone::core
