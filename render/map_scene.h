#pragma once
// MapScene: what the map shows, made once from the data and then only read (by the render
// thread and the GUI alike): zones and sub-areas as painter paths, the river, and parcel
// layers with a spatial index so that a view draws only what it can see.

#include "core/batch_check.h"
#include "core/check_result.h"
#include "core/pilot_zone_data.h"
#include "gis/envelope.h"
#include "render/constraint_layer.h"
#include "render/parcel_layer.h"

#include <QColor>
#include <QPainterPath>
#include <QPolygonF>
#include <QString>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pearlzone::render {

struct RegionShape {
    std::string zoneId;
    std::string subareaId;
    QString nameZh;
    QString nameEn;
    QPainterPath path;  // EPSG:4547
    gis::Envelope box;
    QPointF labelAnchor;  // a point inside the region's largest piece
    QColor colour;
};

struct WaterShape {
    QString nameZh;
    QString nameEn;
    QPainterPath path;
};

struct MapScene {
    std::vector<RegionShape> zones;
    std::vector<RegionShape> subareas;
    std::vector<WaterShape> water;
    std::vector<std::shared_ptr<const ConstraintLayer>> constraintLayers;  // over the zones, under the parcels
    std::vector<std::shared_ptr<const ParcelLayer>> parcelLayers;
    gis::Envelope extent() const;
};

// Zones, sub-areas and river from the data (in its order, with the palette's colours).
MapScene sceneFromData(const core::PilotZoneData& data);

// A parcel shape from a geometry's WKB (EPSG:4547); nullopt for unusable geometry.
std::optional<ParcelShape> parcelShapeFromWkb(const std::vector<unsigned char>& wkb);

// A parcel's map shape with its verdict; an unusable geometry gives an empty shape, so that
// shapes stay index for index with their parcels.
ParcelShape parcelShape(const std::vector<unsigned char>& wkb, std::optional<core::Verdict> verdict);

// The map layer of checked parcels (which must carry their geometry).
std::shared_ptr<const ParcelLayer> parcelLayerOf(const QString& name, const std::vector<core::CheckedParcel>& parcels);

QPainterPath pathFromWkb(const std::vector<unsigned char>& wkb);

}  // namespace pearlzone::render
