#pragma once
// The scale bar and north arrow, drawn the same on the canvas and on paper. A scale bar's
// length is a round number of metres whose drawn length is what that distance measures at
// the view's scale.

#include <QPainter>
#include <QString>

namespace pearlzone::render {

struct ScaleBar {
    double metres = 0.0;  // a round length: 1, 2 or 5 times a power of ten
    double pixels = 0.0;  // its drawn length on the surface
    QString label;        // "500 m", "2 km"
};

// The longest round length that fits in maxPixels at this many metres per pixel.
ScaleBar niceScaleBar(double metresPerPixel, double maxPixels);

// Draws the bar with its left end at bottomLeft (surface units), in four alternating blocks.
// unitScale converts screen pixels to surface units (1 on screen; dpi / 96 on paper); text is
// in points, which every surface already sizes right.
void drawScaleBar(QPainter& painter, const ScaleBar& bar, QPointF bottomLeft, double unitScale = 1.0);
void drawNorthArrow(QPainter& painter, QPointF top, double height);

}  // namespace pearlzone::render
