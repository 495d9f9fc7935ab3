#include "app/zone_layer_preview.h"

#include "core/zone_set.h"
#include "gis/vector_source.h"

#include <algorithm>
#include <map>

namespace pearlzone::app {

namespace {

constexpr std::size_t kSampleFeatures = 200;  // read for the samples: enough for a zones layer
constexpr std::size_t kSamplesPerField = 4;

}  // namespace

ZoneLayerPreview previewZoneLayer(const std::string& source, const std::string& layer)
{
    const auto file = gis::VectorSource::open(source);
    ZoneLayerPreview preview;
    preview.layers = file.layerNames();
    auto reader = file.layer(layer);
    preview.layer = reader.name();
    preview.detectedField = core::inspectZoneLayer(source, reader.name()).zoneField;
    for (const auto& field : reader.fieldNames())
        preview.fields.push_back({field, {}});
    reader.readGeometry(false);
    std::vector<gis::VectorFeature> batch;
    std::size_t read = 0;
    while (read < kSampleFeatures && reader.readBatch(batch, kSampleFeatures)) {
        read += batch.size();
        for (const auto& feature : batch) {
            for (std::size_t i = 0; i < preview.fields.size() && i < feature.attributes.size(); ++i) {
                auto& values = preview.fields[i].values;
                const std::string& value = feature.attributes[i];
                if (!value.empty() && values.size() < kSamplesPerField && std::find(values.begin(), values.end(), value) == values.end())
                    values.push_back(value);
            }
        }
    }
    return preview;
}

std::vector<ZoneValueMatch> matchZoneValues(const std::string& source, const std::string& layer, const std::string& field,
                                            const core::ZoneNameTable& names)
{
    auto reader = gis::VectorSource::open(source).layer(layer);
    reader.selectFields({field});
    reader.readGeometry(false);
    std::vector<ZoneValueMatch> matches;
    std::map<std::string, std::size_t> indexOf;
    std::vector<gis::VectorFeature> batch;
    while (reader.readBatch(batch, 256)) {
        for (const auto& feature : batch) {
            const std::string& value = feature.attributes.front();
            auto [it, added] = indexOf.try_emplace(value, matches.size());
            if (added)
                matches.push_back({value, 0, names.resolve(value)});
            ++matches[it->second].features;
        }
    }
    return matches;
}

}  // namespace pearlzone::app
