#include "render/map_scene.h"

#include "gis/error.h"
#include "gis/geometry.h"
#include "render/map_style.h"

namespace pearlzone::render {

namespace {

QPolygonF ringPolygon(const std::vector<double>& xy)
{
    QPolygonF polygon;
    polygon.reserve(static_cast<qsizetype>(xy.size() / 2));
    for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
        polygon << QPointF(xy[i], xy[i + 1]);
    return polygon;
}

QPainterPath pathOf(const gis::Geometry& geometry)
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const auto& polygon : geometry.polygonRings()) {
        for (const auto& ring : polygon.rings)
            path.addPolygon(ringPolygon(ring));
    }
    return path;
}

// A label point inside the region: the centre of its largest piece's box when that lies
// inside, else GEOS's point on surface.
QPointF labelAnchorOf(const gis::Geometry& geometry)
{
    const gis::Geometry* largest = &geometry;
    gis::Geometry biggest;
    double best = -1.0;
    for (std::size_t i = 0; i < geometry.partCount(); ++i) {
        gis::Geometry part = geometry.part(i);
        const double a = part.area();
        if (a > best) {
            best = a;
            biggest = std::move(part);
        }
    }
    if (!biggest.isNull())
        largest = &biggest;
    const gis::Envelope box = largest->envelope();
    const gis::Geometry centre = gis::Geometry::point(0.5 * (box.minX + box.maxX), 0.5 * (box.minY + box.maxY));
    if (largest->covers(centre))
        return {0.5 * (box.minX + box.maxX), 0.5 * (box.minY + box.maxY)};
    const auto xy = largest->pointOnSurface().pointCoordinates();
    return xy.size() >= 2 ? QPointF(xy[0], xy[1]) : QPointF(box.minX, box.minY);
}

RegionShape regionShape(const core::ZoneRegion& region, const std::string& zoneId, const std::string& subareaId, QColor colour)
{
    const gis::Geometry geometry = gis::Geometry::fromWkb(region.wkb);
    return {zoneId, subareaId, QString::fromStdString(region.nameZh), QString::fromStdString(region.nameEn),
            pathOf(geometry), region.envelope, labelAnchorOf(geometry), colour};
}

}  // namespace

gis::Envelope MapScene::extent() const
{
    gis::Envelope box;
    for (const auto& zone : zones)
        box.expandToInclude(zone.box);
    for (const auto& layer : parcelLayers)
        box.expandToInclude(layer->extent());
    return box;
}

MapScene sceneFromData(const core::PilotZoneData& data)
{
    MapScene scene;
    for (std::size_t i = 0; i < data.zones.zones().size(); ++i) {
        const core::Zone& zone = data.zones.zones()[i];
        scene.zones.push_back(regionShape(zone, zone.id, {}, zoneColour(i)));
        for (const auto& subarea : zone.subareas)
            scene.subareas.push_back(regionShape(subarea, zone.id, subarea.id, zoneColour(i)));
    }
    for (const auto& water : data.river) {
        scene.water.push_back({QString::fromStdString(water.nameZh), QString::fromStdString(water.nameEn),
                               pathOf(gis::Geometry::fromWkb(water.wkb))});
    }
    return scene;
}

std::optional<ParcelShape> parcelShapeFromWkb(const std::vector<unsigned char>& wkb)
{
    if (wkb.empty())
        return std::nullopt;
    try {
        const gis::Geometry geometry = gis::Geometry::fromWkb(wkb);
        if (geometry.isEmpty())
            return std::nullopt;
        ParcelShape shape;
        shape.box = geometry.envelope();
        shape.point = QPointF(0.5 * (shape.box.minX + shape.box.maxX), 0.5 * (shape.box.minY + shape.box.maxY));
        for (const auto& polygon : geometry.polygonRings()) {
            for (const auto& ring : polygon.rings)
                shape.rings.push_back(ringPolygon(ring));
        }
        return shape;
    } catch (const gis::Error&) {
        return std::nullopt;
    }
}

ParcelShape parcelShape(const std::vector<unsigned char>& wkb, std::optional<core::Verdict> verdict)
{
    ParcelShape shape = parcelShapeFromWkb(wkb).value_or(ParcelShape{});
    shape.verdict = verdict;
    return shape;
}

std::shared_ptr<const ParcelLayer> parcelLayerOf(const QString& name, const std::vector<core::CheckedParcel>& parcels)
{
    auto layer = std::make_shared<ParcelLayer>(name);
    for (const auto& parcel : parcels)
        layer->appendWkb(parcel.wkb, parcel.result.verdict);
    layer->finish();
    return layer;
}

QPainterPath pathFromWkb(const std::vector<unsigned char>& wkb)
{
    return pathOf(gis::Geometry::fromWkb(wkb));
}

}  // namespace pearlzone::render
