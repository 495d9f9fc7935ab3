#pragma once
// MapView: which part of the map (EPSG:4547 metres) is shown on a surface of a given pixel
// size. Screen y grows downwards, northings upwards; a view is a value, changed by copying.

#include "gis/envelope.h"

#include <QPointF>
#include <QSizeF>
#include <QTransform>

namespace pearlzone::render {

class MapView {
public:
    MapView() = default;
    MapView(QSizeF pixels, QPointF centre, double metresPerPixel);

    // The view that shows box whole on a surface of this size, with a margin on each side.
    static MapView fitting(const gis::Envelope& box, QSizeF pixels, double margin = 0.05);

    QSizeF pixelSize() const { return pixels_; }
    QPointF centre() const { return centre_; }
    double metresPerPixel() const { return metresPerPixel_; }
    bool isValid() const { return metresPerPixel_ > 0 && pixels_.width() > 0 && pixels_.height() > 0; }

    QPointF toScreen(double x, double y) const;
    QPointF toWorld(QPointF screen) const;
    QTransform worldToScreen() const;
    gis::Envelope extent() const;

    // Zoomed by factor (>1 zooms in) keeping the world point under screen where it is.
    MapView zoomedAt(QPointF screen, double factor) const;
    MapView panned(QPointF screenDelta) const;
    MapView resized(QSizeF pixels) const;
    // 1 : denominator, for a surface of this many dots per inch.
    double scaleDenominator(double dotsPerInch) const;

private:
    QSizeF pixels_;
    QPointF centre_;
    double metresPerPixel_ = 0.0;
};

}  // namespace pearlzone::render
