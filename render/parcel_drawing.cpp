#include "render/parcel_drawing.h"

#include "render/map_style.h"
#include "render/parcel_raster.h"

#include <QPaintEngine>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>
#include <exception>
#include <thread>

namespace pearlzone::render {

namespace {

constexpr double kPointParcelPixels = 2.0;  // below this size a parcel is drawn as a dot
// A view holding this many parcels is a crowd: anti-aliasing costs most of the time and shows
// little, and parcels up to 4 px read as dots anyway.
constexpr std::size_t kDenseParcels = 20000;
constexpr std::size_t kAntialiasedParcels = 3000;  // anti-aliased fills only for sparse views
constexpr double kDensePointPixels = 4.0;
constexpr std::size_t kCancelCheckEvery = 4096;
// A crowd's raster is split in up to this many bands of rows, one a thread, when the device
// has at least twice kBandRows rows.
constexpr int kMostBands = 4;
constexpr int kBandRows = 128;
// A batch path holds about this many points at most: Qt keeps several copies of a path while
// it fills it (~100 bytes a point). Past it (only off a raster or in a sparse view of very
// detailed parcels) the next path begins, and parcels overlapping across two paths darken.
constexpr std::size_t kBatchPoints = 1 << 19;

QRectF boxRect(const gis::Envelope& box)
{
    if (box.isEmpty())
        return QRectF(QPointF(), QSizeF(0, 0));
    return QRectF(QPointF(box.minX, box.minY), QPointF(box.maxX, box.maxY));
}

bool isCancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

// Whether p lies inside the ring (crossing number: the even-odd rule).
bool ringContains(const ParcelRing& ring, QPointF p)
{
    bool inside = false;
    for (int i = 0, j = ring.count - 1; i < ring.count; j = i++) {
        const QPointF& a = ring.points[i];
        const QPointF& b = ring.points[j];
        if ((a.y() > p.y()) != (b.y() > p.y()) && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

// A parcel's rings written into batch paths in the frame the painter draws in: pixels at a
// plain scale (mapped here, which costs less than Qt's mapping per call), else world metres
// under the painter's transform. For fills every shell is turned to wind one way and every hole
// the other, so that a winding fill of many parcels is their union and still leaves each hole
// open: a parcel's ring is a hole when an odd number of its other rings hold it (the even-odd
// reading the map always had), whatever order the source's rings came in.
class RingWriter {
public:
    RingWriter(const ParcelLayer& layer, const QTransform& full)
        : layer_(layer), screenSpace_(full.type() <= QTransform::TxScale), sx_(full.m11()), sy_(full.m22()),
          dx_(full.dx()), dy_(full.dy())
    {
    }

    bool screenSpace() const { return screenSpace_; }

    // Adds the parcel's rings to a path filled with Qt::WindingFill.
    void addFill(QPainterPath& path, std::size_t parcel)
    {
        const std::size_t rings = layer_.ringCount(parcel);
        for (std::size_t r = 0; r < rings; ++r) {
            load(layer_.ring(parcel, r));
            const bool hole = rings > 1 && isHole(parcel, r);
            if ((twiceSignedArea() < 0) != hole)
                std::reverse(points_.begin(), points_.end());
            path.addPolygon(points_);
        }
    }

    // The parcel's rings, ring after ring, each ending at the index in ends.
    void load(std::size_t parcel, std::vector<QPointF>& points, std::vector<int>& ends)
    {
        points.clear();
        ends.clear();
        const std::size_t rings = layer_.ringCount(parcel);
        for (std::size_t r = 0; r < rings; ++r) {
            const ParcelRing ring = layer_.ring(parcel, r);
            for (int i = 0; i < ring.count; ++i)
                points.push_back(map(ring.points[i]));
            ends.push_back(static_cast<int>(points.size()));
        }
    }

    // Adds the parcel's rings, closed, to a path that is stroked.
    void addOutline(QPainterPath& path, std::size_t parcel)
    {
        for (std::size_t r = 0; r < layer_.ringCount(parcel); ++r) {
            load(layer_.ring(parcel, r));
            path.addPolygon(points_);
            path.closeSubpath();
        }
    }

private:
    void load(const ParcelRing& ring)
    {
        points_.resize(ring.count);
        QPointF* out = points_.data();
        for (int i = 0; i < ring.count; ++i)
            out[i] = map(ring.points[i]);
    }

    QPointF map(const QPointF& p) const { return screenSpace_ ? QPointF(p.x() * sx_ + dx_, p.y() * sy_ + dy_) : p; }

    // Of the ring loaded, relative to its first point (world coordinates are large).
    double twiceSignedArea() const
    {
        double sum = 0.0;
        const QPointF origin = points_.isEmpty() ? QPointF() : points_.front();
        for (qsizetype i = 0, j = points_.size() - 1; i < points_.size(); j = i++) {
            const QPointF a = points_[j] - origin;
            const QPointF b = points_[i] - origin;
            sum += a.x() * b.y() - b.x() * a.y();
        }
        return sum;
    }

    bool isHole(std::size_t parcel, std::size_t r) const
    {
        const ParcelRing ring = layer_.ring(parcel, r);
        if (ring.count == 0)
            return false;
        int holders = 0;
        for (std::size_t other = 0; other < layer_.ringCount(parcel); ++other) {
            if (other != r && ringContains(layer_.ring(parcel, other), ring.points[0]))
                ++holders;
        }
        return holders % 2 == 1;
    }

    const ParcelLayer& layer_;
    bool screenSpace_;
    double sx_, sy_, dx_, dy_;
    QPolygonF points_;  // reused for every ring
};

std::size_t pointCount(const ParcelLayer& layer, std::size_t parcel)
{
    std::size_t n = 0;
    for (std::size_t r = 0; r < layer.ringCount(parcel); ++r)
        n += static_cast<std::size_t>(layer.ring(parcel, r).count);
    return n;
}

// Draws a batch of one style, one path at a time: adds parcels through add and draws the path
// whenever it holds kBatchPoints (and at the end). Returns false when cancelled.
template <typename Add>
bool drawInPaths(QPainter& painter, const ParcelLayer& layer, const std::vector<std::size_t>& parcels, Add add,
                 const std::atomic<bool>* cancel)
{
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    std::size_t points = 0;
    for (std::size_t i = 0; i < parcels.size(); ++i) {
        if ((i + 1) % kCancelCheckEvery == 0 && isCancelled(cancel))
            return false;
        add(path, parcels[i]);
        points += pointCount(layer, parcels[i]);
        if (points >= kBatchPoints) {
            painter.drawPath(path);
            path.clear();
            path.setFillRule(Qt::WindingFill);
            points = 0;
        }
    }
    if (!path.isEmpty())
        painter.drawPath(path);
    return true;
}

using Batches = std::array<std::vector<std::size_t>, ParcelRaster::kSlots>;

// Through QPainter (vector surfaces, anti-aliased views): per verdict one union fill (a winding
// fill of all its parcels, shells and holes turned opposite ways), then its outlines.
bool drawAsPaths(QPainter& painter, const ParcelLayer& layer, const Batches& filled, const Batches& outlined,
                 RingWriter& writer, const QTransform& full, const std::atomic<bool>* cancel)
{
    painter.setTransform(writer.screenSpace() ? QTransform() : full);
    const auto addFill = [&](QPainterPath& path, std::size_t parcel) { writer.addFill(path, parcel); };
    const auto addOutline = [&](QPainterPath& path, std::size_t parcel) { writer.addOutline(path, parcel); };
    for (std::size_t slot = 0; slot < filled.size(); ++slot) {
        if (!filled[slot].empty()) {
            painter.setBrush(parcelFill(verdictOfSlot(slot)));
            painter.setPen(Qt::NoPen);
            if (!drawInPaths(painter, layer, filled[slot], addFill, cancel))
                return false;
        }
        if (!outlined[slot].empty()) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(cosmeticPen(parcelOutline(verdictOfSlot(slot)), 1.0));
            if (!drawInPaths(painter, layer, outlined[slot], addOutline, cancel))
                return false;
        }
    }
    return true;
}

// One band of rows of the device: the batches' parcels (those that reach it) filled and
// outlined into a raster of its own. Returns false when cancelled.
bool rasterBand(ParcelRaster& raster, const ParcelLayer& layer, const Batches& filled, const Batches& outlined,
                const QTransform& full, const std::atomic<bool>* cancel)
{
    RingWriter writer(layer, full);
    std::vector<QPointF> points;
    std::vector<int> ends;
    std::size_t n = 0;
    for (std::size_t slot = 0; slot < ParcelRaster::kSlots; ++slot) {
        for (const auto* batch : {&filled[slot], &outlined[slot]}) {
            for (std::size_t parcel : *batch) {
                if (++n % kCancelCheckEvery == 0 && isCancelled(cancel))
                    return false;
                writer.load(parcel, points, ends);
                if (batch == &filled[slot])
                    raster.fill(points, ends, slot);
                else
                    raster.outline(points, ends, slot);
            }
        }
    }
    return true;
}

// The bands of rows a crowd's raster is split in: up to kMostBands, one a thread, when the
// device has at least twice kBandRows rows. area: the device pixels of the view.
std::vector<QRect> rasterBands(const QRect& area)
{
    const int count = area.height() >= kBandRows * 2 ? std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, kMostBands) : 1;
    std::vector<QRect> bands;
    for (int b = 0; b < count; ++b) {
        const int top = area.top() + area.height() * b / count, bottom = area.top() + area.height() * (b + 1) / count;
        bands.emplace_back(area.left(), top, area.width(), bottom - top);
    }
    return bands;
}

// A crowd on a raster: the batches' fills and outlines as ParcelRasters, drawn as images. The
// device's rows are split in bands (areas), each with its own batches, rastered at once on
// their own threads (each band's memory stays small, and the cores share the work); a band
// marks exactly the pixels one raster of the whole device would. full maps the world to the
// device's pixels, ratio of them to a logical pixel.
bool drawAsRaster(QPainter& painter, const ParcelLayer& layer, const std::vector<QRect>& areas,
                  const std::vector<Batches>& filled, const std::vector<Batches>& outlined, const QTransform& full,
                  double ratio, const std::atomic<bool>* cancel)
{
    std::vector<ParcelRaster> bands(areas.begin(), areas.end());
    std::vector<char> done(bands.size(), 0);
    std::vector<std::exception_ptr> failures(bands.size());
    const auto work = [&](std::size_t b) {
        try {
            done[b] = rasterBand(bands[b], layer, filled[b], outlined[b], full, cancel) ? 1 : 0;
        } catch (...) {
            failures[b] = std::current_exception();
        }
    };
    std::vector<std::thread> helpers;
    for (std::size_t b = 1; b < bands.size(); ++b)
        helpers.emplace_back(work, b);
    work(0);
    for (std::thread& helper : helpers)
        helper.join();
    for (const std::exception_ptr& failure : failures) {
        if (failure)
            std::rethrow_exception(failure);
    }
    if (std::count(done.begin(), done.end(), 0) > 0)
        return false;
    const ParcelRaster::Style style = parcelRasterStyle();
    painter.setTransform(QTransform());
    for (ParcelRaster& band : bands) {
        QPoint topLeft;
        QImage image = band.image(style, topLeft);
        if (!image.isNull()) {
            image.setDevicePixelRatio(ratio);
            painter.drawImage(QPointF(topLeft) / ratio, image);
        }
    }
    return true;
}

}  // namespace

void VerdictRaster::add(const QRectF& screen, std::size_t slot)
{
    static constexpr std::array<std::uint8_t, 5> rankOfSlot = {2, 4, 5, 3, 1};  // pass, review, fail, error, unchecked
    const double width = std::max(screen.width(), kPointParcelPixels);
    const double height = std::max(screen.height(), kPointParcelPixels);
    const QPointF centre = screen.center();
    const int left = static_cast<int>(std::floor(centre.x() - 0.5 * width + 0.5));
    const int top = static_cast<int>(std::floor(centre.y() - 0.5 * height + 0.5));
    const QRect block =
        QRect(left, top, static_cast<int>(std::lround(width)), static_cast<int>(std::lround(height))) & QRect(QPoint(0, 0), size_);
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

void VerdictRaster::draw(QPainter& painter) const
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

void drawParcels(QPainter& painter, const MapView& view, const ParcelLayer& layer, std::size_t layerIndex,
                 const RenderSettings& settings, const std::atomic<bool>* cancel, bool& complete, const QTransform& base,
                 VerdictRaster& dots)
{
    const std::vector<std::size_t> inView = layer.query(view.extent());
    const bool dense = inView.size() > kDenseParcels;
    const double minWorld = (dense ? kDensePointPixels : kPointParcelPixels) * view.metresPerPixel();
    if (isCancelled(cancel)) {
        complete = false;
        return;
    }
    const bool antialiased = inView.size() <= kAntialiasedParcels;
    painter.setRenderHint(QPainter::Antialiasing, antialiased);
    const QTransform toScreen = view.worldToScreen();
    const QTransform full = toScreen * base;
    // A crowd on a raster device at a plain scale is rastered here, in the device's own pixels
    // (sharp on a high-DPI screen), in bands of rows; everything else goes through QPainter.
    const bool raster = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster && !antialiased &&
                        full.type() <= QTransform::TxScale;
    const double ratio = raster && painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
    const QTransform physical = full * QTransform::fromScale(ratio, ratio);
    const std::vector<QRect> bands =
        raster ? rasterBands(physical.mapRect(boxRect(view.extent())).toAlignedRect()) : std::vector<QRect>(1);
    // By verdict (and band): every parcel big enough to draw is filled (in one union), and those
    // over kOutlinePixels are outlined too. Unchecked parcels have no fill: all of them are
    // outlined. A parcel goes to each band its box's rows reach, a pixel wider for rounding.
    std::vector<Batches> filled(bands.size());
    std::vector<Batches> outlined(bands.size());
    const double outlineWorld = kOutlinePixels * view.metresPerPixel();
    const double sy = physical.m22(), dy = physical.dy();
    for (std::size_t index : inView) {
        const gis::Envelope& box = layer.box(index);
        const std::size_t slot = verdictSlot(layer.verdict(index));
        if (layer.ringCount(index) == 0 || (box.width() < minWorld && box.height() < minWorld)) {
            dots.add(toScreen.mapRect(boxRect(box)), slot);
            continue;
        }
        std::size_t firstBand = 0, lastBand = bands.size() - 1;
        if (bands.size() > 1) {
            const double y0 = box.minY * sy + dy, y1 = box.maxY * sy + dy;
            const double top = std::min(y0, y1) - 1.0, bottom = std::max(y0, y1) + 2.0;
            while (firstBand < lastBand && bands[firstBand].bottom() + 1 <= top)
                ++firstBand;
            while (lastBand > firstBand && bands[lastBand].top() > bottom)
                --lastBand;
        }
        const bool outline = !verdictOfSlot(slot) || box.width() >= outlineWorld || box.height() >= outlineWorld;
        for (std::size_t b = firstBand; b <= lastBand; ++b) {
            if (verdictOfSlot(slot))
                filled[b][slot].push_back(index);
            if (outline)
                outlined[b][slot].push_back(index);
        }
    }
    if (raster) {
        complete = drawAsRaster(painter, layer, bands, filled, outlined, physical, ratio, cancel);
    } else {
        RingWriter writer(layer, full);
        complete = drawAsPaths(painter, layer, filled.front(), outlined.front(), writer, full, cancel);
    }
    if (!complete) {
        painter.setTransform(base);
        return;
    }
    // The selection on top, as outlines that stand out from every verdict colour.
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setTransform(full);
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

}  // namespace pearlzone::render
