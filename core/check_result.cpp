#include "core/check_result.h"

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

const std::vector<std::string>& reportColumns()
{
    static const std::vector<std::string> columns = {
        "parcel_id", "industry", "industry_codes", "zone_id", "subarea_id", "inside_ratio", "area_m2",
        "inside_m2", "location", "industry_status", "verdict", "reason", "suggested_zones", "geometry_note"};
    return columns;
}

}  // namespace pearlzone::core
