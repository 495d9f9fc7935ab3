#pragma once
// ParcelChecker: the check of SPEC section 4 as a pure function of a parcel's geometry (in
// EPSG:4547) and its industry text, over the pilot-zone data. Each worker thread makes its
// own checker (it holds prepared geometries); the data it reads is shared and immutable.

#include "core/check_result.h"
#include "core/pilot_zone_data.h"
#include "core/prepared_zones.h"
#include "gis/geometry.h"

#include <map>
#include <string>
#include <unordered_map>

namespace pearlzone::core {

// A polygon parcel measured elsewhere (in PostGIS, by core/postgis_engine.h): its box and area
// in EPSG:4547 and the area of it inside each zone and sub-area it overlaps.
struct MeasuredParcel {
    gis::Envelope box;
    double areaM2 = 0.0;
    std::map<const ZoneRegion*, double> overlapM2;  // regions of the checker's PilotZoneData
};

class ParcelChecker {
public:
    ParcelChecker(const PilotZoneData& data, const CheckSettings& settings);

    // geometry may be null (no geometry in the input). note is carried into geometry_note,
    // e.g. what the reader already did to the geometry.
    ParcelResult check(const std::string& parcelId, const gis::Geometry& geometry, const std::string& industryText,
                       const std::string& note = {}) const;

    // The same check for a valid polygon parcel whose overlaps were measured elsewhere.
    ParcelResult checkMeasured(const std::string& parcelId, const MeasuredParcel& measured,
                               const std::string& industryText) const;

    const CheckSettings& settings() const { return settings_; }

private:
    ParcelResult checkWith(const std::string& parcelId, const gis::Geometry& geometry, const MeasuredParcel* measured,
                           const std::string& industryText, const std::string& note) const;
    const std::vector<IndustryMatch>& resolveIndustries(const std::string& text) const;

    const PilotZoneData& data_;
    CheckSettings settings_;
    PreparedZones zones_;
    // Parcel files repeat a few industry texts many times; resolving each once is faster.
    mutable std::unordered_map<std::string, std::vector<IndustryMatch>> industryCache_;
};

}  // namespace pearlzone::core
