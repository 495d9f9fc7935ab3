#include "tools/datagen/zones_writer.h"

#include "gis/crs_transform.h"
#include "gis/error.h"
#include "gis/geometry_transform.h"
#include "gis/vector_writer.h"
#include "tools/datagen/channel_builder.h"
#include "tools/datagen/zone_geography.h"

#include <cstdio>
#include <map>

namespace pearlzone::datagen {

namespace {

constexpr const char* kLonLat = "EPSG:4490";
constexpr const char* kMetres = "EPSG:4547";
constexpr double kSplineSpacing = 15.0;  // metres between bank vertices before simplification

std::vector<CentrePoint> toMetres(const std::vector<LonLatWidth>& points, const gis::CrsTransform& transform)
{
    std::vector<CentrePoint> out;
    for (const auto& p : points) {
        const auto xy = transform.transform(p.lon, p.lat);
        out.push_back({xy.lon, xy.lat, p.width});
    }
    return out;
}

gis::Geometry outlinePolygon(const std::vector<LonLatWidth>& outline, const gis::CrsTransform& transform)
{
    std::vector<double> xy;
    for (const auto& p : toMetres(outline, transform)) {
        xy.push_back(p.x);
        xy.push_back(p.y);
    }
    return gis::Geometry::polygon(xy);
}

// The part of (outline - water) that holds the seed point.
gis::Geometry pieceHolding(const gis::Geometry& land, double seedX, double seedY, const std::string& what)
{
    const gis::Geometry seed = gis::Geometry::point(seedX, seedY);
    for (std::size_t i = 0; i < land.partCount(); ++i) {
        gis::Geometry part = land.part(i);
        if (part.covers(seed))
            return part;
    }
    throw gis::Error("the seed point of " + what + " is not on land");
}

}  // namespace

void writeZoneData(const std::string& outputDir, std::ostream& log)
{
    const auto toM = gis::CrsTransform::create(kLonLat, kMetres);
    const auto toLonLat = gis::CrsTransform::create(kMetres, kLonLat);

    // River.
    gis::VectorWriterOptions riverOptions;
    riverOptions.layerName = "river";
    riverOptions.crs = kLonLat;
    riverOptions.geometry = gis::WriterGeometry::Unknown;
    riverOptions.coordinateDecimals = 7;
    riverOptions.fields = {{"river_id"}, {"name_zh"}, {"name_zh_hant"}, {"name_en"},
                           {"main_channel", gis::FieldType::Integer}, {"source"}};
    auto river = gis::VectorWriter::create(outputDir + "/river.geojson", riverOptions);
    std::vector<gis::Geometry> channelPolygons;
    double phase = 0.0;
    for (const auto& channel : channels()) {
        gis::Geometry polygon = channelPolygon(toMetres(channel.centre, toM), kSplineSpacing, phase += 1.7);
        river.write({channel.id, channel.nameZh, channel.nameZhHant, channel.nameEn,
                     std::int64_t(channel.mainChannel ? 1 : 0), channel.source},
                    gis::transformGeometry(polygon, toLonLat).toWkb());
        channelPolygons.push_back(std::move(polygon));
    }
    river.close();
    const gis::Geometry water = gis::Geometry::collect(std::move(channelPolygons)).unaryUnion();
    log << "water: " << water.area() / 1e6 << " km2\n";

    // Zones.
    std::map<std::string, ZoneNames> zones;
    for (const auto& z : zoneNames())
        zones[z.zoneId] = z;
    std::map<std::string, SubareaNames> subareas;
    for (const auto& s : subareaNames())
        subareas[s.subareaId] = s;

    gis::VectorWriterOptions zoneOptions;
    zoneOptions.layerName = "zones";
    zoneOptions.crs = kLonLat;
    zoneOptions.geometry = gis::WriterGeometry::Polygon;
    zoneOptions.coordinateDecimals = 7;
    zoneOptions.fields = {{"zone_id"}, {"subarea_id"}, {"name_zh"}, {"name_zh_hant"}, {"name_en"},
                          {"subarea_name_zh"}, {"subarea_name_zh_hant"}, {"subarea_name_en"},
                          {"piece_name_zh"}, {"piece_name_en"}, {"bank"}, {"source"}};
    auto writer = gis::VectorWriter::create(outputDir + "/zones.geojson", zoneOptions);
    gis::Geometry taken;  // every piece so far, so that no two overlap
    std::map<std::string, double> zoneArea;
    std::map<std::string, double> subareaArea;
    for (const auto& piece : pieces()) {
        const gis::Geometry outline = outlinePolygon(piece.outline, toM);
        const gis::Geometry land = outline.difference(water);
        const auto seed = toM.transform(piece.seedLon, piece.seedLat);
        gis::Geometry polygon = pieceHolding(land, seed.lon, seed.lat, piece.pieceEn);
        if (!taken.isNull())
            polygon = pieceHolding(polygon.difference(taken), seed.lon, seed.lat, piece.pieceEn);
        taken = taken.isNull() ? polygon.clone() : taken.unionWith(polygon);

        const double area = polygon.area();
        zoneArea[piece.zoneId] += area;
        if (!piece.subareaId.empty())
            subareaArea[piece.subareaId] += area;
        char line[200];
        std::snprintf(line, sizeof line, "  %-12s %-16s %-38s %7.2f km2\n", piece.zoneId.c_str(),
                      piece.subareaId.c_str(), piece.pieceEn.c_str(), area / 1e6);
        log << line;

        const auto& zone = zones.at(piece.zoneId);
        const SubareaNames noSubarea;
        const auto& subarea = piece.subareaId.empty() ? noSubarea : subareas.at(piece.subareaId);
        writer.write({zone.zoneId, piece.subareaId, zone.nameZh, zone.nameZhHant, zone.nameEn, subarea.nameZh,
                      subarea.nameZhHant, subarea.nameEn, piece.pieceZh, piece.pieceEn, zone.bank, piece.source},
                     gis::transformGeometry(polygon, toLonLat).toWkb());
    }
    writer.close();
    double total = 0.0;
    for (const auto& [id, area] : zoneArea) {
        log << "zone " << id << ": " << area / 1e6 << " km2\n";
        total += area;
    }
    for (const auto& [id, area] : subareaArea)
        log << "subarea " << id << ": " << area / 1e6 << " km2\n";
    log << "total: " << total / 1e6 << " km2\n";
}

}  // namespace pearlzone::datagen
