#pragma once
// ParcelChecker: the check of SPEC section 4 as a pure function of a parcel's geometry (in
// EPSG:4547) and its industry text, over the pilot-zone data. Each worker thread makes its
// own checker (it holds prepared geometries); the data it reads is shared and immutable.

#include "core/check_reason.h"
#include "core/check_result.h"
#include "core/constraint_layers.h"
#include "core/judged_memory.h"
#include "core/pilot_zone_data.h"
#include "core/prepared_zones.h"
#include "core/zone_grid.h"
#include "gis/geometry.h"
#include "gis/planar_ring.h"

#include <cstdint>
#include <map>
#include <vector>
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
    // The same into result, whose strings keep their capacity (a batch's results are reused);
    // false when undecided, result then half made.
    bool checkRing(const std::string& parcelId, const gis::PlanarRing& ring, const std::string& industryText,
                   const std::string& note, const std::optional<std::string>& landUse, ParcelResult& result) const;

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
    // The zone and sub-area place() chose, as indexes into zones_ (kNowhere: none).
    static constexpr std::uint32_t kNowhere = 0xffffffffu;
    struct Where {
        std::uint32_t zone = kNowhere;
        std::uint32_t subarea = kNowhere;
    };
    // An industry text resolved once: its matches, their codes as the report writes them, and
    // a number standing for the text in the judgement's memory (never reused in a run).
    struct ResolvedIndustries {
        std::vector<IndustryMatch> matches;
        std::string codes;
        std::uint64_t id = 0;
    };
    struct ResolvedLandUse {
        std::vector<LandUseMatch> parts;
        std::uint64_t id = 0;
    };
    // Sets the location, zone, sub-area and shares (or the nearest zone); false, with the
    // result half made, when the probe cannot be sure.
    template <typename Probe>
    bool place(const Probe& probe, const gis::Envelope& box, double area, bool puntal, ParcelResult& result,
               ReasonFacts& facts, Where& where) const;
    void noteNearestZone(const gis::Envelope& box, ParcelResult& result, ReasonFacts& facts) const;
    // The parts of a result that do not depend on where the parcel is.
    const ResolvedIndustries& begin(const std::string& parcelId, const std::string& industryText,
                                    const std::string& note, ParcelResult& result, ReasonFacts& facts) const;
    // The industry half, land use, verdict and reason, once the location is known.
    void judge(const ResolvedIndustries& industries, const std::string& industryText,
               const std::optional<std::string>& landUse, const Where& where, ParcelResult& result,
               ReasonFacts& facts) const;
    void judgeAnew(const std::vector<IndustryMatch>& matches, const std::string& industryText,
                   const std::optional<std::string>& landUse, ParcelResult& result, ReasonFacts& facts) const;
    ParcelResult checkWith(const std::string& parcelId, const gis::Geometry& geometry, const MeasuredParcel* measured,
                           const std::string& industryText, const std::string& note,
                           const std::optional<std::string>& landUse, bool knownValid) const;
    const ResolvedIndustries& resolveIndustries(const std::string& text) const;
    const ResolvedLandUse& resolveLandUse(const std::string& text) const;
    // SPEC 4.1 for a parcel in a zone: the status, and the facts the reason states.
    void judgeLandUse(const std::string& industryText, const std::vector<IndustryMatch>& industries,
                      const std::string& landUseText, const std::vector<LandUseMatch>& parts, ParcelResult& result,
                      ReasonFacts& facts) const;

    const PilotZoneData& data_;
    CheckSettings settings_;
    PreparedZones zones_;
    const ZoneGrid* grid_;  // null: GEOS only
    // Each zone's name ([k][0]) and each of its sub-areas' ([k][j + 1]) as the reason says
    // them, made once rather than per parcel.
    std::vector<std::vector<std::string>> placeNames_;
    // The fast path's facts, reused parcel after parcel: their strings keep their capacity.
    mutable ReasonFacts scratchFacts_;
    std::unique_ptr<PreparedConstraints> constraints_;  // null when the check has none
    // Parcel files repeat a few industry and land-use texts many times; resolving each once
    // is faster.
    mutable std::unordered_map<std::string, ResolvedIndustries> industryCache_;
    mutable std::unordered_map<std::string, ResolvedLandUse> landUseCache_;
    mutable std::uint64_t nextTextId_ = 1;  // 0: no land-use field
    mutable std::unordered_map<std::string, LandUseAssessment> assessmentCache_;  // by industry and land-use text
    // What judge() decided, by texts, place and location (core/judged_memory.h).
    mutable JudgedMemory judgedCache_;
};

}  // namespace pearlzone::core
