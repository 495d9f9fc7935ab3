#include "core/parcel_checker.h"

#include "core/parcel_checker_text.h"

#include <algorithm>

// ParcelChecker, continued: the industry half, land use, verdict and reason of a parcel
// whose location is known.
namespace pearlzone::core {

using namespace checker_text;

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


void ParcelChecker::judge(const ResolvedIndustries& industries, const std::string& industryText,
                          const std::optional<std::string>& landUse, const Where& where, ParcelResult& result,
                          ReasonFacts& facts) const
{
    // With no constraint line hit, a parcel's statuses, verdict, suggested zones and the reason
    // past where it lies follow from its texts and its place alone, and parcel files repeat a
    // few texts: the judgement is remembered per (industry, land use, zone, sub-area,
    // location), the texts by their numbers (no key string per parcel). Like the grid, the
    // memory is part of the fast path: GEOS-only checks (no grid) judge every parcel anew,
    // which the tests compare against.
    if (!grid_ || result.location == Location::Error || !result.constraintHits.empty()) {
        judgeAnew(industries.matches, industryText, landUse, result, facts);
        return;
    }
    facts.location = result.location;
    facts.insideRatio = result.insideRatio;
    // A parcel wholly inside is said to lie "wholly in" its place: its whole reason is the
    // same for every such parcel with the same texts there.
    const bool whole = result.location == Location::Inside && result.insideRatio >= 1.0;
    const JudgedKey key{industries.id, landUse ? resolveLandUse(*landUse).id : 0, where.zone, where.subarea,
                        whole ? 8u : static_cast<std::uint32_t>(result.location)};
    const Judged judged = judgedCache_.find(key, [&] {
        ParcelResult fresh = result;
        ReasonFacts freshFacts = facts;
        judgeAnew(industries.matches, industryText, landUse, fresh, freshFacts);
        return JudgedTexts{fresh.industryStatus, fresh.landUseStatus,  fresh.verdict,
                           fresh.landUse,        fresh.landUseCodes,   fresh.suggestedZones,
                           whole ? fresh.reason : reasonRest(freshFacts, settings_.language)};
    });
    result.industryStatus = judged.industryStatus;
    result.landUseStatus = judged.landUseStatus;
    result.verdict = judged.verdict;
    result.landUse = judged.landUse;
    result.landUseCodes = judged.landUseCodes;
    result.suggestedZones = judged.suggestedZones;
    if (whole) {
        result.reason = judged.reason;
    } else {
        result.reason.clear();
        appendReasonLocation(facts, settings_.language, result.reason);
        result.reason += judged.reason;
    }
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
        const std::vector<LandUseMatch>& parts = resolveLandUse(*landUse).parts;
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
