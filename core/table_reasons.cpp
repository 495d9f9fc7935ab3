#include "core/table_reasons.h"

#include "core/parcel_checker.h"
#include "core/parcel_checker_text.h"

#include <algorithm>

namespace pearlzone::core {

using namespace checker_text;

// ParcelChecker, continued: the facts of a result's reason from its texts and place alone.
ReasonFacts ParcelChecker::reasonFactsOf(const ParcelResult& result) const
{
    ParcelResult judged = result;
    ReasonFacts facts;
    facts.minInside = settings_.minInside;
    // A located parcel has a land-use status but n/a exactly when the input has no such field.
    const std::optional<std::string> landUse =
        result.landUseStatus == LandUseStatus::NotApplicable ? std::nullopt : std::optional<std::string>(result.landUse);
    judgeAnew(resolveIndustries(result.industry).matches, result.industry, landUse, judged, facts);
    facts.constraints = result.constraintHits;
    return facts;
}

TableReasons::TableReasons(const PilotZoneData& data, const CheckSettings& settings)
    : data_(data), settings_(settings), checker_(std::make_unique<ParcelChecker>(data, settings))
{
}

TableReasons::~TableReasons() = default;

const TableReason& TableReasons::reason(const ParcelResult& result) const
{
    if (result.location != Location::Inside && result.location != Location::Partial) {
        passedOn_ = {result.reason, {}};
        return passedOn_;
    }
    std::string key;
    key.reserve(result.industry.size() + result.landUse.size() + result.zoneId.size() + result.subareaId.size() + 8);
    key += result.industry;
    key += '\x1f';
    key += result.landUseStatus == LandUseStatus::NotApplicable ? "-" : "+" + result.landUse;
    key += '\x1f';
    key += result.zoneId;
    key += '\x1f';
    key += result.subareaId;
    key += '\x1f';
    key += static_cast<char>('0' + static_cast<int>(result.location));
    return cached(cache_, key, [&] { return reasonInTable(checker_->reasonFactsOf(result), settings_.language); });
}

std::vector<PlaceGuideline> TableReasons::guidelines(const std::string& zoneId, const std::string& subareaId) const
{
    std::vector<PlaceGuideline> out;
    for (const Designation* d : data_.designations.forZone(zoneId)) {
        if (!d->subareaId.empty() && d->subareaId != subareaId)
            continue;
        const std::string& quote = settings_.language == Language::Chinese ? d->provenanceZh : d->provenanceEn;
        const std::string name = industryName(data_.catalogue, d->industryCode, settings_.language);
        auto it = std::find_if(out.begin(), out.end(), [&](const PlaceGuideline& g) { return g.quote == quote; });
        if (it == out.end())
            out.push_back({{name}, quote});
        else if (std::find(it->industries.begin(), it->industries.end(), name) == it->industries.end())
            it->industries.push_back(name);
    }
    return out;
}

}  // namespace pearlzone::core
