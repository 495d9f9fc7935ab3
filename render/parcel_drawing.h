#pragma once
// How a parcel layer is drawn (the screen's and the PDF's one way): parcels too small to show
// their shape go into the verdict raster as dots; the rest are filled in batches, one path per
// verdict (the union of its parcels, so that parcels of one verdict that overlap fill each pixel
// once, however many lie there), and outlined in batches, only where a parcel is big enough
// for its outline to show (kOutlinePixels).

#include "render/map_renderer.h"
#include "render/parcel_layer.h"

#include <QImage>
#include <QPainter>
#include <QRect>

#include <atomic>
#include <cstdint>
#include <vector>

namespace pearlzone::render {

// Below this size on screen (the larger side of its box) a parcel is filled without an
// outline: the outline would hide the fill.
constexpr double kOutlinePixels = 12.0;

// The dots of parcels too small to draw, as one image in screen pixels: each dot a block of
// at least 2 x 2 pixels in its verdict's colour; where dots meet, the most pressing verdict
// shows (fail over review over error over pass over unchecked), so a crowd of passes never
// hides a fail.
class VerdictRaster {
public:
    explicit VerdictRaster(QSize size) : size_(size) {}

    // screen: the parcel's box in pixels; slot: pass, review, fail, error, unchecked (0-4).
    void add(const QRectF& screen, std::size_t slot);
    std::size_t count() const { return count_; }
    // Draws the dots at the painter's current (screen) transform.
    void draw(QPainter& painter) const;

private:
    QSize size_;
    std::vector<std::uint8_t> ranks_;  // 0: no dot, else the rank of the most pressing verdict
    QRect touched_;
    std::size_t count_ = 0;
};

// Draws the layer's parcels in view (dots into dots, drawn later by the caller), then the
// selected ones of layerIndex on top. base: the painter's transform on entry, restored on
// return. Sets complete to false when cancelled.
void drawParcels(QPainter& painter, const MapView& view, const ParcelLayer& layer, std::size_t layerIndex,
                 const RenderSettings& settings, const std::atomic<bool>* cancel, bool& complete, const QTransform& base,
                 VerdictRaster& dots);

}  // namespace pearlzone::render
