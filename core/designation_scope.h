#pragma once
// Which designations apply to a zone or one of its sub-areas: the one rule behind the zones
// listing (CLI) and Identify (app). A sub-area takes the zone-wide designations and its own.

#include "core/designations.h"

#include <string>
#include <vector>

namespace pearlzone::core {

enum class DesignationScope {
    WholeZone,          // zone-wide and every sub-area's
    ZoneWideOnly,       // made for the zone as a whole
    ZoneWideAndSubarea, // what applies inside the sub-area
    SubareaOnly,        // made for the sub-area alone
};

// In table order.
std::vector<const Designation*> designationsIn(const DesignationTable& table, const std::string& zoneId,
                                               DesignationScope scope, const std::string& subareaId = {});

// Their industry codes, in table order without repeats.
std::vector<std::string> designatedCodesIn(const DesignationTable& table, const std::string& zoneId,
                                           DesignationScope scope, const std::string& subareaId = {});

}  // namespace pearlzone::core
