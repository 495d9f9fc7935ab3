#pragma once
// ZoneNameTable: every name the pilot zone's zones and sub-areas go by (data/zone_names.csv):
// ids, Simplified and Traditional Chinese names, English names and short names (琶洲, 大学城,
// 金融城, 鱼珠, ...). Official boundary files name their zones in a field rather than by our
// ids; this table places each value, compared as industry names are (normaliseName).

#include "core/name_normaliser.h"

#include <string>
#include <vector>

namespace pearlzone::core {

struct PlaceName {
    std::string zoneId;
    std::string subareaId;  // "" for a whole zone
    std::string nameZh;
    std::string nameZhHant;
    std::string nameEn;
    std::vector<std::string> shortNames;
    std::string bank;  // a zone's bank of the river ("north", "south"); "" for sub-areas
};

class ZoneNameTable {
public:
    // Throws gis::Error naming the file and line for missing ids or a name given to two places.
    static ZoneNameTable load(const std::string& source);

    const std::vector<PlaceName>& places() const { return places_; }
    // The zone (subareaId "") or sub-area with these ids; nullptr when unknown.
    const PlaceName* find(const std::string& zoneId, const std::string& subareaId = {}) const;
    // The place a value names: an id, a name in any of the three scripts, or a short name,
    // full-width or half-width, in any case. nullptr when it names nothing known.
    const PlaceName* resolve(const std::string& text) const;
    // The names it knows, one place per line, for error messages.
    std::string knownNames() const;

private:
    std::vector<PlaceName> places_;
    NameIndex byName_;
};

}  // namespace pearlzone::core
