#include "render/map_renderer.h"

#include "render/basemap_layer.h"
#include "render/map_style.h"

#include <QFontMetricsF>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>

namespace pearlzone::render {

namespace {

constexpr double kPointParcelPixels = 2.0;  // below this size a parcel is drawn as a point
// A view holding this many parcels is a crowd: anti-aliasing costs most of the time and shows
// little, and parcels up to 4 px read as dots anyway.
constexpr std::size_t kDenseParcels = 20000;
constexpr std::size_t kAntialiasedParcels = 3000;  // anti-aliased fills only for sparse views
constexpr double kDensePointPixels = 4.0;
constexpr std::size_t kCancelCheckEvery = 4096;
constexpr std::size_t kCrowdedDots = 1000;
constexpr double kOutlinePixels = 12.0;  // smaller parcels are filled without an outline (it would hide the fill)  // this many dots may hide the zones: outline them again

bool isCancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

QPen cosmeticPen(const QColor& colour, double width, Qt::PenStyle style = Qt::SolidLine)
{
    QPen pen(colour, width, style);
    pen.setCosmetic(true);
    return pen;
}

int verdictSlot(const std::optional<core::Verdict>& verdict) { return verdict ? static_cast<int>(*verdict) : 4; }

std::optional<core::Verdict> verdictOfSlot(std::size_t slot)
{
    return slot < 4 ? std::optional<core::Verdict>(static_cast<core::Verdict>(slot)) : std::nullopt;
}

QRectF boxRect(const gis::Envelope& box)
{
    if (box.isEmpty())
        return QRectF(QPointF(), QSizeF(0, 0));
    return QRectF(QPointF(box.minX, box.minY), QPointF(box.maxX, box.maxY));
}

// The dots of parcels too small to draw, as one image in screen pixels: each dot a 2 x 2
// pixel block in its verdict's colour; where dots meet, the most pressing verdict shows (fail
// over review over error over pass over unchecked), so a crowd of passes never hides a fail.
class VerdictRaster {
public:
    explicit VerdictRaster(QSize size) : size_(size) {}

    // screen: the parcel's box in pixels; at least a dot of 2 x 2 pixels around its centre.
    void add(const QRectF& screen, std::size_t slot)
    {
        static constexpr std::array<std::uint8_t, 5> rankOfSlot = {2, 4, 5, 3, 1};  // pass, review, fail, error, unchecked
        const double width = std::max(screen.width(), kPointParcelPixels);
        const double height = std::max(screen.height(), kPointParcelPixels);
        const QPointF centre = screen.center();
        const int left = static_cast<int>(std::floor(centre.x() - 0.5 * width + 0.5));
        const int top = static_cast<int>(std::floor(centre.y() - 0.5 * height + 0.5));
        const QRect block = QRect(left, top, static_cast<int>(std::lround(width)), static_cast<int>(std::lround(height))) &
                            QRect(QPoint(0, 0), size_);
        if (block.isEmpty())
            return;
        ++count_;
        if (ranks_.empty())
            ranks_.assign(static_cast<std::size_t>(size_.width()) * static_cast<std::size_t>(size_.height()), 0);
        const std::uint8_t rank = rankOfSlot[slot];
        for (int y = block.top(); y <= block.bottom(); ++y) {
            for (int x = block.left(); x <= block.right(); ++x) {
                std::uint8_t& cell = ranks_[static_cast<std::size_t>(y) * static_cast<std::size_t>(size_.width()) + static_cast<std::size_t>(x)];
                cell = std::max(cell, rank);
            }
        }
        touched_ |= block;
    }

    std::size_t count() const { return count_; }

    // Draws the dots at the painter's current (screen) transform.
    void draw(QPainter& painter) const
    {
        if (touched_.isEmpty())
            return;
        static constexpr std::array<std::size_t, 6> slotOfRank = {0, 4, 0, 3, 1, 2};
        std::array<QRgb, 6> colours{};
        for (std::size_t rank = 1; rank < colours.size(); ++rank)
            colours[rank] = verdictColour(verdictOfSlot(slotOfRank[rank])).rgba();
        QImage image(touched_.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        for (int y = 0; y < touched_.height(); ++y) {
            const std::uint8_t* row = ranks_.data() + static_cast<std::size_t>(y + touched_.top()) * static_cast<std::size_t>(size_.width());
            auto* out = reinterpret_cast<QRgb*>(image.scanLine(y));
            for (int x = 0; x < touched_.width(); ++x) {
                if (const std::uint8_t rank = row[x + touched_.left()])
                    out[x] = colours[rank];
            }
        }
        painter.drawImage(touched_.topLeft(), image);
    }

private:
    QSize size_;
    std::vector<std::uint8_t> ranks_;  // 0: no dot, else the rank of the most pressing verdict
    QRect touched_;
    std::size_t count_ = 0;
};

void drawParcels(QPainter& painter, const MapView& view, const ParcelLayer& layer, std::size_t layerIndex,
                 const RenderSettings& settings, const std::atomic<bool>* cancel, bool& complete, const QTransform& base,
                 VerdictRaster& dots)
{
    const gis::Envelope visible = view.extent();
    const std::vector<std::size_t> inView = layer.query(visible);
    const bool dense = inView.size() > kDenseParcels;
    const double minWorld = (dense ? kDensePointPixels : kPointParcelPixels) * view.metresPerPixel();
    if (isCancelled(cancel)) {
        complete = false;
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing, inView.size() <= kAntialiasedParcels);
    // Parcels big enough to draw, one batch per verdict and per style: outlined only where the
    // outline shows (a parcel over kOutlinePixels), filled alone below that.
    std::array<std::vector<std::size_t>, 5> outlined;
    std::array<std::vector<std::size_t>, 5> filled;
    const double outlineWorld = kOutlinePixels * view.metresPerPixel();
    const QTransform toScreen = view.worldToScreen();
    for (std::size_t index : inView) {
        const gis::Envelope& box = layer.box(index);
        const auto slot = static_cast<std::size_t>(verdictSlot(layer.verdict(index)));
        if (layer.ringCount(index) == 0 || (box.width() < minWorld && box.height() < minWorld))
            dots.add(toScreen.mapRect(boxRect(box)), slot);
        else if (box.width() >= outlineWorld || box.height() >= outlineWorld)
            outlined[slot].push_back(index);
        else
            filled[slot].push_back(index);
    }
    // One pen and brush per batch: setting them per parcel costs more than the drawing.
    std::size_t n = 0;
    QPainterPath path;
    // At a plain scale (the screen's case) each ring is mapped here into one reused buffer and
    // drawn at the identity: Qt's own mapping per call costs more than the arithmetic.
    const QTransform full = view.worldToScreen() * base;
    const bool screenSpace = full.type() <= QTransform::TxScale;
    const double sx = full.m11(), sy = full.m22(), dx = full.dx(), dy = full.dy();
    std::vector<QPointF> screen;
    const auto ringPoints = [&](std::size_t index, std::size_t r) {
        const ParcelRing ring = layer.ring(index, r);
        if (!screenSpace)
            return ring;
        screen.resize(static_cast<std::size_t>(ring.count));
        for (int i = 0; i < ring.count; ++i)
            screen[static_cast<std::size_t>(i)] = QPointF(ring.points[i].x() * sx + dx, ring.points[i].y() * sy + dy);
        return ParcelRing{screen.data(), ring.count};
    };
    painter.setTransform(screenSpace ? QTransform() : full);
    const auto drawBatch = [&](const std::vector<std::size_t>& batch) {
        for (std::size_t index : batch) {
            if (++n % kCancelCheckEvery == 0 && isCancelled(cancel)) {
                complete = false;
                return;
            }
            if (layer.ringCount(index) == 1) {
                const ParcelRing ring = ringPoints(index, 0);
                painter.drawPolygon(ring.points, ring.count);
            } else {
                path.clear();
                path.setFillRule(Qt::OddEvenFill);
                for (std::size_t r = 0; r < layer.ringCount(index); ++r) {
                    const ParcelRing ring = ringPoints(index, r);
                    path.addPolygon(QPolygonF(QList<QPointF>(ring.points, ring.points + ring.count)));
                }
                painter.drawPath(path);
            }
        }
    };
    for (std::size_t slot = 0; slot < outlined.size() && complete; ++slot) {
        const std::optional<core::Verdict> verdict = verdictOfSlot(slot);
        const QColor colour = verdictColour(verdict);
        QColor fill = colour;
        fill.setAlpha(150);
        if (verdict && !filled[slot].empty()) {
            painter.setBrush(fill);
            painter.setPen(Qt::NoPen);
            drawBatch(filled[slot]);
        }
        painter.setBrush(verdict ? QBrush(fill) : QBrush(Qt::NoBrush));
        painter.setPen(cosmeticPen(colour.darker(140), 1.0));
        drawBatch(verdict ? outlined[slot] : filled[slot]);
        if (!verdict)
            drawBatch(outlined[slot]);
    }
    if (!complete)
        return;
    // The selection on top, as outlines that stand out from every verdict colour.
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setTransform(view.worldToScreen() * base);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(cosmeticPen(QColor(0x00, 0xb7, 0xff), 2.5));
    for (const auto& [selectedLayer, selectedParcel] : settings.selected) {
        if (selectedLayer != layerIndex || selectedParcel >= layer.size())
            continue;
        for (std::size_t r = 0; r < layer.ringCount(selectedParcel); ++r) {
            const ParcelRing ring = layer.ring(selectedParcel, r);
            painter.drawPolygon(ring.points, ring.count);
        }
        if (layer.ringCount(selectedParcel) == 0)
            painter.drawEllipse(layer.point(selectedParcel), 4 * view.metresPerPixel(), 4 * view.metresPerPixel());
    }
    painter.setTransform(base);
}

void drawLabel(QPainter& painter, const QString& text, QPointF at, const QFont& font, const QColor& colour,
               std::vector<QRectF>& taken)
{
    const QFontMetricsF metrics(font);
    QRectF box = metrics.boundingRect(text);
    box.adjust(-3, -2, 3, 2);
    // The anchor first, then just below and above it: a label never covers another, and is
    // left out only when none of its places is free.
    const double step = box.height() * 1.1;
    bool placed = false;
    for (const QPointF offset : {QPointF(0, 0), QPointF(0, step), QPointF(0, -step), QPointF(0, 2 * step)}) {
        box.moveCenter(at + offset);
        const bool free = std::none_of(taken.begin(), taken.end(), [&](const QRectF& other) { return other.intersects(box); });
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
    // Dots in screen space, so that they stay 2 pixels whatever the zoom, under the labels;
    // a crowd of them hides the zones' fills, so the zones' outlines go on top again.
    painter.setTransform(base);
    dots.draw(painter);
    if (dots.count() >= kCrowdedDots && settings.showZones) {
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
        std::vector<QRectF> taken;
        if (settings.showZones) {
            for (const auto& zone : scene.zones) {
                if (zone.box.intersects(visible))
                    drawLabel(painter, zh ? zone.nameZh : zone.nameEn,
                              view.toScreen(zone.labelAnchor.x(), zone.labelAnchor.y()), zoneFont,
                              zone.colour.darker(170), taken);
            }
        }
        if (settings.showSubareas) {
            for (const auto& subarea : scene.subareas) {
                if (subarea.box.intersects(visible))
                    drawLabel(painter, zh ? subarea.nameZh : subarea.nameEn,
                              view.toScreen(subarea.labelAnchor.x(), subarea.labelAnchor.y()) + QPointF(0, 18 * settings.fontScale),
                              subareaFont, subarea.colour.darker(200), taken);
            }
        }
    }
    if (settings.basemap)
        drawAttribution(painter, view, settings.basemap->attribution, settings.fontScale);
    painter.restore();
    return true;
}

}  // namespace pearlzone::render
