#pragma once
// The outcome of checking one parcel: the columns of SPEC section 5's report.

#include <string>
#include <vector>

namespace pearlzone::core {

enum class Language { Chinese, English };

enum class Location { Inside, Partial, Outside, Error };
enum class IndustryStatus { Designated, PartlyDesignated, NotDesignated, Unknown, Missing, NotApplicable };
enum class Verdict { Pass, Review, Fail, Error };

struct CheckSettings {
    double minInside = 0.99;  // inside_ratio at or above which a parcel is inside
    Language language = Language::Chinese;
};

struct ParcelResult {
    std::string parcelId;
    std::string industry;       // as written in the input
    std::string industryCodes;  // resolved catalogue codes, ";"-separated
    std::string zoneId;         // best zone, "" when outside
    std::string subareaId;      // sub-area holding the parcel's largest part, if any
    double insideRatio = 0.0;
    double areaM2 = 0.0;
    double insideM2 = 0.0;
    Location location = Location::Error;
    IndustryStatus industryStatus = IndustryStatus::NotApplicable;
    Verdict verdict = Verdict::Error;
    std::string reason;
    std::string suggestedZones;  // ";"-separated zone or zone/subarea ids
    std::string geometryNote;
};

// The report's words for the enums (SPEC section 4).
const char* toString(Location location);
const char* toString(IndustryStatus status);
const char* toString(Verdict verdict);

// The report's columns, in order.
const std::vector<std::string>& reportColumns();

}  // namespace pearlzone::core
