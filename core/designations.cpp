#include "core/designations.h"

#include "core/data_table.h"
#include "core/zone_set.h"
#include "gis/error.h"

#include <algorithm>

namespace pearlzone::core {

DesignationTable DesignationTable::load(const std::string& source, const IndustryCatalogue& catalogue,
                                        const ZoneSet* zones)
{
    const DataTable table =
        DataTable::load(source, {"zone_id", "subarea_id", "industry_code", "provenance_zh", "provenance_en"});
    DesignationTable result;
    result.catalogue_ = &catalogue;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        Designation d{table.value(row, "zone_id"), table.value(row, "subarea_id"), table.value(row, "industry_code"),
                      table.value(row, "provenance_zh"), table.value(row, "provenance_en")};
        const std::string where = source + " line " + std::to_string(table.lineOf(row));
        if (!catalogue.find(d.industryCode))
            throw gis::Error(where + ": the industry code '" + d.industryCode + "' is not in the catalogue");
        if (d.provenanceZh.empty())
            throw gis::Error(where + ": a designation needs the guideline sentence it rests on (provenance_zh)");
        if (zones) {
            const Zone* zone = zones->zone(d.zoneId);
            if (!zone)
                throw gis::Error(where + ": the zone '" + d.zoneId + "' is not in " + zones->source());
            if (!d.subareaId.empty() && !zone->subarea(d.subareaId))
                throw gis::Error(where + ": the zone '" + d.zoneId + "' has no sub-area '" + d.subareaId + "'");
        }
        if (result.exact(d.zoneId, d.subareaId, d.industryCode))
            throw gis::Error(where + ": '" + d.industryCode + "' is designated twice for the same place");
        result.designations_.push_back(std::move(d));
    }
    for (const auto& industry : catalogue.industries())
        result.placesByCode_[industry.code] = result.computePlaces(industry.code);
    return result;
}

const Designation* DesignationTable::exact(const std::string& zoneId, const std::string& subareaId,
                                           const std::string& code) const
{
    for (const auto& d : designations_) {
        if (d.zoneId == zoneId && d.subareaId == subareaId && d.industryCode == code)
            return &d;
    }
    return nullptr;
}

const Designation* DesignationTable::find(const std::string& zoneId, const std::string& subareaId,
                                          const std::string& industryCode) const
{
    for (const auto& code : catalogue_->lineage(industryCode)) {
        if (!subareaId.empty()) {
            if (const Designation* d = exact(zoneId, subareaId, code))
                return d;
        }
        if (const Designation* d = exact(zoneId, "", code))
            return d;
    }
    return nullptr;
}

const std::vector<DesignatedPlace>& DesignationTable::placesFor(const std::string& industryCode) const
{
    static const std::vector<DesignatedPlace> kNone;
    const auto it = placesByCode_.find(industryCode);
    return it == placesByCode_.end() ? kNone : it->second;
}

std::vector<DesignatedPlace> DesignationTable::computePlaces(const std::string& industryCode) const
{
    const std::vector<std::string> lineage = catalogue_->lineage(industryCode);
    std::vector<DesignatedPlace> places;
    for (const auto& d : designations_) {
        if (std::find(lineage.begin(), lineage.end(), d.industryCode) == lineage.end())
            continue;
        const bool known = std::any_of(places.begin(), places.end(), [&d](const DesignatedPlace& p) {
            return p.zoneId == d.zoneId && p.subareaId == d.subareaId;
        });
        if (!known)
            places.push_back({d.zoneId, d.subareaId});
    }
    return places;
}

std::vector<const Designation*> DesignationTable::forZone(const std::string& zoneId) const
{
    std::vector<const Designation*> out;
    for (const auto& d : designations_) {
        if (d.zoneId == zoneId)
            out.push_back(&d);
    }
    return out;
}

}  // namespace pearlzone::core
