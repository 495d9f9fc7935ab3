#pragma once
// What lies under a point of the map: the topmost visible parcel (of the scene's parcel
// layers, last drawn first), else the topmost visible constraint line, else the sub-area,
// else the zone. The canvas's Identify and the
// tests ask the same question of the same scene that is drawn.

#include "render/map_renderer.h"
#include "render/map_scene.h"

#include <QPointF>

#include <cstddef>
#include <string>

namespace pearlzone::render {

struct MapHit {
    enum class Kind { Nothing, Parcel, Constraint, Subarea, Zone };
    Kind kind = Kind::Nothing;
    std::size_t layer = 0;   // index into MapScene::parcelLayers (a parcel) or constraintLayers
    std::size_t parcel = 0;  // index into that layer's parcels, or its constraint shapes
    std::string zoneId;
    std::string subareaId;
};

// slop: how far (metres) a point parcel may be from the point and still be hit.
MapHit hitTest(const MapScene& scene, QPointF world, double slop, const RenderSettings& settings = {});

}  // namespace pearlzone::render
