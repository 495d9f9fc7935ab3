#include "render/crowd_raster.h"

#include "render/map_style.h"
#include "render/parcel_drawing.h"
#include "render/parcel_raster.h"

#include <algorithm>
#include <limits>

namespace pearlzone::render {

namespace {

constexpr std::size_t kCrowdBatchPoints = std::size_t(1) << 18;  // ~4 MB of points waiting

}  // namespace

CrowdRaster::CrowdRaster(QSizeF pixels, const QTransform& worldToPixels)
    : toPixels_(worldToPixels * QTransform::fromScale(1 / kCrowdPixels, 1 / kCrowdPixels)),
      raster_(std::make_unique<ParcelRaster>(QRect(QPoint(0, 0), (pixels / kCrowdPixels).toSize() + QSize(1, 1))))
{
}

CrowdRaster::~CrowdRaster()
{
    if (!drawer_.joinable())
        return;
    {
        const std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    drawer_.join();  // before the raster it draws into goes
}

void CrowdRaster::add(const std::vector<QPolygonF>& rings, std::size_t slot, bool outlines)
{
    Batch& batch = batches_[slot];
    const std::size_t first = batch.points.size();
    double left = std::numeric_limits<double>::infinity(), top = left, right = -left, bottom = -left;
    for (const QPolygonF& ring : rings) {
        for (const QPointF& world : ring) {
            const QPointF p = toPixels_.map(world);
            batch.points.push_back(p);
            left = std::min(left, p.x());
            right = std::max(right, p.x());
            top = std::min(top, p.y());
            bottom = std::max(bottom, p.y());
        }
        batch.ringEnds.push_back(static_cast<int>(batch.points.size()));
    }
    batch.parcels.emplace_back(batch.ringEnds.size(), outlines && (right - left >= kOutlinePixels / kCrowdPixels || bottom - top >= kOutlinePixels / kCrowdPixels));
    ++count_;
    slots_[slot] = true;
    pending_ += batch.points.size() - first;
    if (pending_ >= kCrowdBatchPoints)
        flush();
}

void CrowdRaster::addBox(const QRectF& box, std::size_t slot)
{
    add({QPolygonF(QRectF(box.topLeft(), box.bottomRight()))}, slot, false);
}

void CrowdRaster::flush()
{
    // The raster draws a batch on a thread of its own while the next one gathers: the
    // report's parcels come on the one thread that writes the check's results in order.
    if (!drawer_.joinable())
        drawer_ = std::thread([this] { drawHanded(); });
    {
        std::unique_lock<std::mutex> lock(mutex_);
        changed_.wait(lock, [this] { return !handed_; });
        handed_ = std::move(batches_);
    }
    changed_.notify_all();
    batches_ = {};
    pending_ = 0;
}

void CrowdRaster::waitDrawn()
{
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return !handed_; });
}

void CrowdRaster::drawHanded()
{
    for (;;) {
        {
            std::unique_lock<std::mutex> lock(mutex_);
            changed_.wait(lock, [this] { return handed_ || stopping_; });
            if (!handed_)
                return;
        }
        draw(*raster_, *handed_);  // handed_ stays set, and so untouched by flush(), until drawn
        {
            const std::lock_guard<std::mutex> lock(mutex_);
            handed_.reset();
        }
        changed_.notify_all();
    }
}

void CrowdRaster::draw(ParcelRaster& raster, const std::array<Batch, 5>& batches)
{
    std::vector<QPointF> points;  // a parcel's
    std::vector<int> ends;
    for (std::size_t slot = 0; slot < batches.size(); ++slot) {
        const Batch& batch = batches[slot];
        std::size_t ringStart = 0, pointStart = 0;
        for (const auto& [ringEnd, outlined] : batch.parcels) {
            const auto pointEnd = static_cast<std::size_t>(ringEnd > ringStart ? batch.ringEnds[ringEnd - 1] : static_cast<int>(pointStart));
            points.assign(batch.points.begin() + static_cast<std::ptrdiff_t>(pointStart), batch.points.begin() + static_cast<std::ptrdiff_t>(pointEnd));
            ends.clear();
            for (std::size_t r = ringStart; r < ringEnd; ++r)
                ends.push_back(batch.ringEnds[r] - static_cast<int>(pointStart));
            raster.fill(points, ends, slot);
            if (outlined)
                raster.outline(points, ends, slot);
            ringStart = ringEnd;
            pointStart = pointEnd;
        }
    }
}

QImage CrowdRaster::image(QRectF& target)
{
    flush();
    waitDrawn();
    QPoint topLeft;
    QImage image = raster_->image(parcelRasterStyle(), topLeft);
    target = QRectF(QPointF(topLeft) * kCrowdPixels, QSizeF(image.size()) * kCrowdPixels);
    return image;
}

}  // namespace pearlzone::render
