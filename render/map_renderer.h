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

#include <array>
#include <atomic>
#include <memory>
#include <set>
#include <utility>
#include <vector>

namespace pearlzone::render {

struct BasemapImage;

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
