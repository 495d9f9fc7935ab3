#pragma once
// Designations: which industries each zone (or sub-area) is to attract, each with the
// guideline sentence it rests on. An industry counts as designated in a place when it or an
// ancestor in the catalogue tree is designated there, zone-wide or for the sub-area.

#include "core/industry_catalogue.h"

#include <map>
#include <string>
#include <vector>

namespace pearlzone::core {

class ZoneNameTable;
class ZoneSet;

struct Designation {
    std::string zoneId;
    std::string subareaId;  // "" for the whole zone
    std::string industryCode;
    std::string provenanceZh;
    std::string provenanceEn;
};

// A place that designates an industry, for "designated in ..." suggestions.
struct DesignatedPlace {
    std::string zoneId;
    std::string subareaId;
};

class DesignationTable {
public:
    // Checks every code against the catalogue. When zones are given, designations are fitted
    // to them: for places the name table knows, a sub-area's designations apply to its whole
    // zone when the zone has no sub-areas there, and those of places the layer lacks are not
    // used, each with a warning (warnings()); any other place not in the zones is an error.
    // Throws gis::Error naming the file and line.
    static DesignationTable load(const std::string& source, const IndustryCatalogue& catalogue,
                                 const ZoneSet* zones = nullptr, const ZoneNameTable* names = nullptr);

    const std::vector<Designation>& all() const { return designations_; }

    // The designation that makes industryCode designated in the zone (and sub-area, which may
    // be ""): the industry's own before an ancestor's, the sub-area's before the zone's.
    // nullptr when it is not designated there.
    const Designation* find(const std::string& zoneId, const std::string& subareaId,
                            const std::string& industryCode) const;

    // Every place where the industry counts as designated, in table order, without repeats.
    const std::vector<DesignatedPlace>& placesFor(const std::string& industryCode) const;

    // The designations made for a zone as a whole or for one of its sub-areas.
    std::vector<const Designation*> forZone(const std::string& zoneId) const;

    // What fitting the designations to the zones changed, one sentence each.
    const std::vector<std::string>& warnings() const { return warnings_; }

private:
    enum class Fit { AsWritten, MadeZoneWide, LeftOut };
    Fit fitToZones(Designation& d, const ZoneSet& zones, const ZoneNameTable* names, const std::string& where);

    const Designation* exact(const std::string& zoneId, const std::string& subareaId, const std::string& code) const;

    std::vector<DesignatedPlace> computePlaces(const std::string& industryCode) const;

    std::vector<Designation> designations_;
    const IndustryCatalogue* catalogue_ = nullptr;
    std::map<std::string, std::vector<DesignatedPlace>> placesByCode_;  // computed once at load
    std::vector<std::string> warnings_;
    std::vector<std::string> placesWarnedOf_;
};

}  // namespace pearlzone::core
