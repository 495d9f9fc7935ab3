#pragma once
// CompatibilityTable: which industries a planned land use admits, as data: rows of
// (industry, land use) → compatible, conditional (with the condition in words) or
// incompatible (with the reason), each with its source. Rows are inherited down both trees:
// for a parcel the most specific land-use class with a row wins (the class, its ancestors,
// then the national class it crosswalks to and its ancestors), and for that class the most
// specific industry (the industry, its ancestors, then "*" for every industry).

#include "core/industry_catalogue.h"
#include "core/land_use_catalogue.h"

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace pearlzone::core {

enum class Compatibility { Compatible, Conditional, Incompatible };

const char* toString(Compatibility compatibility);

inline constexpr const char* kEveryIndustry = "*";

struct CompatibilityRule {
    std::string industryCode;  // a catalogue code or "*"
    std::string landUseCode;
    Compatibility compatibility = Compatibility::Incompatible;
    std::string noteZh;  // the condition, or why not; "" for compatible
    std::string noteEn;
    std::string source;
};

// How one industry stands on a parcel's land use (all its parts).
struct IndustryOnLandUse {
    std::string industryCode;               // "*" when the parcel names no known industry
    std::string landUseCode;                // the part that decided (the best for the industry)
    const CompatibilityRule* rule = nullptr;  // nullptr: no row applies (treated as conditional)
    Compatibility compatibility = Compatibility::Conditional;
};

struct LandUseAssessment {
    LandUseStatus status = LandUseStatus::NotApplicable;
    std::vector<std::string> codes;                 // the recognised parts
    std::vector<LandUseMatch> unrecognised;         // parts not recognised
    std::vector<IndustryOnLandUse> industries;      // one per industry judged
};

class CompatibilityTable {
public:
    // Every industry code must be in the catalogue (or "*"), every land-use code among the
    // classes, every status one of the three, and a condition or reason given for all but
    // compatible rows. Throws gis::Error naming the file and line.
    static CompatibilityTable load(const std::string& source, const IndustryCatalogue& industries,
                                   const LandUseCatalogue& landUses);

    const std::vector<CompatibilityRule>& rules() const { return rules_; }

    // The rule for an industry ("*" for any) on one land-use class; nullptr when none applies.
    const CompatibilityRule* find(const std::string& industryCode, const std::string& landUseCode) const;

    // SPEC 4.1: the land-use status of a parcel whose land-use field held parts and whose
    // industry field held industries (each a set of codes; an empty set is an unknown
    // industry and is skipped; with no known industry, "*" is judged). An empty parts list is
    // missing; any unrecognised part makes it unknown.
    LandUseAssessment assess(const std::vector<LandUseMatch>& parts,
                             const std::vector<std::vector<std::string>>& industryCodes) const;

private:
    std::vector<CompatibilityRule> rules_;
    std::map<std::pair<std::string, std::string>, std::size_t> byKey_;  // (industry, land use)
    const IndustryCatalogue* industries_ = nullptr;
    const LandUseCatalogue* landUses_ = nullptr;
};

}  // namespace pearlzone::core
