#pragma once
// CrowdRaster: parcels past a report page's budget of vector shapes, drawn through the span
// raster as a crowded screen draws them.

#include <QImage>
#include <QPolygonF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

#include <array>
#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

namespace pearlzone::render {

class ParcelRaster;

// A crowd of parcels drawn through the span raster (render/parcel_raster.h) over a view:
// translucent fills, and outlines where a parcel is kOutlinePixels or more, as the screen
// draws a crowd, at any number of parcels in the memory of the raster's pixels. Parcels are
// gathered per verdict and drawn in batches, so that the raster settles each verdict's fills
// once a batch, in whatever order they come. The raster has a pixel per kCrowdPixels of the
// view's: on a report page 150 dpi, which a crowd of outlines 0.17 mm wide reads well at;
// at 300 dpi the span raster's rows and outline pixels took 6 s for a million parcels.
constexpr double kCrowdPixels = 2.0;

class CrowdRaster {
public:
    // pixels: the view's size; worldToPixels: from the world to the view's pixels.
    CrowdRaster(QSizeF pixels, const QTransform& worldToPixels);
    ~CrowdRaster();
    CrowdRaster(const CrowdRaster&) = delete;
    CrowdRaster& operator=(const CrowdRaster&) = delete;
    // rings in world coordinates; slot: pass, review, fail, error, unchecked.
    void add(const std::vector<QPolygonF>& rings, std::size_t slot, bool outlines = true);
    // A parcel known by its box: filled, never outlined (its outline is not the box's).
    void addBox(const QRectF& box, std::size_t slot);
    std::size_t count() const { return count_; }
    const std::array<bool, 5>& verdictSlots() const { return slots_; }
    // The parcels drawn (null when none), and where it goes in the view's pixels.
    QImage image(QRectF& target);

private:
    struct Batch {
        std::vector<QPointF> points;  // pixels
        std::vector<int> ringEnds;    // into points
        std::vector<std::pair<std::size_t, bool>> parcels;  // the end of its rings in ringEnds; outlined
    };
    void flush();
    void waitDrawn();
    void drawHanded();  // the drawing thread's loop
    static void draw(ParcelRaster& raster, const std::array<Batch, 5>& batches);
    QTransform toPixels_;
    std::unique_ptr<ParcelRaster> raster_;
    std::array<Batch, 5> batches_;
    std::size_t pending_ = 0;  // points in the batches
    std::size_t count_ = 0;
    std::array<bool, 5> slots_{};
    // One thread draws the batches handed on, one at a time, for the raster's life (started
    // at the first batch): not a thread per batch.
    std::thread drawer_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::optional<std::array<Batch, 5>> handed_;  // handed on and not yet drawn
    bool stopping_ = false;
};

}  // namespace pearlzone::render
