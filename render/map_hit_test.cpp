#include "render/map_hit_test.h"

#include <cmath>

namespace pearlzone::render {

namespace {

bool hits(const ParcelLayer& layer, std::size_t parcel, QPointF world, double slop)
{
    if (layer.ringCount(parcel) == 0) {
        const QPointF point = layer.point(parcel);
        return std::hypot(point.x() - world.x(), point.y() - world.y()) <= slop;
    }
    bool inside = false;  // even-odd over shells and holes
    for (std::size_t r = 0; r < layer.ringCount(parcel); ++r) {
        const ParcelRing ring = layer.ring(parcel, r);
        inside ^= QPolygonF(QList<QPointF>(ring.points, ring.points + ring.count)).containsPoint(world, Qt::OddEvenFill);
    }
    return inside;
}

bool layerVisible(const std::vector<bool>& visible, std::size_t layer) { return layer >= visible.size() || visible[layer]; }

// The topmost constraint shape of a visible layer under the point.
bool hitConstraint(const MapScene& scene, QPointF world, const gis::Envelope& probe, const RenderSettings& settings, MapHit& hit)
{
    for (std::size_t layer = scene.constraintLayers.size(); layer-- > 0;) {
        if (!scene.constraintLayers[layer] || !layerVisible(settings.constraintLayerVisible, layer))
            continue;
        const auto found = scene.constraintLayers[layer]->query(probe);
        for (auto index = found.rbegin(); index != found.rend(); ++index) {
            if (scene.constraintLayers[layer]->shapes()[*index].path.contains(world)) {
                hit.kind = MapHit::Kind::Constraint;
                hit.layer = layer;
                hit.parcel = *index;
                return true;
            }
        }
    }
    return false;
}

}  // namespace

MapHit hitTest(const MapScene& scene, QPointF world, double slop, const RenderSettings& settings)
{
    MapHit hit;
    const gis::Envelope probe{world.x() - slop, world.y() - slop, world.x() + slop, world.y() + slop};
    for (std::size_t layer = scene.parcelLayers.size(); layer-- > 0;) {
        if (!scene.parcelLayers[layer] || !layerVisible(settings.parcelLayerVisible, layer))
            continue;
        const ParcelLayer& parcels = *scene.parcelLayers[layer];
        std::size_t best = parcels.size();
        for (std::size_t index : parcels.query(probe)) {
            // The last drawn (highest index) is on top.
            if (hits(parcels, index, world, slop) && (best == parcels.size() || index > best))
                best = index;
        }
        if (best < parcels.size()) {
            hit.kind = MapHit::Kind::Parcel;
            hit.layer = layer;
            hit.parcel = best;
            return hit;
        }
    }
    if (hitConstraint(scene, world, probe, settings, hit))
        return hit;
    for (const auto& subarea : scene.subareas) {
        if (subarea.path.contains(world)) {
            hit.kind = MapHit::Kind::Subarea;
            hit.zoneId = subarea.zoneId;
            hit.subareaId = subarea.subareaId;
            return hit;
        }
    }
    for (const auto& zone : scene.zones) {
        if (zone.path.contains(world)) {
            hit.kind = MapHit::Kind::Zone;
            hit.zoneId = zone.zoneId;
            return hit;
        }
    }
    return hit;
}

}  // namespace pearlzone::render
