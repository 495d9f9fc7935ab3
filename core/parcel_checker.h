#pragma once
// ParcelChecker: the check of SPEC section 4 as a pure function of a parcel's geometry (in
// EPSG:4547) and its industry text, over the pilot-zone data. Each worker thread makes its
// own checker (it holds prepared geometries); the data it reads is shared and immutable.

#include "core/check_reason.h"
#include "core/check_result.h"
#include "core/constraint_layers.h"
#include "core/pilot_zone_data.h"
#include "core/prepared_zones.h"
#include "gis/geometry.h"

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace pearlzone::core {

class ParcelChecker {
public:
    // constraints, when given, must outlive the checker; the checker prepares its own copy
    // of their geometries.
    ParcelChecker(const PilotZoneData& data, const CheckSettings& settings, const ConstraintSet* constraints = nullptr);

    // geometry may be null (no geometry in the input). note is carried into geometry_note,
    // e.g. what the reader already did to the geometry. landUse is the land-use field's value,
    // nullopt when the input has no land-use field (land_use_status n/a).
    ParcelResult check(const std::string& parcelId, const gis::Geometry& geometry, const std::string& industryText,
                       const std::string& note = {}, const std::optional<std::string>& landUse = std::nullopt) const;

    const CheckSettings& settings() const { return settings_; }

private:
    const std::vector<IndustryMatch>& resolveIndustries(const std::string& text) const;
    const std::vector<LandUseMatch>& resolveLandUse(const std::string& text) const;
    // SPEC 4.1 for a parcel in a zone: the status, and the facts the reason states.
    void judgeLandUse(const std::string& industryText, const std::vector<IndustryMatch>& industries,
                      const std::string& landUseText, const std::vector<LandUseMatch>& parts, ParcelResult& result,
                      ReasonFacts& facts) const;

    const PilotZoneData& data_;
    CheckSettings settings_;
    PreparedZones zones_;
    std::unique_ptr<PreparedConstraints> constraints_;  // null when the check has none
    // Parcel files repeat a few industry and land-use texts many times; resolving each once
    // is faster.
    mutable std::unordered_map<std::string, std::vector<IndustryMatch>> industryCache_;
    mutable std::unordered_map<std::string, std::vector<LandUseMatch>> landUseCache_;
    mutable std::unordered_map<std::string, LandUseAssessment> assessmentCache_;  // by industry and land-use text
};

}  // namespace pearlzone::core
