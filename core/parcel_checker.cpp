#include "core/parcel_checker.h"

#include "core/check_reason.h"
#include "core/parcel_checker_text.h"
#include "core/usable_geometry.h"
#include "gis/error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pearlzone::core {

namespace {

using namespace checker_text;

// Overlaps smaller than a square decimetre are rounding, not land: a parcel that only
// touches a zone, after a round trip through degrees, must still count as outside.
constexpr double kNegligibleOverlapM2 = 0.01;
// A probe's sub-area index for a zone's whole outline.
constexpr std::size_t kWholeZone = static_cast<std::size_t>(-1);

// A measured overlap as the local check would have found it: all of the parcel when the
// region covers it (up to rounding), nothing when negligible.
double measuredOverlap(const MeasuredParcel& measured, const ZoneRegion& region, double area)
{
    const auto it = measured.overlapM2.find(&region);
    const double inside = it == measured.overlapM2.end() ? 0.0 : it->second;
    if (inside >= area * (1.0 - 1e-9))
        return area;
    return inside < kNegligibleOverlapM2 ? 0.0 : inside;
}

}  // namespace

ParcelChecker::ParcelChecker(const PilotZoneData& data, const CheckSettings& settings, const ConstraintSet* constraints,
                             const ZoneGrid* grid)
    : data_(data), settings_(settings), zones_(data.zones), grid_(grid)
{
    for (const PreparedZone& zone : zones_.zones()) {
        std::vector<std::string> names{placeName(*zone.zone, nullptr, settings_.language)};
        for (const auto& subarea : zone.subareas)
            names.push_back(placeName(*zone.zone, &subarea->region(), settings_.language));
        placeNames_.push_back(std::move(names));
    }
    if (constraints)
        constraints_ = std::make_unique<PreparedConstraints>(*constraints);
}

const ParcelChecker::ResolvedIndustries& ParcelChecker::resolveIndustries(const std::string& text) const
{
    return cached(industryCache_, text, [&] {
        ResolvedIndustries resolved{data_.catalogue.resolve(text), {}, nextTextId_++};
        std::vector<std::string> codes;
        for (const auto& match : resolved.matches) {
            for (const auto& code : match.codes) {
                if (std::find(codes.begin(), codes.end(), code) == codes.end())
                    codes.push_back(code);
            }
        }
        for (const auto& code : codes)
            resolved.codes += (resolved.codes.empty() ? "" : ";") + code;
        return resolved;
    });
}

const ParcelChecker::ResolvedLandUse& ParcelChecker::resolveLandUse(const std::string& text) const
{
    return cached(landUseCache_, text, [&] { return ResolvedLandUse{data_.landUses.resolve(text), nextTextId_++}; });
}

ParcelResult ParcelChecker::check(const std::string& parcelId, const gis::Geometry& geometry,
                                  const std::string& industryText, const std::string& note,
                                  const std::optional<std::string>& landUse, bool knownValid) const
{
    return checkWith(parcelId, geometry, nullptr, industryText, note, landUse, knownValid);
}

ParcelResult ParcelChecker::checkMeasured(const std::string& parcelId, const MeasuredParcel& measured,
                                          const std::string& industryText,
                                          const std::optional<std::string>& landUse) const
{
    return checkWith(parcelId, gis::Geometry(), &measured, industryText, {}, landUse, false);
}

// Where a parcel lies, asked through a probe: GeosProbe answers every question with GEOS,
// FastProbe (issue 16) from the zone grid and the ring, with nullopt when it cannot be sure.
// With a grid, GeosProbe asks it first and GEOS only where it is not sure (the answers are
// the same: tests/core/fast_path_test.cpp).
struct ParcelChecker::GeosProbe {
    const gis::Geometry& parcel;
    const MeasuredParcel* measured;
    const ZoneGrid* grid;
    const gis::Envelope& box;
    bool puntal;
    double area;

    CellCover cover(std::size_t zone, std::size_t subarea) const
    {
        if (!grid)
            return CellCover::Unknown;
        return subarea == kWholeZone ? grid->classifyZone(zone, box) : grid->classifySubarea(zone, subarea, box);
    }
    std::optional<bool> coversWhole(const PreparedZone& zone, std::size_t k) const
    {
        if (measured)
            return false;
        const CellCover known = cover(k, kWholeZone);
        return known == CellCover::Unknown ? zone.whole->covers(parcel, box) : known == CellCover::Inside;
    }
    // The area of the parcel inside a region (for points: 1 when covered, else 0).
    std::optional<Share> overlap(const PreparedRegion& region, std::size_t zone, std::size_t subarea) const
    {
        if (!region.envelope().intersects(box))
            return Share{};
        if (measured)
            return Share{measuredOverlap(*measured, region.region(), area)};
        const CellCover known = cover(zone, subarea);
        if (known != CellCover::Unknown)
            return Share{known == CellCover::Inside ? (puntal ? 1.0 : area) : 0.0};
        if (region.covers(parcel, box))
            return Share{puntal ? 1.0 : area};
        if (puntal || !region.intersects(parcel, box))
            return Share{};
        const double inside = std::min(area, region.overlapArea(parcel, box));
        return Share{inside < kNegligibleOverlapM2 ? 0.0 : inside};
    }
};

// Without GEOS: cells wholly inside or outside first, then the ring against the boundary
// segments near it (gis/ring_overlap.h). Such an area differs from GEOS's overlay by the
// rounding of the crossing points, far below Share::error; whatever GEOS decides with it
// that the error could turn (the negligible-overlap cut, all of the parcel) is left to GEOS.
struct ParcelChecker::FastProbe {
    const ZoneGrid& grid;
    const gis::PlanarRing& ring;
    const gis::Envelope& box;
    double area;
    mutable double error = -1.0;  // of a measured share: gis::overlapError, once one is measured

    mutable std::size_t classifiedZone = kWholeZone;  // the zone whose cover was last asked, and that cover
    mutable CellCover zoneCover = CellCover::Unknown;

    double errorBound() const
    {
        if (error < 0.0)
            error = gis::overlapError(ring, box);
        return error;
    }
    // place() asks for a zone's whole outline twice (whether it covers the parcel, then its share).
    CellCover coverOfZone(std::size_t zone) const
    {
        if (zone != classifiedZone) {
            zoneCover = grid.classifyZone(zone, box);
            classifiedZone = zone;
        }
        return zoneCover;
    }

    std::optional<bool> coversWhole(const PreparedZone&, std::size_t zone) const
    {
        const CellCover known = coverOfZone(zone);
        if (known != CellCover::Unknown)
            return known == CellCover::Inside;
        const std::optional<gis::RingOverlap> measured = grid.overlapZone(zone, ring, box);
        if (!measured)
            return std::nullopt;
        return measured->kind == gis::RingOverlap::Kind::Covered;
    }
    std::optional<Share> overlap(const PreparedRegion& region, std::size_t zone, std::size_t subarea) const
    {
        if (!region.envelope().intersects(box))
            return Share{};
        const CellCover known = subarea == kWholeZone ? coverOfZone(zone) : grid.classifySubarea(zone, subarea, box);
        if (known != CellCover::Unknown)
            return Share{known == CellCover::Inside ? area : 0.0};
        const std::optional<gis::RingOverlap> measured =
            subarea == kWholeZone ? grid.overlapZone(zone, ring, box) : grid.overlapSubarea(zone, subarea, ring, box);
        if (!measured)
            return std::nullopt;
        switch (measured->kind) {
        case gis::RingOverlap::Kind::Disjoint: return Share{};
        case gis::RingOverlap::Kind::Covered: return Share{area};
        case gis::RingOverlap::Kind::Partial: break;
        }
        const double inside = measured->area;
        const double bound = errorBound();
        if (std::fabs(inside - kNegligibleOverlapM2) <= bound || std::fabs(inside - area) <= bound)
            return std::nullopt;
        return inside < kNegligibleOverlapM2 ? Share{} : Share{std::min(area, inside), bound};
    }
};

namespace {

// Whether value prints the same, to every number of decimals from 0 to decimals, for any
// value within error of it (round-half rounding flips only across the half-way points).
bool printsAlike(double value, double error, int decimals)
{
    double scale = 1.0;
    for (int d = 0; d <= decimals; ++d, scale *= 10.0) {
        const double scaled = value * scale;
        const double fraction = scaled - std::floor(scaled);
        if (std::fabs(fraction - 0.5) <= error * scale + 1e-12 * std::max(1.0, std::fabs(scaled)))
            return false;
    }
    return true;
}

// Whether a and b compare the same for any values within their errors of them.
bool ordered(double a, double aError, double b, double bError)
{
    return aError + bError == 0.0 || std::fabs(a - b) > aError + bError;
}

}  // namespace

template <typename Probe>
bool ParcelChecker::place(const Probe& probe, const gis::Envelope& box, double area, bool puntal, ParcelResult& result,
                          ReasonFacts& facts, Where& where) const
{
    result.areaM2 = area;
    const PreparedZone* best = nullptr;
    std::size_t bestIndex = 0;
    // Overlap with each zone; where sub-areas partition a zone, the sum of theirs.
    Share bestOverlap;
    thread_local std::vector<Share> subareaOverlaps;  // per thread, capacity kept: no allocation per parcel
    thread_local std::vector<Share> bestSubareaOverlaps;
    bestSubareaOverlaps.clear();
    const auto& zones = zones_.zones();
    for (std::size_t k = 0; k < zones.size(); ++k) {
        const PreparedZone& zone = zones[k];
        Share inside;
        subareaOverlaps.clear();
        bool bySubareas = zone.subareasPartitionZone && zone.whole->envelope().intersects(box);
        if (bySubareas) {
            const std::optional<bool> covered = probe.coversWhole(zone, k);
            if (!covered)
                return false;
            bySubareas = !*covered;
        }
        if (bySubareas) {
            for (std::size_t j = 0; j < zone.subareas.size(); ++j) {
                const std::optional<Share> part = probe.overlap(*zone.subareas[j], k, j);
                if (!part)
                    return false;
                subareaOverlaps.push_back(*part);
                inside.m2 += part->m2;
                inside.error += part->error;
            }
            const double whole = puntal ? 1.0 : area;
            if (!ordered(inside.m2, inside.error, whole, 0.0))
                return false;
            inside.m2 = std::min(inside.m2, whole);
        } else {
            const std::optional<Share> whole = probe.overlap(*zone.whole, k, kWholeZone);
            if (!whole)
                return false;
            inside = *whole;
        }
        if (!ordered(inside.m2, inside.error, bestOverlap.m2, bestOverlap.error))
            return false;  // two zones hold nearly equal shares: GEOS tells which is larger
        if (inside.m2 > bestOverlap.m2) {
            bestOverlap = inside;
            best = &zone;
            bestIndex = k;
            bestSubareaOverlaps = subareaOverlaps;
        }
    }
    if (!best) {
        result.location = Location::Outside;
        noteNearestZone(box, result, facts);
        return true;
    }
    const PreparedRegion* bestSubarea = nullptr;
    std::size_t bestSubareaIndex = kNowhere;
    Share bestSubareaOverlap;
    for (std::size_t j = 0; j < best->subareas.size(); ++j) {
        std::optional<Share> inside;
        if (j < bestSubareaOverlaps.size())
            inside = bestSubareaOverlaps[j];
        else
            inside = probe.overlap(*best->subareas[j], bestIndex, j);
        if (!inside || !ordered(inside->m2, inside->error, bestSubareaOverlap.m2, bestSubareaOverlap.error))
            return false;
        if (inside->m2 > bestSubareaOverlap.m2) {
            bestSubareaOverlap = *inside;
            bestSubarea = best->subareas[j].get();
            bestSubareaIndex = j;
        }
    }
    result.zoneId = best->zone->id;
    result.subareaId = bestSubarea ? bestSubarea->region().id : std::string();
    result.insideRatio = puntal ? 1.0 : bestOverlap.m2 / area;
    result.insideM2 = puntal ? 0.0 : bestOverlap.m2;
    if (bestOverlap.error > 0.0) {
        // A measured share: every verdict and figure it gives must be GEOS's.
        const double ratioError = bestOverlap.error / area * (1.0 + 1e-9);
        if (!ordered(result.insideRatio, ratioError, settings_.minInside, 0.0) ||
            !printsAlike(result.insideRatio, ratioError, 4) || !printsAlike(result.insideM2, bestOverlap.error, 2))
            return false;
    }
    result.location = result.insideRatio >= settings_.minInside ? Location::Inside : Location::Partial;
    where = {static_cast<std::uint32_t>(bestIndex), static_cast<std::uint32_t>(bestSubareaIndex)};
    facts.placeName = placeNames_[bestIndex][bestSubarea ? bestSubareaIndex + 1 : 0];
    return true;
}

void ParcelChecker::noteNearestZone(const gis::Envelope& box, ParcelResult& result, ReasonFacts& facts) const
{
    // "About x km" needs no polygon-to-polygon distance: the parcel's centre will do.
    const double cx = 0.5 * (box.minX + box.maxX);
    const double cy = 0.5 * (box.minY + box.maxY);
    double nearest = std::numeric_limits<double>::infinity();
    const auto& zones = zones_.zones();
    for (std::size_t k = 0; k < zones.size(); ++k) {
        const gis::Envelope& z = zones[k].whole->envelope();
        const double dx = std::max({0.0, z.minX - cx, cx - z.maxX});
        const double dy = std::max({0.0, z.minY - cy, cy - z.maxY});
        // Its box is already farther than the nearest zone: by the squares when they tell
        // for certain, else (within rounding of each other) by std::hypot as always.
        const double squared = dx * dx + dy * dy;
        const double nearestSquared = nearest * nearest;
        if (squared > nearestSquared * (1.0 + 1e-9) ||
            (squared >= nearestSquared * (1.0 - 1e-9) && std::hypot(dx, dy) >= nearest))
            continue;
        std::optional<double> d = grid_ ? grid_->distanceOutside(k, cx, cy) : std::nullopt;
        if (!d)
            d = zones[k].whole->distance(gis::Geometry::point(cx, cy));
        if (*d < nearest) {
            nearest = *d;
            facts.nearestPlaceName = nameIn(*zones[k].zone, settings_.language);
            result.nearestZoneId = zones[k].zone->id;
        }
    }
    facts.nearestDistanceM = std::isfinite(nearest) ? nearest : -1.0;
}

const ParcelChecker::ResolvedIndustries& ParcelChecker::begin(const std::string& parcelId, const std::string& industryText,
                                                              const std::string& note, ParcelResult& result,
                                                              ReasonFacts& facts) const
{
    result.parcelId = parcelId;
    result.industry = industryText;
    result.geometryNote = note;
    const ResolvedIndustries& industries = resolveIndustries(industryText);
    result.industryCodes = industries.codes;
    facts.minInside = settings_.minInside;
    return industries;
}

bool ParcelChecker::checkRing(const std::string& parcelId, const gis::PlanarRing& ring, const std::string& industryText,
                              const std::string& note, const std::optional<std::string>& landUse,
                              ParcelResult& result) const
{
    // Only what GEOS would take as it is: a certainly simple ring with an area, no
    // constraint lines (they need the GEOS geometry).
    if (!grid_ || grid_->empty() || constraints_ || !gis::ringCertainlySimple(ring))
        return false;
    const double area = gis::ringArea(ring);
    if (!(area > 0.0) || !std::isfinite(area))  // an overflowing area is GEOS's path's error row
        return false;
    const gis::Envelope box = gis::ringEnvelope(ring);
    // A fresh result and facts for this parcel. (With libstdc++ moving an empty short string in
    // keeps the target's buffer; other libraries may free it: correct either way, only slower.)
    result = ParcelResult();
    ReasonFacts& facts = scratchFacts_;
    facts = ReasonFacts();
    Where where;
    if (!place(FastProbe{*grid_, ring, box, area}, box, area, false, result, facts, where))
        return false;
    const ResolvedIndustries& industries = begin(parcelId, industryText, note, result, facts);
    judge(industries, industryText, landUse, where, result, facts);
    return true;
}

std::optional<ParcelResult> ParcelChecker::checkRing(const std::string& parcelId, const gis::PlanarRing& ring,
                                                     const std::string& industryText, const std::string& note,
                                                     const std::optional<std::string>& landUse) const
{
    ParcelResult result;
    if (!checkRing(parcelId, ring, industryText, note, landUse, result))
        return std::nullopt;
    return result;
}

ParcelResult ParcelChecker::checkWith(const std::string& parcelId, const gis::Geometry& geometry,
                                      const MeasuredParcel* measured, const std::string& industryText,
                                      const std::string& note, const std::optional<std::string>& landUse,
                                      bool knownValid) const
{
    const Language language = settings_.language;
    ParcelResult result;
    ReasonFacts facts;
    Where where;
    const ResolvedIndustries& industries = begin(parcelId, industryText, note, result, facts);

    // Where is it?
    std::string problem;
    std::string geometryNote;
    const gis::Geometry parcel = measured ? gis::Geometry() : usableGeometry(geometry, problem, geometryNote, language, knownValid);
    if (!geometryNote.empty())
        result.geometryNote += (result.geometryNote.empty() ? "" : "; ") + geometryNote;
    if (measured && !std::isfinite(measured->areaM2))
        problem = absurdCoordinates(language == Language::Chinese);
    if ((!measured && parcel.isNull()) || (measured && !problem.empty())) {
        result.location = Location::Error;
        facts.geometryProblem = problem;
    } else {
        const gis::Envelope box = measured ? measured->box : parcel.envelope();
        const bool puntal = !measured && isPuntal(parcel.type());
        const double area = measured ? measured->areaM2 : puntal ? 0.0 : parcel.area();
        place(GeosProbe{parcel, measured, measured ? nullptr : grid_, box, puntal, area}, box, area, puntal, result, facts,
              where);
        // Which constraint lines does it cross? (For a measured parcel, on its fetched geometry.)
        const gis::Geometry* shape = measured ? measured->geometry : &parcel;
        if (constraints_ && shape && !shape->isNull()) {
            result.constraintHits = constraints_->hits(*shape, box, puntal, area);
            for (const auto& hit : result.constraintHits)
                result.constraintM2 += hit.areaM2;
            facts.constraints = result.constraintHits;
        }
    }
    result.constraintsChecked = constraints_ != nullptr && (!measured || (measured->geometry && !measured->geometry->isNull()));
    judge(industries, industryText, landUse, where, result, facts);
    return result;
}

}  // namespace pearlzone::core
