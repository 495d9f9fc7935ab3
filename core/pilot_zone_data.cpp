#include "core/pilot_zone_data.h"

#include "gis/utf8_path.h"

namespace pearlzone::core {

std::unique_ptr<PilotZoneData> PilotZoneData::load(const std::filesystem::path& dataDir, const std::string& zonesSource,
                                                   const ZoneLoadOptions& zoneOptions)
{
    auto file = [&dataDir](const char* name) { return gis::pathToUtf8(dataDir / name); };
    auto data = std::make_unique<PilotZoneData>();
    data->dataDir_ = dataDir;
    data->zoneNames = ZoneNameTable::load(file("zone_names.csv"));
    ZoneLoadOptions options = zoneOptions;
    options.names = &data->zoneNames;
    data->zones = ZoneSet::load(zonesSource.empty() ? file("zones.geojson") : zonesSource, options);
    data->river = loadRiver(file("river.geojson"));
    data->catalogue = IndustryCatalogue::load(file("industries.csv"));
    data->designations = DesignationTable::load(file("designations.csv"), data->catalogue, &data->zones, &data->zoneNames);
    data->landUses = LandUseCatalogue::load(file("land-uses.csv"));
    data->compatibility = CompatibilityTable::load(file("land-use-compatibility.csv"), data->catalogue, data->landUses);
    data->targets = loadTargets(file("targets.csv"));
    return data;
}

std::unique_ptr<PilotZoneData> PilotZoneData::withZones(const std::string& zonesSource, const ZoneLoadOptions& zoneOptions) const
{
    return load(dataDir_, zonesSource, zoneOptions);
}

}  // namespace pearlzone::core
