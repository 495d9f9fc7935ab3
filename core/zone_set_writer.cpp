#include "core/zone_set_writer.h"

#include "core/atomic_output.h"
#include "core/check_errors.h"
#include "gis/geometry.h"
#include "gis/vector_writer.h"

namespace pearlzone::core {

namespace {

// Pieces smaller than this (m²) are slivers left by differencing, not land.
constexpr double kSliverM2 = 1.0;

}  // namespace

void saveZoneSet(const ZoneSet& zones, const ZoneSetInfo& info, const std::string& path)
{
    AtomicOutput output(path);
    gis::VectorWriterOptions options;
    options.driver = "GPKG";
    options.layerName = "zones";
    options.crs = kPlanarCrs;
    options.geometry = gis::WriterGeometry::Unknown;  // polygons and multipolygons
    for (const char* field : {"zone_id", "subarea_id", "name_zh", "name_zh_hant", "name_en", "bank", "subarea_name_zh",
                              "subarea_name_zh_hant", "subarea_name_en"})
        options.fields.push_back({field});
    options.metadata = zoneSetMetadata(info, path);
    try {
        auto writer = gis::VectorWriter::create(output.temporaryPath(), options);
        for (const Zone& zone : zones.zones()) {
            auto write = [&](const ZoneRegion* subarea, const std::vector<unsigned char>& wkb) {
                writer.write({zone.id, subarea ? subarea->id : std::string(), zone.nameZh, zone.nameZhHant, zone.nameEn,
                              zone.bank, subarea ? subarea->nameZh : std::string(),
                              subarea ? subarea->nameZhHant : std::string(), subarea ? subarea->nameEn : std::string()},
                             wkb);
            };
            gis::Geometry rest = gis::Geometry::fromWkb(zone.wkb);
            for (const ZoneRegion& subarea : zone.subareas) {
                write(&subarea, subarea.wkb);
                rest = rest.difference(gis::Geometry::fromWkb(subarea.wkb));
            }
            if (!rest.isEmpty() && rest.area() > kSliverM2)
                write(nullptr, zone.subareas.empty() ? zone.wkb : rest.polygonalParts().toWkb());
        }
        writer.close();
    } catch (const gis::Error& error) {
        throw OutputError(path + ": cannot save the zone set (" + error.what() + ")");
    }
    output.commit();
    saveZoneSetInfo(info, path);
}

}  // namespace pearlzone::core
