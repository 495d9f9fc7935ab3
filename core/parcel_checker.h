#pragma once
// ParcelChecker: the check of SPEC section 4 as a pure function of a parcel's geometry (in
// EPSG:4547) and its industry text, over the pilot-zone data. Each worker thread makes its
// own checker (it holds prepared geometries); the data it reads is shared and immutable.

#include "core/check_result.h"
#include "core/pilot_zone_data.h"
#include "core/prepared_zones.h"
#include "gis/geometry.h"

#include <string>
#include <unordered_map>

namespace pearlzone::core {

class ParcelChecker {
public:
    ParcelChecker(const PilotZoneData& data, const CheckSettings& settings);

    // geometry may be null (no geometry in the input). note is carried into geometry_note,
    // e.g. what the reader already did to the geometry.
    ParcelResult check(const std::string& parcelId, const gis::Geometry& geometry, const std::string& industryText,
                       const std::string& note = {}) const;

    const CheckSettings& settings() const { return settings_; }

private:
    const std::vector<IndustryMatch>& resolveIndustries(const std::string& text) const;

    const PilotZoneData& data_;
    CheckSettings settings_;
    PreparedZones zones_;
    // Parcel files repeat a few industry texts many times; resolving each once is faster.
    mutable std::unordered_map<std::string, std::vector<IndustryMatch>> industryCache_;
};

}  // namespace pearlzone::core
