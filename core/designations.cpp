#include "core/designations.h"

#include "core/data_table.h"
#include "core/zone_names.h"
#include "core/zone_set.h"
#include "gis/error.h"

#include <algorithm>

namespace pearlzone::core {

namespace {

std::string zoneIdsOf(const ZoneSet& zones)
{
    std::string ids;
    for (const auto& zone : zones.zones())
        ids += (ids.empty() ? "" : ", ") + zone.id;
    return ids;
}

}  // namespace

DesignationTable DesignationTable::load(const std::string& source, const IndustryCatalogue& catalogue,
                                        const ZoneSet* zones, const ZoneNameTable* names)
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
        const Fit fit = zones ? result.fitToZones(d, *zones, names, where) : Fit::AsWritten;
        if (fit == Fit::LeftOut)
            continue;
        if (result.exact(d.zoneId, d.subareaId, d.industryCode)) {
            if (fit == Fit::AsWritten)
                throw gis::Error(where + ": '" + d.industryCode + "' is designated twice for the same place");
            continue;  // a sub-area's designation made zone-wide that the zone already has
        }
        result.designations_.push_back(std::move(d));
    }
    for (const auto& industry : catalogue.industries())
        result.placesByCode_[industry.code] = result.computePlaces(industry.code);
    return result;
}

DesignationTable::Fit DesignationTable::fitToZones(Designation& d, const ZoneSet& zones, const ZoneNameTable* names,
                                                   const std::string& where)
{
    auto warnOnce = [this](const std::string& place, const std::string& warning) {
        if (std::find(placesWarnedOf_.begin(), placesWarnedOf_.end(), place) == placesWarnedOf_.end()) {
            placesWarnedOf_.push_back(place);
            warnings_.push_back(warning);
        }
    };
    // Only places the pilot zone is known to have may be missing from a zones layer; any other
    // name is a mistake in the designations.
    auto known = [names](const std::string& zoneId, const std::string& subareaId) {
        return names && names->find(zoneId, subareaId);
    };
    const Zone* zone = zones.zone(d.zoneId);
    if (!zone) {
        if (!known(d.zoneId, {}))
            throw gis::Error(where + ": the zone '" + d.zoneId + "' is not in " + zones.source());
        warnOnce(d.zoneId, zones.source() + ": the zones layer has no zone '" + d.zoneId +
                               "', so its designations are not used (the layer holds " + zoneIdsOf(zones) + ")");
        return Fit::LeftOut;
    }
    if (d.subareaId.empty() || zone->subarea(d.subareaId))
        return Fit::AsWritten;
    if (!known(d.zoneId, d.subareaId))
        throw gis::Error(where + ": the zone '" + d.zoneId + "' has no sub-area '" + d.subareaId + "'");
    const std::string place = d.zoneId + "/" + d.subareaId;
    if (zone->subareas.empty()) {
        // Official files often draw zones only: what a sub-area is designated for is then
        // designated for its whole zone.
        warnOnce(place, zones.source() + ": the zone '" + d.zoneId + "' has no sub-areas there, so what its sub-area '" +
                            d.subareaId + "' is designated for counts for the whole zone");
        d.subareaId.clear();
        return Fit::MadeZoneWide;
    }
    warnOnce(place, zones.source() + ": the zone '" + d.zoneId + "' has sub-areas there but not '" + d.subareaId +
                        "', so the designations of '" + d.subareaId + "' are not used");
    return Fit::LeftOut;
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
