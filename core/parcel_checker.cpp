#include "core/parcel_checker.h"

#include "core/check_reason.h"
#include "core/usable_geometry.h"
#include "gis/error.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace pearlzone::core {

namespace {

constexpr std::size_t kTextCacheLimit = 20000;
// Overlaps smaller than a square decimetre are rounding, not land: a parcel that only
// touches a zone, after a round trip through degrees, must still count as outside.
constexpr double kNegligibleOverlapM2 = 0.01;
// A probe's sub-area index for a zone's whole outline.
constexpr std::size_t kWholeZone = static_cast<std::size_t>(-1);

std::string nameIn(const ZoneRegion& region, Language language)
{
    return language == Language::Chinese ? region.nameZh : region.nameEn;
}

std::string placeName(const Zone& zone, const ZoneRegion* subarea, Language language)
{
    std::string name = nameIn(zone, language);
    if (subarea)
        name += (language == Language::Chinese ? "·" : ", ") + nameIn(*subarea, language);
    return name;
}

std::string industryName(const IndustryCatalogue& catalogue, const std::string& code, Language language)
{
    const Industry* industry = catalogue.find(code);
    if (!industry)
        return code;
    return language == Language::Chinese ? industry->nameZh : industry->nameEn;
}

template <typename Value, typename Compute>
const Value& cached(std::unordered_map<std::string, Value>& cache, const std::string& key, Compute compute)
{
    if (const auto it = cache.find(key); it != cache.end())
        return it->second;
    if (cache.size() >= kTextCacheLimit)
        cache.clear();
    return cache.emplace(key, compute()).first->second;
}

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
    if (constraints)
        constraints_ = std::make_unique<PreparedConstraints>(*constraints);
}

const std::vector<IndustryMatch>& ParcelChecker::resolveIndustries(const std::string& text) const
{
    return cached(industryCache_, text, [&] { return data_.catalogue.resolve(text); });
}

const std::vector<LandUseMatch>& ParcelChecker::resolveLandUse(const std::string& text) const
{
    return cached(landUseCache_, text, [&] { return data_.landUses.resolve(text); });
}

void ParcelChecker::judgeLandUse(const std::string& industryText, const std::vector<IndustryMatch>& industries,
                                 const std::string& landUseText, const std::vector<LandUseMatch>& parts,
                                 ParcelResult& result, ReasonFacts& facts) const
{
    const Language language = settings_.language;
    const bool zh = language == Language::Chinese;
    // Parcel files repeat a few (industry, land use) pairs; the unit separator keeps them apart.
    const LandUseAssessment& assessment = cached(assessmentCache_, industryText + '\x1f' + landUseText, [&] {
        std::vector<std::vector<std::string>> industryCodes;
        for (const auto& match : industries)
            industryCodes.push_back(match.codes);
        return data_.compatibility.assess(parts, industryCodes);
    });
    result.landUseStatus = assessment.status;
    facts.landUseStatus = assessment.status;
    for (const auto& code : assessment.codes)
        facts.landUse += (facts.landUse.empty() ? "" : "/") + data_.landUses.label(code, language);
    for (const auto& part : assessment.unrecognised) {
        facts.landUseUnknown.push_back(part.text);
        for (const auto& s : part.suggestions) {
            if (std::find(facts.landUseDidYouMean.begin(), facts.landUseDidYouMean.end(), s) == facts.landUseDidYouMean.end())
                facts.landUseDidYouMean.push_back(s);
        }
    }
    // Industries under the same condition, or refused for the same reason, are named together.
    using Groups = std::vector<std::pair<std::string, std::string>>;  // note, industry names
    Groups conditions;
    Groups refusals;
    auto add = [zh](Groups& groups, const std::string& note, const std::string& name) {
        const auto it = std::find_if(groups.begin(), groups.end(), [&](const auto& group) { return group.first == note; });
        if (it == groups.end())
            groups.emplace_back(note, name);
        else
            it->second += (zh ? "、" : ", ") + name;
    };
    for (const auto& judged : assessment.industries) {
        const std::string name = judged.industryCode == kEveryIndustry
                                     ? (zh ? "产业目录中的任何产业" : "any industry of the catalogue")
                                     : industryName(data_.catalogue, judged.industryCode, language);
        std::string note = zh ? "表中无相应规则，须人工复核" : "no rule in the table: review by hand";
        if (judged.rule && !judged.rule->noteZh.empty())
            note = zh ? judged.rule->noteZh : judged.rule->noteEn;
        switch (judged.compatibility) {
        case Compatibility::Compatible: facts.landUseAdmits.push_back(name); break;
        case Compatibility::Conditional: add(conditions, note, name); break;
        case Compatibility::Incompatible: add(refusals, note, name); break;
        }
    }
    for (const auto& [note, names] : conditions)
        facts.landUseConditions.push_back(names + (zh ? "（" + note + "）" : " (" + note + ")"));
    for (const auto& [note, names] : refusals)
        facts.landUseRefuses.push_back(names + (zh ? "（" + note + "）" : " (" + note + ")"));
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
// FastProbe (issue 16) only from the zone grid, with nullopt when it cannot be sure.
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
    std::optional<double> overlap(const PreparedRegion& region, std::size_t zone, std::size_t subarea) const
    {
        if (!region.envelope().intersects(box))
            return 0.0;
        if (measured)
            return measuredOverlap(*measured, region.region(), area);
        const CellCover known = cover(zone, subarea);
        if (known != CellCover::Unknown)
            return known == CellCover::Inside ? (puntal ? 1.0 : area) : 0.0;
        if (region.covers(parcel, box))
            return puntal ? 1.0 : area;
        if (puntal || !region.intersects(parcel, box))
            return 0.0;
        const double inside = std::min(area, region.overlapArea(parcel, box));
        return inside < kNegligibleOverlapM2 ? 0.0 : inside;
    }
};

struct ParcelChecker::FastProbe {
    const ZoneGrid& grid;
    const gis::Envelope& box;
    double area;

    std::optional<bool> coversWhole(const PreparedZone&, std::size_t zone) const
    {
        return certain(grid.classifyZone(zone, box));
    }
    std::optional<double> overlap(const PreparedRegion& region, std::size_t zone, std::size_t subarea) const
    {
        if (!region.envelope().intersects(box))
            return 0.0;
        const std::optional<bool> covered =
            certain(subarea == kWholeZone ? grid.classifyZone(zone, box) : grid.classifySubarea(zone, subarea, box));
        if (!covered)
            return std::nullopt;
        return *covered ? area : 0.0;
    }
    static std::optional<bool> certain(CellCover cover)
    {
        if (cover == CellCover::Unknown)
            return std::nullopt;
        return cover == CellCover::Inside;
    }
};

template <typename Probe>
bool ParcelChecker::place(const Probe& probe, const gis::Envelope& box, double area, bool puntal, ParcelResult& result,
                          ReasonFacts& facts) const
{
    const Language language = settings_.language;
    result.areaM2 = area;
    const PreparedZone* best = nullptr;
    std::size_t bestIndex = 0;
    // Overlap with each zone; where sub-areas partition a zone, the sum of theirs.
    double bestOverlap = 0.0;
    std::vector<double> subareaOverlaps;
    std::vector<double> bestSubareaOverlaps;
    const auto& zones = zones_.zones();
    for (std::size_t k = 0; k < zones.size(); ++k) {
        const PreparedZone& zone = zones[k];
        double inside = 0.0;
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
                const std::optional<double> part = probe.overlap(*zone.subareas[j], k, j);
                if (!part)
                    return false;
                subareaOverlaps.push_back(*part);
                inside += *part;
            }
            inside = std::min(inside, puntal ? 1.0 : area);
        } else {
            const std::optional<double> whole = probe.overlap(*zone.whole, k, kWholeZone);
            if (!whole)
                return false;
            inside = *whole;
        }
        if (inside > bestOverlap) {
            bestOverlap = inside;
            best = &zone;
            bestIndex = k;
            bestSubareaOverlaps = subareaOverlaps;
        }
    }
    if (!best) {
        result.location = Location::Outside;
        noteNearestZone(box, facts);
        return true;
    }
    const PreparedRegion* bestSubarea = nullptr;
    double bestSubareaOverlap = 0.0;
    for (std::size_t j = 0; j < best->subareas.size(); ++j) {
        std::optional<double> inside;
        if (j < bestSubareaOverlaps.size())
            inside = bestSubareaOverlaps[j];
        else
            inside = probe.overlap(*best->subareas[j], bestIndex, j);
        if (!inside)
            return false;
        if (*inside > bestSubareaOverlap) {
            bestSubareaOverlap = *inside;
            bestSubarea = best->subareas[j].get();
        }
    }
    result.zoneId = best->zone->id;
    result.subareaId = bestSubarea ? bestSubarea->region().id : std::string();
    result.insideRatio = puntal ? 1.0 : bestOverlap / area;
    result.insideM2 = puntal ? 0.0 : bestOverlap;
    result.location = result.insideRatio >= settings_.minInside ? Location::Inside : Location::Partial;
    facts.placeName = placeName(*best->zone, bestSubarea ? &bestSubarea->region() : nullptr, language);
    return true;
}

void ParcelChecker::noteNearestZone(const gis::Envelope& box, ReasonFacts& facts) const
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
        if (std::hypot(dx, dy) >= nearest)
            continue;  // its box is already farther than the nearest zone
        std::optional<double> d = grid_ ? grid_->distanceOutside(k, cx, cy) : std::nullopt;
        if (!d)
            d = zones[k].whole->distance(gis::Geometry::point(cx, cy));
        if (*d < nearest) {
            nearest = *d;
            facts.nearestPlaceName = nameIn(*zones[k].zone, settings_.language);
        }
    }
    facts.nearestDistanceM = std::isfinite(nearest) ? nearest : -1.0;
}

const std::vector<IndustryMatch>& ParcelChecker::begin(const std::string& parcelId, const std::string& industryText,
                                                       const std::string& note, ParcelResult& result,
                                                       ReasonFacts& facts) const
{
    result.parcelId = parcelId;
    result.industry = industryText;
    result.geometryNote = note;
    const std::vector<IndustryMatch>& matches = resolveIndustries(industryText);
    std::vector<std::string> codes;
    for (const auto& match : matches) {
        for (const auto& code : match.codes) {
            if (std::find(codes.begin(), codes.end(), code) == codes.end())
                codes.push_back(code);
        }
    }
    for (const auto& code : codes)
        result.industryCodes += (result.industryCodes.empty() ? "" : ";") + code;
    facts.minInside = settings_.minInside;
    return matches;
}

std::optional<ParcelResult> ParcelChecker::checkRing(const std::string& parcelId, const gis::PlanarRing& ring,
                                                     const std::string& industryText, const std::string& note,
                                                     const std::optional<std::string>& landUse) const
{
    // Only what GEOS would take as it is: a certainly simple ring with an area, no
    // constraint lines (they need the GEOS geometry).
    if (!grid_ || grid_->empty() || constraints_ || !gis::ringCertainlySimple(ring))
        return std::nullopt;
    const double area = gis::ringArea(ring);
    if (!(area > 0.0) || !std::isfinite(area))  // an overflowing area is GEOS's path's error row
        return std::nullopt;
    const gis::Envelope box = gis::ringEnvelope(ring);
    ParcelResult result;
    ReasonFacts facts;
    if (!place(FastProbe{*grid_, box, area}, box, area, false, result, facts))
        return std::nullopt;
    const std::vector<IndustryMatch>& matches = begin(parcelId, industryText, note, result, facts);
    judge(matches, industryText, landUse, result, facts);
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
    const std::vector<IndustryMatch>& matches = begin(parcelId, industryText, note, result, facts);

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
        place(GeosProbe{parcel, measured, measured ? nullptr : grid_, box, puntal, area}, box, area, puntal, result, facts);
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
    judge(matches, industryText, landUse, result, facts);
    return result;
}

void ParcelChecker::judge(const std::vector<IndustryMatch>& matches, const std::string& industryText,
                          const std::optional<std::string>& landUse, ParcelResult& result, ReasonFacts& facts) const
{
    // A parcel wholly in a place, with no constraint line hit, is judged by its texts and the
    // place alone, and most parcels are like that: their judgement is remembered per
    // (industry, land use, zone, sub-area). Like the grid, the memory is part of the fast path:
    // GEOS-only checks (no grid) judge every parcel anew, which the tests compare against.
    const bool wholly = result.location == Location::Inside && result.insideRatio == 1.0 && result.constraintHits.empty();
    if (!wholly || !grid_) {
        judgeAnew(matches, industryText, landUse, result, facts);
        return;
    }
    std::string key = industryText;
    key += '\x1f';
    key += landUse ? "+" + *landUse : std::string("-");
    key += '\x1f';
    key += result.zoneId;
    key += '\x1f';
    key += result.subareaId;
    const JudgedParcel& judged = cached(judgedCache_, key, [&] {
        ParcelResult fresh = result;
        judgeAnew(matches, industryText, landUse, fresh, facts);
        return JudgedParcel{fresh.industryStatus, fresh.landUseStatus, fresh.verdict,  fresh.landUse,
                            fresh.landUseCodes,   fresh.suggestedZones, fresh.reason};
    });
    result.industryStatus = judged.industryStatus;
    result.landUseStatus = judged.landUseStatus;
    result.verdict = judged.verdict;
    result.landUse = judged.landUse;
    result.landUseCodes = judged.landUseCodes;
    result.suggestedZones = judged.suggestedZones;
    result.reason = judged.reason;
}

void ParcelChecker::judgeAnew(const std::vector<IndustryMatch>& matches, const std::string& industryText,
                              const std::optional<std::string>& landUse, ParcelResult& result, ReasonFacts& facts) const
{
    const Language language = settings_.language;
    facts.location = result.location;
    facts.insideRatio = result.insideRatio;

    // Is its industry designated there?
    // Places where the industries not designated here are designated; a zone designated as a
    // whole stands for its sub-areas.
    std::vector<DesignatedPlace> places;
    auto noteElsewhere = [&](const std::string& code) {
        for (const auto& place : data_.designations.placesFor(code)) {
            const bool known = std::any_of(places.begin(), places.end(), [&](const DesignatedPlace& p) {
                return p.zoneId == place.zoneId && (p.subareaId == place.subareaId || p.subareaId.empty());
            });
            if (known)
                continue;
            if (place.subareaId.empty()) {
                places.erase(std::remove_if(places.begin(), places.end(),
                                            [&](const DesignatedPlace& p) { return p.zoneId == place.zoneId; }),
                             places.end());
            }
            places.push_back(place);
        }
    };
    const bool located = result.location == Location::Inside || result.location == Location::Partial;
    if (result.location == Location::Error) {
        result.industryStatus = IndustryStatus::NotApplicable;
    } else if (matches.empty()) {
        result.industryStatus = located ? IndustryStatus::Missing : IndustryStatus::NotApplicable;
    } else {
        std::size_t designatedCount = 0;
        for (const auto& match : matches) {
            if (match.codes.empty()) {
                facts.unknown.push_back(match.text);
                for (const auto& s : match.suggestions) {
                    if (std::find(facts.didYouMean.begin(), facts.didYouMean.end(), s) == facts.didYouMean.end())
                        facts.didYouMean.push_back(s);
                }
                continue;
            }
            // A broad GB/T class counts where any industry it fits is designated.
            const Designation* found = nullptr;
            std::string foundCode;
            for (const auto& code : match.codes) {
                if (located && (found = data_.designations.find(result.zoneId, result.subareaId, code))) {
                    foundCode = code;
                    break;
                }
            }
            const std::string name = match.codes.size() == 1 ? industryName(data_.catalogue, match.codes.front(), language)
                                                             : match.text;
            if (found) {
                ++designatedCount;
                facts.designated.push_back(name);
                const std::string quote = language == Language::Chinese ? found->provenanceZh : found->provenanceEn;
                if (std::find(facts.provenance.begin(), facts.provenance.end(), quote) == facts.provenance.end())
                    facts.provenance.push_back(quote);
            } else {
                facts.notDesignated.push_back(name);
                for (const auto& code : match.codes)
                    noteElsewhere(code);
            }
        }
        const std::size_t known = matches.size() - facts.unknown.size();
        if (!located)
            result.industryStatus = IndustryStatus::NotApplicable;
        else if (!facts.unknown.empty())
            result.industryStatus = IndustryStatus::Unknown;
        else if (designatedCount == known)
            result.industryStatus = IndustryStatus::Designated;
        else if (designatedCount > 0)
            result.industryStatus = IndustryStatus::PartlyDesignated;
        else
            result.industryStatus = IndustryStatus::NotDesignated;
    }
    facts.status = result.industryStatus;

    // Does its planned land use admit the industries?
    if (landUse) {
        result.landUse = *landUse;
        const std::vector<LandUseMatch>& parts = resolveLandUse(*landUse);
        std::vector<std::string> landUseCodes;
        for (const auto& part : parts) {
            if (!part.code.empty() && std::find(landUseCodes.begin(), landUseCodes.end(), part.code) == landUseCodes.end()) {
                landUseCodes.push_back(part.code);
                result.landUseCodes += (result.landUseCodes.empty() ? "" : ";") + part.code;
            }
        }
        if (located)
            judgeLandUse(industryText, matches, *landUse, parts, result, facts);
    }

    // SPEC 4.2: the verdict weighs location, designation, land use and constraint lines.
    const auto hitsWith = [&](ConstraintRule rule) {
        return std::any_of(result.constraintHits.begin(), result.constraintHits.end(),
                           [rule](const ConstraintHit& hit) { return hit.rule == rule; });
    };
    if (result.location == Location::Error)
        result.verdict = Verdict::Error;
    else if (result.location == Location::Outside || result.industryStatus == IndustryStatus::NotDesignated ||
             result.landUseStatus == LandUseStatus::Incompatible || hitsWith(ConstraintRule::Prohibited))
        result.verdict = Verdict::Fail;
    else if (result.location == Location::Inside && result.industryStatus == IndustryStatus::Designated &&
             (result.landUseStatus == LandUseStatus::Compatible || result.landUseStatus == LandUseStatus::NotApplicable) &&
             !hitsWith(ConstraintRule::Restricted))
        result.verdict = Verdict::Pass;
    else
        result.verdict = Verdict::Review;

    for (const auto& place : places) {
        const Zone* zone = data_.zones.zone(place.zoneId);
        const ZoneRegion* subarea = zone && !place.subareaId.empty() ? zone->subarea(place.subareaId) : nullptr;
        facts.elsewhere.push_back(zone ? placeName(*zone, subarea, language) : place.zoneId);
        if (result.verdict != Verdict::Pass && result.verdict != Verdict::Error) {
            const std::string id = place.subareaId.empty() ? place.zoneId : place.zoneId + "/" + place.subareaId;
            result.suggestedZones += (result.suggestedZones.empty() ? "" : ";") + id;
        }
    }
    result.reason = reasonSentence(facts, language);
}

}  // namespace pearlzone::core
