#pragma once
// The basemap under the vector map: a gis::BasemapSource drawn for a view into an image that
// is already faded toward the paper colour (so the zones stay readable and a PDF needs no
// transparency), placed by its extent under the vector layers, with the source's attribution
// in the corner. Screen and PDF draw it the same way; only the resolution differs.

#include "gis/basemap_source.h"
#include "render/map_view.h"

#include <QImage>
#include <QPainter>
#include <QString>

#include <atomic>
#include <memory>

namespace pearlzone::render {

constexpr double kDefaultBasemapOpacity = 0.6;

struct BasemapImage {
    QImage image;          // opaque, faded toward the paper colour
    gis::Envelope extent;  // EPSG:4547, what the image covers
    QString attribution;
};

struct BasemapDrawing {
    std::shared_ptr<const BasemapImage> image;  // null when nothing could be drawn
    gis::BasemapStatus status = gis::BasemapStatus::Unavailable;
    QString reason;  // the library's explanation when not Complete
    int zoom = -1;
};

class Basemap {
public:
    explicit Basemap(std::shared_ptr<const gis::BasemapSource> source, double opacity = kDefaultBasemapOpacity);

    // The basemap for view at its pixel size (capped at maxPixels, then drawn scaled). Blocks
    // while tiles are fetched: call it off the GUI thread.
    // cacheOnly: only web tiles already cached (see gis::BasemapSource::render).
    BasemapDrawing draw(const MapView& view, const std::atomic<bool>* cancel = nullptr, double maxPixels = 16.0e6,
                        bool cacheOnly = false) const;

    QString attribution() const { return QString::fromStdString(source_->attribution()); }
    double opacity() const { return opacity_; }
    const gis::BasemapSource& source() const { return *source_; }

private:
    std::shared_ptr<const gis::BasemapSource> source_;
    double opacity_;
};

// An RGBA basemap faded toward paper: paper + (tile - paper) x alpha x opacity, opaque.
QImage fadedBasemap(const gis::RgbaImage& pixels, double opacity, const QColor& paper);

// Draws image where its extent falls in view (the caller's transform maps view pixels).
void drawBasemapImage(QPainter& painter, const MapView& view, const BasemapImage& image);
// The attribution in the view's bottom-right corner, as text on a light plate.
void drawAttribution(QPainter& painter, const MapView& view, const QString& text, double fontScale);

}  // namespace pearlzone::render
