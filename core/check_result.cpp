#include "core/check_result.h"

#include <cstdio>

namespace pearlzone::core {

const char* toString(Location location)
{
    switch (location) {
    case Location::Inside: return "inside";
    case Location::Partial: return "partial";
    case Location::Outside: return "outside";
    case Location::Error: return "error";
    }
    return "error";
}

const char* toString(IndustryStatus status)
{
    switch (status) {
    case IndustryStatus::Designated: return "designated";
    case IndustryStatus::PartlyDesignated: return "partly_designated";
    case IndustryStatus::NotDesignated: return "not_designated";
    case IndustryStatus::Unknown: return "unknown";
    case IndustryStatus::Missing: return "missing";
    case IndustryStatus::NotApplicable: return "n/a";
    }
    return "n/a";
}

const char* toString(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass: return "pass";
    case Verdict::Review: return "review";
    case Verdict::Fail: return "fail";
    case Verdict::Error: return "error";
    }
    return "error";
}

const char* toString(LandUseStatus status)
{
    switch (status) {
    case LandUseStatus::Compatible: return "compatible";
    case LandUseStatus::Conditional: return "conditional";
    case LandUseStatus::Incompatible: return "incompatible";
    case LandUseStatus::Unknown: return "unknown";
    case LandUseStatus::Missing: return "missing";
    case LandUseStatus::NotApplicable: return "n/a";
    }
    return "n/a";
}

const char* toString(ConstraintRule rule)
{
    return rule == ConstraintRule::Restricted ? "restricted" : "prohibited";
}

std::string constraintsText(const std::vector<ConstraintHit>& hits)
{
    std::string text;
    for (const auto& hit : hits) {
        // A point parcel has no area to give: the hit alone says the line covers it.
        char area[48] = "";
        if (hit.areaM2 > 0.0)
            std::snprintf(area, sizeof area, ": %.2f m²", hit.areaM2);
        text += (text.empty() ? "" : "; ") + hit.name + " (" + (hit.kind.empty() ? "" : hit.kind + ", ") +
                toString(hit.rule) + ")" + area;
    }
    return text;
}

const std::vector<std::string>& reportColumns()
{
    static const std::vector<std::string> columns = {
        "parcel_id", "industry", "industry_codes", "zone_id", "subarea_id", "inside_ratio", "area_m2",
        "inside_m2", "location", "industry_status", "verdict", "reason", "suggested_zones", "geometry_note",
        "land_use", "land_use_status", "constraints", "constraint_m2"};
    return columns;
}

}  // namespace pearlzone::core
