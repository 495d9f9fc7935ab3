#pragma once
// ParcelChecker: the check of SPEC section 4 as a pure function of a parcel's geometry (in
// EPSG:4547) and its industry text, over the pilot-zone data. Each worker thread makes its
// own checker (it holds prepared geometries); the data it reads is shared and immutable.

#include "core/check_reason.h"
#include "core/check_result.h"
#include "core/constraint_layers.h"
#include "core/pilot_zone_data.h"
#include "core/prepared_zones.h"
#include "core/zone_grid.h"
#include "gis/geometry.h"
#include "gis/planar_ring.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace pearlzone::core {

// A polygon parcel measured elsewhere (in PostGIS, by core/postgis_engine.h): its box and area
// in EPSG:4547 and the area of it inside each zone and sub-area it overlaps.
struct MeasuredParcel {
    gis::Envelope box;
    double areaM2 = 0.0;
    std::map<const ZoneRegion*, double> overlapM2;  // regions of the checker's PilotZoneData
    const gis::Geometry* geometry = nullptr;  // in EPSG:4547 when fetched: constraint lines are checked on it
};

class ParcelChecker {
public:
    // constraints, when given, must outlive the checker; the checker prepares its own copy
    // of their geometries. grid, when given, is the fast path's view of data.zones (it must
    // outlive the checker; one grid serves every worker); without it GEOS answers everything.
    ParcelChecker(const PilotZoneData& data, const CheckSettings& settings, const ConstraintSet* constraints = nullptr,
                  const ZoneGrid* grid = nullptr);

    // geometry may be null (no geometry in the input). note is carried into geometry_note,
    // e.g. what the reader already did to the geometry. landUse is the land-use field's value,
    // nullopt when the input has no land-use field (land_use_status n/a). knownValid: the
    // caller found the polygon certainly valid (gis::ringCertainlySimple), so GEOS's validity
    // test is skipped.
    ParcelResult check(const std::string& parcelId, const gis::Geometry& geometry, const std::string& industryText,
                       const std::string& note = {}, const std::optional<std::string>& landUse = std::nullopt,
                       bool knownValid = false) const;

    // The same check for a valid polygon parcel whose overlaps were measured elsewhere.
    ParcelResult checkMeasured(const std::string& parcelId, const MeasuredParcel& measured,
                               const std::string& industryText,
                               const std::optional<std::string>& landUse = std::nullopt) const;

    // The fast path (issue 16): the check of a polygon parcel given as one ring, without GEOS,
    // when the ring is certainly simple and the grid decides every zone for certain; nullopt
    // otherwise (check() with the GEOS geometry then). The result is the one check() gives.
    std::optional<ParcelResult> checkRing(const std::string& parcelId, const gis::PlanarRing& ring,
                                          const std::string& industryText, const std::string& note = {},
                                          const std::optional<std::string>& landUse = std::nullopt) const;

    const CheckSettings& settings() const { return settings_; }

    // The facts of a checked parcel's reason rebuilt from its result's texts and place,
    // without its geometry (core/table_reasons.cpp, for the PDF report's table).
    ReasonFacts reasonFactsOf(const ParcelResult& result) const;

private:
    // An area of a parcel in a region, and how far it may lie from GEOS's overlay (0: exact).
    struct Share {
        double m2 = 0.0;
        double error = 0.0;
    };
    struct GeosProbe;
    struct FastProbe;
    // Sets the location, zone, sub-area and shares (or the nearest zone); false, with the
    // result half made, when the probe cannot be sure.
    template <typename Probe>
    bool place(const Probe& probe, const gis::Envelope& box, double area, bool puntal, ParcelResult& result,
               ReasonFacts& facts) const;
    void noteNearestZone(const gis::Envelope& box, ReasonFacts& facts) const;
    // The parts of a result that do not depend on where the parcel is.
    const std::vector<IndustryMatch>& begin(const std::string& parcelId, const std::string& industryText,
                                            const std::string& note, ParcelResult& result, ReasonFacts& facts) const;
    // The industry half, land use, verdict and reason, once the location is known.
    void judge(const std::vector<IndustryMatch>& matches, const std::string& industryText,
               const std::optional<std::string>& landUse, ParcelResult& result, ReasonFacts& facts) const;
    void judgeAnew(const std::vector<IndustryMatch>& matches, const std::string& industryText,
                   const std::optional<std::string>& landUse, ParcelResult& result, ReasonFacts& facts) const;
    ParcelResult checkWith(const std::string& parcelId, const gis::Geometry& geometry, const MeasuredParcel* measured,
                           const std::string& industryText, const std::string& note,
                           const std::optional<std::string>& landUse, bool knownValid) const;
    const std::vector<IndustryMatch>& resolveIndustries(const std::string& text) const;
    const std::vector<LandUseMatch>& resolveLandUse(const std::string& text) const;
    // SPEC 4.1 for a parcel in a zone: the status, and the facts the reason states.
    void judgeLandUse(const std::string& industryText, const std::vector<IndustryMatch>& industries,
                      const std::string& landUseText, const std::vector<LandUseMatch>& parts, ParcelResult& result,
                      ReasonFacts& facts) const;

    const PilotZoneData& data_;
    CheckSettings settings_;
    PreparedZones zones_;
    const ZoneGrid* grid_;  // null: GEOS only
    std::unique_ptr<PreparedConstraints> constraints_;  // null when the check has none
    // Parcel files repeat a few industry and land-use texts many times; resolving each once
    // is faster.
    mutable std::unordered_map<std::string, std::vector<IndustryMatch>> industryCache_;
    mutable std::unordered_map<std::string, std::vector<LandUseMatch>> landUseCache_;
    mutable std::unordered_map<std::string, LandUseAssessment> assessmentCache_;  // by industry and land-use text
    // What judge() decides by industry, land use, place and location (the reason past where
    // the parcel lies: reasonRest).
    struct JudgedParcel {
        IndustryStatus industryStatus;
        LandUseStatus landUseStatus;
        Verdict verdict;
        std::string landUse;
        std::string landUseCodes;
        std::string suggestedZones;
        std::string reasonRest;
    };
    mutable std::unordered_map<std::string, JudgedParcel> judgedCache_;
};

}  // namespace pearlzone::core
