#pragma once
// What a zones file offers before it is loaded, for File → Open zones layer: its layers, each
// field with a few of its values (so that the planner can tell which field names the zones),
// and, for the field chosen, every value with where the name table places it.

#include "core/zone_names.h"

#include <string>
#include <vector>

namespace pearlzone::app {

struct ZoneFieldSample {
    std::string field;
    std::vector<std::string> values;  // the first few distinct non-empty values
};

struct ZoneLayerPreview {
    std::vector<std::string> layers;  // every layer of the file
    std::string layer;                // the one described below
    std::vector<ZoneFieldSample> fields;
    std::string detectedField;  // zone_id or a name field; "" when none can be told
};

// One value of the zone field: how many features carry it and the place it names (nullptr:
// a name the table does not know).
struct ZoneValueMatch {
    std::string value;
    int features = 0;
    const core::PlaceName* place = nullptr;
};

// Throws gis::Error when the file or layer cannot be opened. layer "": the first one.
ZoneLayerPreview previewZoneLayer(const std::string& source, const std::string& layer = {});

// Every distinct value of field, in the order first met, placed through names.
std::vector<ZoneValueMatch> matchZoneValues(const std::string& source, const std::string& layer, const std::string& field,
                                            const core::ZoneNameTable& names);

}  // namespace pearlzone::app
