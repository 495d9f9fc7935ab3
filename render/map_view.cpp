#include "render/map_view.h"

#include <algorithm>

namespace pearlzone::render {

namespace {
constexpr double kMetresPerInch = 0.0254;
}

MapView::MapView(QSizeF pixels, QPointF centre, double metresPerPixel)
    : pixels_(pixels), centre_(centre), metresPerPixel_(metresPerPixel)
{
}

MapView MapView::fitting(const gis::Envelope& box, QSizeF pixels, double margin)
{
    const double usableW = std::max(1.0, pixels.width() * (1 - 2 * margin));
    const double usableH = std::max(1.0, pixels.height() * (1 - 2 * margin));
    const double mpp = std::max({box.width() / usableW, box.height() / usableH, 1e-3});
    return MapView(pixels, QPointF(0.5 * (box.minX + box.maxX), 0.5 * (box.minY + box.maxY)), mpp);
}

QPointF MapView::toScreen(double x, double y) const
{
    return {pixels_.width() / 2 + (x - centre_.x()) / metresPerPixel_,
            pixels_.height() / 2 - (y - centre_.y()) / metresPerPixel_};
}

QPointF MapView::toWorld(QPointF screen) const
{
    return {centre_.x() + (screen.x() - pixels_.width() / 2) * metresPerPixel_,
            centre_.y() - (screen.y() - pixels_.height() / 2) * metresPerPixel_};
}

QTransform MapView::worldToScreen() const
{
    const double s = 1.0 / metresPerPixel_;
    return QTransform(s, 0, 0, -s, pixels_.width() / 2 - centre_.x() * s, pixels_.height() / 2 + centre_.y() * s);
}

gis::Envelope MapView::extent() const
{
    const QPointF topLeft = toWorld({0, 0});
    const QPointF bottomRight = toWorld({pixels_.width(), pixels_.height()});
    return {topLeft.x(), bottomRight.y(), bottomRight.x(), topLeft.y()};
}

MapView MapView::zoomedAt(QPointF screen, double factor) const
{
    const QPointF anchor = toWorld(screen);
    const double mpp = metresPerPixel_ / factor;
    const QPointF offset((screen.x() - pixels_.width() / 2) * mpp, -(screen.y() - pixels_.height() / 2) * mpp);
    return MapView(pixels_, anchor - offset, mpp);
}

MapView MapView::panned(QPointF screenDelta) const
{
    return MapView(pixels_, centre_ + QPointF(-screenDelta.x() * metresPerPixel_, screenDelta.y() * metresPerPixel_),
                   metresPerPixel_);
}

MapView MapView::resized(QSizeF pixels) const
{
    return MapView(pixels, centre_, metresPerPixel_);
}

double MapView::scaleDenominator(double dotsPerInch) const
{
    return metresPerPixel_ * dotsPerInch / kMetresPerInch;
}

}  // namespace pearlzone::render
