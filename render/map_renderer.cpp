#include "render/map_renderer.h"

#include "render/basemap_layer.h"
#include "render/crowd_raster.h"
#include "render/map_style.h"
#include "render/parcel_drawing.h"

#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>

namespace pearlzone::render {

namespace {

// This many dots may hide the zones: outline them again.
constexpr std::size_t kCrowdedDots = 1000;

bool isCancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

void drawLabel(QPainter& painter, const QString& text, QPointF at, const QFont& font, const QColor& colour,
               const QRectF& frame, std::vector<QRectF>& taken)
{
    const QFontMetricsF metrics(font);
    QRectF box = metrics.boundingRect(text);
    box.adjust(-3, -2, 3, 2);
    // The anchor first, then just below and above it: a label never covers another and is never
    // cut by the map's frame; it is left out only when none of its places is free and whole.
    const double step = box.height() * 1.1;
    bool placed = false;
    for (const QPointF offset : {QPointF(0, 0), QPointF(0, step), QPointF(0, -step), QPointF(0, 2 * step)}) {
        box.moveCenter(at + offset);
        const bool free = frame.contains(box) &&
                          std::none_of(taken.begin(), taken.end(), [&](const QRectF& other) { return other.intersects(box); });
        if (free) {
            placed = true;
            break;
        }
    }
    if (!placed)
        return;
    taken.push_back(box);
    QPainterPath path;
    path.addText(box.left() + 3, box.top() + 2 + metrics.ascent(), font, text);
    painter.setPen(QPen(QColor(255, 255, 255, 220), 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);  // a white halo keeps the text legible over any fill
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawPath(path);
}

// The crowd past a page's budget of shapes (ParcelDots): its image, and its boxes drawn now.
// Returns how many parcels it holds.
std::size_t drawCrowd(QPainter& painter, const MapView& view, const ParcelDots& dots)
{
    std::size_t count = 0;
    if (!dots.image.isNull()) {
        painter.drawImage(dots.imageRect, dots.image);
        count += dots.imageCount;
    }
    if (std::all_of(dots.crowdBoxes.begin(), dots.crowdBoxes.end(), [](const auto& boxes) { return boxes.empty(); }))
        return count;
    CrowdRaster crowd(view.pixelSize(), view.worldToScreen());
    const gis::Envelope visible = view.extent();
    for (std::size_t slot = 0; slot < dots.crowdBoxes.size(); ++slot) {
        for (const QRectF& box : dots.crowdBoxes[slot]) {
            if (box.right() >= visible.minX && box.left() <= visible.maxX && box.bottom() >= visible.minY && box.top() <= visible.maxY)
                crowd.addBox(box, slot);
        }
    }
    QRectF target;
    if (const QImage image = crowd.image(target); !image.isNull())
        painter.drawImage(target, image);
    return count + crowd.count();
}

}  // namespace

bool renderMap(QPainter& painter, const MapView& view, const MapScene& scene, const RenderSettings& settings,
               const std::atomic<bool>* cancel)
{
    if (!view.isValid())
        return true;
    painter.save();
    // Drawing composes with the caller's transform, so a map can go into a frame on a page.
    const QTransform base = painter.transform();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.fillRect(QRectF(QPointF(0, 0), view.pixelSize()), paperColour());
    if (settings.basemap)
        drawBasemapImage(painter, view, *settings.basemap);
    const gis::Envelope visible = view.extent();
    const QTransform toScreen = view.worldToScreen() * base;

    if (settings.showWater) {
        painter.setTransform(toScreen);
        painter.setBrush(waterColour());
        painter.setPen(cosmeticPen(waterOutline(), 0.8));
        for (const auto& water : scene.water)
            painter.drawPath(water.path);
    }
    if (settings.showZones) {
        painter.setTransform(toScreen);
        for (const auto& zone : scene.zones) {
            if (!zone.box.intersects(visible))
                continue;
            QColor fill = zone.colour;
            fill.setAlpha(60);
            painter.setBrush(fill);
            painter.setPen(cosmeticPen(zone.colour.darker(120), 1.8));
            painter.drawPath(zone.path);
        }
    }
    if (settings.showSubareas) {
        painter.setTransform(toScreen);
        painter.setBrush(Qt::NoBrush);
        for (const auto& subarea : scene.subareas) {
            if (subarea.box.intersects(visible)) {
                painter.setPen(cosmeticPen(subarea.colour.darker(160), 1.2, Qt::DashLine));
                painter.drawPath(subarea.path);
            }
        }
    }
    painter.setTransform(base);
    for (std::size_t i = 0; i < scene.constraintLayers.size(); ++i) {
        if (i >= settings.constraintLayerVisible.size() || settings.constraintLayerVisible[i])
            drawConstraintLayer(painter, view, *scene.constraintLayers[i], base);
    }
    if (isCancelled(cancel)) {
        painter.restore();
        return false;
    }

    bool complete = true;
    VerdictRaster dots(view.pixelSize().toSize());
    for (std::size_t i = 0; i < scene.parcelLayers.size() && complete; ++i) {
        const bool shown = i >= settings.parcelLayerVisible.size() || settings.parcelLayerVisible[i];
        if (shown)
            drawParcels(painter, view, *scene.parcelLayers[i], i, settings, cancel, complete, base, dots);
    }
    if (settings.dots && complete) {
        for (std::size_t slot = 0; slot < settings.dots->bySlot.size(); ++slot) {
            for (const QRectF& box : settings.dots->bySlot[slot]) {
                if (box.right() >= visible.minX && box.left() <= visible.maxX && box.bottom() >= visible.minY && box.top() <= visible.maxY)
                    dots.add(view.worldToScreen().mapRect(box), slot);
            }
        }
    }
    if (!complete || isCancelled(cancel)) {
        painter.restore();
        return false;
    }
    // A crowd past a report page's budget of shapes, then dots in screen space, so that they
    // stay 2 pixels whatever the zoom, under the labels; a crowd of them hides the zones' fills, so the zones' outlines go on top again.
    painter.setTransform(base);
    const std::size_t crowd = settings.dots ? drawCrowd(painter, view, *settings.dots) : 0;
    dots.draw(painter);
    if (dots.count() + crowd >= kCrowdedDots && settings.showZones) {
        painter.setTransform(toScreen);
        painter.setBrush(Qt::NoBrush);
        for (const auto& zone : scene.zones) {
            if (zone.box.intersects(visible)) {
                painter.setPen(cosmeticPen(QColor(255, 255, 255, 230), 3.6));  // a halo, so the line shows on any verdict
                painter.drawPath(zone.path);
                painter.setPen(cosmeticPen(zone.colour.darker(150), 1.8));
                painter.drawPath(zone.path);
            }
        }
        painter.setTransform(base);
    }

    if (settings.showLabels) {
        const bool zh = settings.language == LabelLanguage::Chinese;
        QFont zoneFont = painter.font();
        zoneFont.setPointSizeF(11.0 * settings.fontScale);
        zoneFont.setBold(true);
        QFont subareaFont = painter.font();
        subareaFont.setPointSizeF(9.0 * settings.fontScale);
        const QRectF frame(QPointF(0, 0), view.pixelSize());
        std::vector<QRectF> taken;
        if (settings.showZones) {
            for (const auto& zone : scene.zones) {
                if (zone.box.intersects(visible))
                    drawLabel(painter, zh ? zone.nameZh : zone.nameEn,
                              view.toScreen(zone.labelAnchor.x(), zone.labelAnchor.y()), zoneFont,
                              zone.colour.darker(170), frame, taken);
            }
        }
        if (settings.showSubareas) {
            for (const auto& subarea : scene.subareas) {
                if (subarea.box.intersects(visible))
                    drawLabel(painter, zh ? subarea.nameZh : subarea.nameEn,
                              view.toScreen(subarea.labelAnchor.x(), subarea.labelAnchor.y()) + QPointF(0, 18 * settings.fontScale),
                              subareaFont, subarea.colour.darker(200), frame, taken);
            }
        }
    }
    if (settings.basemap)
        drawAttribution(painter, view, settings.basemap->attribution, settings.fontScale);
    painter.restore();
    return true;
}

}  // namespace pearlzone::render
