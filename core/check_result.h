#pragma once
// The outcome of checking one parcel: the columns of SPEC section 5's report.

#include <string>
#include <vector>

namespace pearlzone::core {

enum class Language { Chinese, English };

enum class Location { Inside, Partial, Outside, Error };
enum class IndustryStatus { Designated, PartlyDesignated, NotDesignated, Unknown, Missing, NotApplicable };
enum class Verdict { Pass, Review, Fail, Error };
// SPEC 4.1; NotApplicable when the input has no land-use field or the parcel is in no zone.
enum class LandUseStatus { Compatible, Conditional, Incompatible, Unknown, Missing, NotApplicable };
// SPEC 4.2: what a constraint line forbids (the default) or only restricts.
enum class ConstraintRule { Prohibited, Restricted };

// One constraint line a parcel overlaps by at least 1 m² (a point parcel: that covers it).
struct ConstraintHit {
    std::string layer;  // the constraint layer's label (its file or layer name)
    std::string name;   // the feature's name, else its kind, else the layer's label
    std::string kind;   // e.g. 生态保护红线; may be ""
    ConstraintRule rule = ConstraintRule::Prohibited;
    double areaM2 = 0.0;  // 0 for a point parcel
};

struct CheckSettings {
    double minInside = 0.99;  // inside_ratio at or above which a parcel is inside
    Language language = Language::Chinese;
};

struct ParcelResult {
    std::string parcelId;
    std::string industry;       // as written in the input
    std::string industryCodes;  // resolved catalogue codes, ";"-separated
    std::string zoneId;         // best zone, "" when outside
    // Outside every zone: the zone whose outline is nearest the parcel's box centre (the one
    // its reason names; the report counts such parcels by it); else "".
    std::string nearestZoneId;
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

    // SPEC 4.1: the land-use field as written, its recognised classes and the status.
    std::string landUse;
    std::string landUseCodes;  // ";"-separated, for the app; not a report column
    LandUseStatus landUseStatus = LandUseStatus::NotApplicable;
    // SPEC 4.2: the constraint lines hit, in layer then feature order, and their total area;
    // constraintsChecked is false when the check had no constraint layers.
    bool constraintsChecked = false;
    std::vector<ConstraintHit> constraintHits;
    double constraintM2 = 0.0;
};

// The report's words for the enums (SPEC section 4).
const char* toString(Location location);
const char* toString(IndustryStatus status);
const char* toString(Verdict verdict);
const char* toString(LandUseStatus status);
const char* toString(ConstraintRule rule);

// The constraints column: "name (kind, rule): area m²" for each hit (no area for a point
// parcel), ";"-separated.
std::string constraintsText(const std::vector<ConstraintHit>& hits);

// The report's columns, in order.
const std::vector<std::string>& reportColumns();

}  // namespace pearlzone::core
