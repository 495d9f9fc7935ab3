#include "render/basemap_layer.h"

#include "render/map_style.h"

#include <QFontMetricsF>

#include <cmath>

namespace pearlzone::render {

Basemap::Basemap(std::shared_ptr<const gis::BasemapSource> source, double opacity)
    : source_(std::move(source)), opacity_(std::clamp(opacity, 0.0, 1.0))
{
}

BasemapDrawing Basemap::draw(const MapView& view, const std::atomic<bool>* cancel, double maxPixels, bool cacheOnly) const
{
    BasemapDrawing drawing;
    if (!view.isValid())
        return drawing;
    const double pixels = view.pixelSize().width() * view.pixelSize().height();
    const double shrink = pixels > maxPixels ? std::sqrt(maxPixels / pixels) : 1.0;
    const int width = std::max(1, static_cast<int>(std::lround(view.pixelSize().width() * shrink)));
    const int height = std::max(1, static_cast<int>(std::lround(view.pixelSize().height() * shrink)));
    const gis::Envelope extent = view.extent();
    gis::BasemapRendering rendering = source_->render(extent, width, height, cancel, cacheOnly);
    drawing.status = rendering.status;
    drawing.reason = QString::fromStdString(rendering.reason);
    drawing.zoom = rendering.zoom;
    if (!rendering.image.isEmpty()) {
        auto image = std::make_shared<BasemapImage>();
        image->image = fadedBasemap(rendering.image, opacity_, paperColour());
        image->extent = extent;
        image->attribution = attribution();
        drawing.image = std::move(image);
    }
    return drawing;
}

QImage fadedBasemap(const gis::RgbaImage& pixels, double opacity, const QColor& paper)
{
    QImage image(pixels.width, pixels.height, QImage::Format_RGB32);
    const int paperRgb[3] = {paper.red(), paper.green(), paper.blue()};
    for (int y = 0; y < pixels.height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        const std::uint8_t* source = pixels.pixels.data() + static_cast<std::size_t>(y) * pixels.width * 4;
        for (int x = 0; x < pixels.width; ++x, source += 4) {
            const double weight = opacity * source[3] / 255.0;
            int rgb[3];
            for (int c = 0; c < 3; ++c)
                rgb[c] = static_cast<int>(std::lround(paperRgb[c] + (source[c] - paperRgb[c]) * weight));
            line[x] = qRgb(rgb[0], rgb[1], rgb[2]);
        }
    }
    return image;
}

void drawBasemapImage(QPainter& painter, const MapView& view, const BasemapImage& image)
{
    if (image.image.isNull() || image.extent.isEmpty())
        return;
    const QPointF topLeft = view.toScreen(image.extent.minX, image.extent.maxY);
    const QPointF bottomRight = view.toScreen(image.extent.maxX, image.extent.minY);
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    painter.drawImage(QRectF(topLeft, bottomRight), image.image);
    painter.restore();
}

void drawAttribution(QPainter& painter, const MapView& view, const QString& text, double fontScale)
{
    if (text.isEmpty() || !view.isValid())
        return;
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(7.0 * fontScale);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const double pad = metrics.height() * 0.25;
    const QSizeF box(metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + pad);
    const QRectF plate(QPointF(view.pixelSize().width() - box.width(), view.pixelSize().height() - box.height()), box);
    painter.fillRect(plate, QColor(255, 255, 255, 200));
    painter.setPen(QColor(60, 60, 60));
    painter.drawText(plate, Qt::AlignCenter, text);
    painter.restore();
}

}  // namespace pearlzone::render
