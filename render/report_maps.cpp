#include "render/report_maps.h"

#include "render/map_style.h"
#include "render/pdf_pages.h"

#include <algorithm>
#include <cmath>

namespace pearlzone::render {

namespace {

constexpr std::size_t kMostShapes = 20000;  // more legible parcels than this: the rest are raster too

}  // namespace

PageParcels::~PageParcels() = default;

void PageParcels::add(const ParcelShape& shape, core::Verdict verdict)
{
    const auto& box = shape.box;
    const std::size_t slot = verdictSlot(verdict);
    if (shape.rings.empty() || (box.width() < dotSize_ && box.height() < dotSize_)) {
        dots_->bySlot[slot].emplace_back(QPointF(box.minX, box.minY), QPointF(box.maxX, box.maxY));
    } else if (legible_.size() < kMostShapes) {
        legible_.push_back(shape);
        legible_.back().verdict = verdict;
    } else if (frame_) {
        // A crowd of shapes is no more legible than its raster and makes a PDF no viewer opens.
        if (!crowd_)
            crowd_ = std::make_unique<CrowdRaster>(frame_->pixels, frame_->worldToPixels);
        crowd_->add(shape.rings, slot);
    } else {
        dots_->crowdBoxes[slot].emplace_back(QPointF(box.minX, box.minY), QPointF(box.maxX, box.maxY));
    }
}

MapScene PageParcels::sceneOver(const MapScene& background)
{
    MapScene scene = background;
    scene.parcelLayers.clear();
    scene.parcelLayers.push_back(std::make_shared<ParcelLayer>(QString(), std::move(legible_)));
    legible_.clear();
    if (crowd_) {
        dots_->image = crowd_->image(dots_->imageRect);
        dots_->imageSlots = crowd_->verdictSlots();
        dots_->imageCount = crowd_->count();
        crowd_.reset();
    }
    return scene;
}

void SizeHistogram::add(double metres)
{
    const double quarterOctaves = std::floor(4.0 * std::log2(std::max(metres, 1e-9))) + 24;  // 2^-6 m: bin 0
    bins_[static_cast<std::size_t>(std::clamp(quarterOctaves, 0.0, kBins - 1.0))] += 1;
    ++count_;
}

double SizeHistogram::median() const
{
    std::int64_t seen = 0;
    for (int bin = 0; bin < kBins; ++bin) {
        seen += bins_[static_cast<std::size_t>(bin)];
        if (2 * seen >= count_ && count_ > 0)
            return std::exp2((bin - 24 + 0.5) / 4.0);  // the bin's middle
    }
    return 0.0;
}

ZoneMaps::ZoneMaps(const MapScene& background, QSizeF frame)
{
    for (const auto& zone : background.zones) {
        if (zone.box.isEmpty())
            continue;
        const double scale = pdf::mapScale(zone.box, frame);
        const double metresPerPixel = scale * pdf::kMetresPerInch / pdf::kDotsPerInch;
        const MapView view(frame, QPointF(0.5 * (zone.box.minX + zone.box.maxX), 0.5 * (zone.box.minY + zone.box.maxY)), metresPerPixel);
        pages_.push_back({zone.zoneId, zone.nameZh, zone.nameEn, zone.box, scale, view.extent(),
                          PageParcels(kDotPixels * metresPerPixel, PageFrame{frame, view.worldToScreen()}), {}});
    }
}

void ZoneMaps::add(const core::ParcelResult& result, const ParcelShape& shape)
{
    for (ZoneMapPage& page : pages_) {
        if (!shape.rings.empty() && page.zoneId == result.zoneId)
            page.sizes.add(std::max(shape.box.width(), shape.box.height()));
        if (page.shown.intersects(shape.box))
            page.parcels.add(shape, result.verdict);
    }
}

std::vector<std::size_t> ZoneMaps::chosen(double overviewScale) const
{
    std::vector<std::size_t> zones;
    for (std::size_t i = 0; i < pages_.size(); ++i) {
        const ZoneMapPage& page = pages_[i];
        const double medianOnPaper = page.sizes.median() / overviewScale * 1000.0;  // millimetres
        if (page.sizes.count() > 0 && medianOnPaper < kSmallOnPaper && page.scale * kLeastZoom <= overviewScale)
            zones.push_back(i);
    }
    return zones;
}

}  // namespace pearlzone::render
