#pragma once
// Constraint lines on the map (SPEC 4.2): one map layer per layer of a core::ConstraintSet,
// its polygons as painter paths under a spatial index, and its legend classes (one per kind
// and rule present). The style follows the drawings planners know: a colour per kind of line
// (生态保护红线 red, 河道蓝线 blue, 绿线 green, 紫线 purple, 黄线 yellow, ...); prohibited
// areas are hatched inside a solid outline, restricted ones lightly tinted inside a dashed one.
// The canvas, the layers panel, the PDF map and its legend all draw through this file.

#include "core/check_result.h"
#include "gis/envelope.h"
#include "gis/spatial_index.h"
#include "render/map_view.h"

#include <QColor>
#include <QPainter>
#include <QPainterPath>
#include <QString>

#include <memory>
#include <vector>

namespace pearlzone::core {
class ConstraintSet;
}

namespace pearlzone::render {

// One legend entry of a constraint layer: a kind of line under one rule.
struct ConstraintClass {
    QString kind;  // as the layer writes it; "" when it has no kind field
    core::ConstraintRule rule = core::ConstraintRule::Prohibited;
    QColor colour;
};

struct ConstraintShape {
    QPainterPath path;  // EPSG:4547
    gis::Envelope box;
    std::size_t styleClass = 0;  // index into ConstraintLayer::classes()
    QString name;
    double areaM2 = 0.0;
};

// Built whole, then read-only (the index is queried once while building).
class ConstraintLayer {
public:
    ConstraintLayer(QString label, QString source, std::vector<ConstraintClass> classes, std::vector<ConstraintShape> shapes);
    const QString& label() const { return label_; }
    const QString& source() const { return source_; }
    const std::vector<ConstraintClass>& classes() const { return classes_; }
    const std::vector<ConstraintShape>& shapes() const { return shapes_; }
    std::vector<std::size_t> query(const gis::Envelope& box) const { return index_.query(box); }
    const gis::Envelope& extent() const { return extent_; }

private:
    QString label_;
    QString source_;
    std::vector<ConstraintClass> classes_;
    std::vector<ConstraintShape> shapes_;
    gis::SpatialIndex index_;
    gis::Envelope extent_;
};

// The map layers of a constraint set, one per layer, in its order.
std::vector<std::shared_ptr<const ConstraintLayer>> constraintLayersOf(const core::ConstraintSet& set);

// The colour of a kind of constraint line: the conventional one for the lines SPEC 4.2
// names (Chinese or English words), else one of a palette chosen by the kind's text.
QColor constraintColour(const QString& kind);

// Fills and outlines rect (device units) in the class's style; px is the size of a screen
// pixel in device units (hatch spacing and line widths scale with it).
void paintConstraintSwatch(QPainter& painter, const QRectF& rect, const ConstraintClass& style, double px);

// Draws the layer's polygons in view; base is the painter transform the map composes with.
void drawConstraintLayer(QPainter& painter, const MapView& view, const ConstraintLayer& layer, const QTransform& base);

}  // namespace pearlzone::render
