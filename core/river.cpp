#include "core/river.h"

#include "core/zone_set.h"
#include "gis/crs_transform.h"
#include "gis/error.h"
#include "gis/geometry.h"
#include "gis/geometry_transform.h"
#include "gis/vector_source.h"

namespace pearlzone::core {

std::vector<WaterBody> loadRiver(const std::string& source)
{
    auto layer = gis::VectorSource::open(source).layer();
    if (layer.crsWkt().empty())
        throw gis::Error(source + ": the river layer has no coordinate reference system");
    std::vector<std::string> wanted;
    for (const char* field : {"river_id", "name_zh", "name_zh_hant", "name_en", "main_channel"})
        wanted.emplace_back(layer.fieldIndex(field) >= 0 ? field : "");
    std::vector<std::string> present;
    for (const auto& f : wanted) {
        if (!f.empty())
            present.push_back(f);
    }
    layer.selectFields(present);
    auto value = [&present](const gis::VectorFeature& feature, const char* name) -> std::string {
        for (std::size_t i = 0; i < present.size(); ++i) {
            if (present[i] == name)
                return feature.attributes[i];
        }
        return {};
    };
    const auto toPlanar = gis::CrsTransform::create(layer.crsWkt(), kPlanarCrs);
    std::vector<WaterBody> water;
    std::vector<gis::VectorFeature> batch;
    while (layer.readBatch(batch, 64)) {
        for (const auto& feature : batch) {
            if (feature.wkb.empty())
                continue;
            const gis::Geometry geometry = gis::transformGeometry(gis::Geometry::fromWkb(feature.wkb), toPlanar);
            water.push_back({value(feature, "river_id"), value(feature, "name_zh"), value(feature, "name_zh_hant"),
                             value(feature, "name_en"), value(feature, "main_channel") == "1", geometry.toWkb(),
                             geometry.envelope()});
        }
    }
    return water;
}

}  // namespace pearlzone::core
