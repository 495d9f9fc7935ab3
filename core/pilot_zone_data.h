#pragma once
// PilotZoneData: everything the check and the map need, loaded and cross-checked together:
// zones (with the zone set they come from), the names zones go by, river, industry
// catalogue, designations (fitted to the zones), land-use classes and their compatibility
// with the industries, and targets.

#include "core/designations.h"
#include "core/industry_catalogue.h"
#include "core/land_use_catalogue.h"
#include "core/land_use_compatibility.h"
#include "core/river.h"
#include "core/targets.h"
#include "core/zone_names.h"
#include "core/zone_set.h"

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace pearlzone::core {

struct PilotZoneData {
    ZoneNameTable zoneNames;
    ZoneSet zones;
    std::vector<WaterBody> river;
    IndustryCatalogue catalogue;
    DesignationTable designations;
    LandUseCatalogue landUses;
    CompatibilityTable compatibility;  // industry × land use
    std::vector<Target> targets;

    // Loads the bundled data from dataDir; zonesSource, when given, replaces the bundled zones
    // (read with zoneOptions' layer and zone field; the bundled name table places the names).
    // Throws gis::Error naming the file at fault.
    static std::unique_ptr<PilotZoneData> load(const std::filesystem::path& dataDir,
                                               const std::string& zonesSource = {},
                                               const ZoneLoadOptions& zoneOptions = {});

    // Loads another zones layer against the same catalogue and name table, with designations
    // fitted to it (for comparing zone sets, and for the app's Open zones).
    std::unique_ptr<PilotZoneData> withZones(const std::string& zonesSource, const ZoneLoadOptions& zoneOptions = {}) const;

    // What a planner should know about how the zones were read: sub-area designations made
    // zone-wide, places the zones lack.
    const std::vector<std::string>& warnings() const { return designations.warnings(); }

private:
    std::filesystem::path dataDir_;
};

}  // namespace pearlzone::core
