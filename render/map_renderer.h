#pragma once
// renderMap: draws a MapScene onto any QPainter (a canvas image, a PDF page) for a view.
// Parcels smaller than a couple of pixels are drawn as dots into one verdict raster (a pixel
// image under the labels, in the colour of the most pressing verdict there), the rest are
// filled one union per verdict and outlined only from kOutlinePixels up (render/parcel_drawing.h),
// and only parcels in view are touched (through the layers' spatial indexes), so a million
// parcels stay quick on screen and a PDF of them stays small.

#include "render/map_scene.h"
#include "render/map_view.h"

#include <QImage>
#include <QPainter>
#include <QTransform>

#include <array>
#include <atomic>
#include <future>
#include <memory>
#include <set>
#include <utility>
#include <vector>

namespace pearlzone::render {

struct BasemapImage;

class ParcelRaster;

// What a report page keeps of the parcels it does not draw as vector shapes, by verdict slot
// (pass, review, fail, error, unchecked; EPSG:4547):
// - bySlot: the boxes of parcels too small to draw as shapes, drawn into the verdict raster
//   with the rest (a point parcel is a box of no size);
// - the crowd, legible parcels past the page's budget of vector shapes, drawn as a crowded
//   screen draws them (CrowdRaster): image, their shapes drawn already (where it goes in the
//   view's pixels: imageRect), and crowdBoxes, those known only by their boxes.
struct ParcelDots {
    std::array<std::vector<QRectF>, 5> bySlot;
    std::array<std::vector<QRectF>, 5> crowdBoxes;
    QImage image;
    QRectF imageRect;
    std::array<bool, 5> imageSlots{};  // the verdicts in image, for the legend
    std::size_t imageCount = 0;        // parcels in image
};

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
    static void draw(ParcelRaster& raster, const std::array<Batch, 5>& batches);
    QTransform toPixels_;
    std::unique_ptr<ParcelRaster> raster_;
    std::array<Batch, 5> batches_;
    std::size_t pending_ = 0;  // points in the batches
    std::size_t count_ = 0;
    std::array<bool, 5> slots_{};
    std::future<void> drawing_;  // the batches handed on last
};

using LabelLanguage = core::Language;  // one language enum, core's

struct RenderSettings {
    LabelLanguage language = LabelLanguage::Chinese;
    bool showWater = true;
    bool showZones = true;
    bool showSubareas = true;
    bool showLabels = true;
    std::vector<bool> parcelLayerVisible;                  // by layer index; missing: visible
    std::vector<bool> constraintLayerVisible;              // by constraint layer index; missing: visible
    std::set<std::pair<std::size_t, std::size_t>> selected;  // (layer, parcel) to highlight
    double fontScale = 1.0;                               // for print surfaces
    std::shared_ptr<const BasemapImage> basemap;          // drawn under everything, with its attribution
    std::shared_ptr<const ParcelDots> dots;               // drawn with the parcel layers
};

// Returns false when cancel became true before the drawing was complete.
bool renderMap(QPainter& painter, const MapView& view, const MapScene& scene, const RenderSettings& settings,
               const std::atomic<bool>* cancel = nullptr);

}  // namespace pearlzone::render
