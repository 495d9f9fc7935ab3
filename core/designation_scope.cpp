#include "core/designation_scope.h"

#include <set>

namespace pearlzone::core {

std::vector<const Designation*> designationsIn(const DesignationTable& table, const std::string& zoneId,
                                               DesignationScope scope, const std::string& subareaId)
{
    std::vector<const Designation*> out;
    for (const Designation* d : table.forZone(zoneId)) {
        bool applies = true;
        switch (scope) {
        case DesignationScope::WholeZone: applies = true; break;
        case DesignationScope::ZoneWideOnly: applies = d->subareaId.empty(); break;
        case DesignationScope::ZoneWideAndSubarea: applies = d->subareaId.empty() || d->subareaId == subareaId; break;
        case DesignationScope::SubareaOnly: applies = d->subareaId == subareaId; break;
        }
        if (applies)
            out.push_back(d);
    }
    return out;
}

std::vector<std::string> designatedCodesIn(const DesignationTable& table, const std::string& zoneId,
                                           DesignationScope scope, const std::string& subareaId)
{
    std::vector<std::string> codes;
    std::set<std::string> seen;
    for (const Designation* d : designationsIn(table, zoneId, scope, subareaId)) {
        if (seen.insert(d->industryCode).second)
            codes.push_back(d->industryCode);
    }
    return codes;
}

}  // namespace pearlzone::core
