#include "core/zone_names.h"

#include "core/data_table.h"
#include "gis/error.h"

namespace pearlzone::core {

ZoneNameTable ZoneNameTable::load(const std::string& source)
{
    const DataTable table = DataTable::load(source, {"zone_id", "subarea_id", "name_zh", "name_zh_hant", "name_en", "short_names"});
    ZoneNameTable names;
    for (std::size_t row = 0; row < table.rowCount(); ++row) {
        PlaceName place{table.value(row, "zone_id"),      table.value(row, "subarea_id"), table.value(row, "name_zh"),
                        table.value(row, "name_zh_hant"), table.value(row, "name_en"),    splitList(table.value(row, "short_names")),
                        table.value(row, "bank")};
        const std::string where = source + " line " + std::to_string(table.lineOf(row));
        if (place.zoneId.empty() || place.nameZh.empty() || place.nameEn.empty())
            throw gis::Error(where + ": a place needs a zone_id, name_zh and name_en");
        if (names.find(place.zoneId, place.subareaId))
            throw gis::Error(where + ": the place '" + place.zoneId + "/" + place.subareaId + "' appears twice");
        std::vector<std::string> all = {place.subareaId.empty() ? place.zoneId : place.subareaId, place.nameZh,
                                        place.nameZhHant, place.nameEn};
        all.insert(all.end(), place.shortNames.begin(), place.shortNames.end());
        const std::size_t index = names.places_.size();
        names.places_.push_back(place);
        for (const auto& name : all) {
            const long owner = names.byName_.add(name, index);
            if (owner >= 0) {
                const PlaceName& other = names.places_[static_cast<std::size_t>(owner)];
                throw gis::Error(where + ": the name '" + name + "' is already a name of '" + other.zoneId +
                                 (other.subareaId.empty() ? "" : "/" + other.subareaId) + "'");
            }
        }
    }
    return names;
}

const PlaceName* ZoneNameTable::find(const std::string& zoneId, const std::string& subareaId) const
{
    for (const auto& place : places_) {
        if (place.zoneId == zoneId && place.subareaId == subareaId)
            return &place;
    }
    return nullptr;
}

const PlaceName* ZoneNameTable::resolve(const std::string& text) const
{
    const auto* owners = byName_.find(text);
    return owners ? &places_[owners->front()] : nullptr;
}

std::string ZoneNameTable::knownNames() const
{
    std::string text;
    for (const auto& place : places_) {
        text += "\n  " + (place.subareaId.empty() ? place.zoneId : place.zoneId + "/" + place.subareaId) + ": " +
                place.nameZh + ", " + place.nameZhHant + ", " + place.nameEn;
        for (const auto& name : place.shortNames)
            text += ", " + name;
    }
    return text;
}

}  // namespace pearlzone::core
