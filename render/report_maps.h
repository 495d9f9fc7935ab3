#pragma once
// The check report's map pages (render/ only): the overview of every checked parcel, and a
// zoomed page per zone whose parcels are too small to see on the overview. Each page keeps
// its parcels as shapes where they are legible at its scale and as boxes for the verdict
// raster where not, so memory is 32 bytes per parcel and page plus a bounded number of shapes;
// a zone page's legible parcels past its budget of shapes go into a raster of its frame as
// they come (render/crowd_raster.h: CrowdRaster, ~7 MB for an A4 page, made only for a
// crowded page).
//
// The rule for a zone's page: the median longest side of the zone's polygon parcels (the
// parcels whose best zone it is) is under kSmallOnPaper millimetres on the overview, and the
// zone's own page shows them at least kLeastZoom times larger. Point parcels have no size and
// do not count.

#include "core/check_result.h"
#include "render/crowd_raster.h"
#include "render/map_renderer.h"
#include "render/map_scene.h"

#include <QSize>
#include <QSizeF>
#include <QTransform>

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pearlzone::render {

constexpr double kSmallOnPaper = 1.5;  // millimetres: a parcel smaller than this is hard to read
constexpr double kLeastZoom = 2.0;     // a zone page must enlarge the overview at least this much
// Parcels smaller than this on a map page (at 300 dpi, 0.34 mm) are raster, as on a crowded screen.
constexpr double kDotPixels = 4.0;

// A map page's frame in pixels at print resolution and where the world goes in it, when it is
// known before the parcels come (a zone's page).
struct PageFrame {
    QSizeF pixels;
    QTransform worldToPixels;
};

// The parcels of one map page.
class PageParcels {
public:
    explicit PageParcels(double dotSize, std::optional<PageFrame> frame = std::nullopt) : dotSize_(dotSize), frame_(frame) {}
    PageParcels(PageParcels&&) noexcept = default;
    PageParcels& operator=(PageParcels&&) noexcept = default;
    ~PageParcels();
    // Under dotSize (metres) either way: a box in the verdict raster. Beyond the first 20,000
    // shapes, the crowd (render/map_renderer.h): drawn at once into the page's crowd raster
    // when its frame is known, else kept as a box.
    void add(const ParcelShape& shape, core::Verdict verdict);
    // background with these parcels as its one parcel layer (the shapes are moved out; the
    // crowd raster becomes the dots' image).
    MapScene sceneOver(const MapScene& background);
    const std::shared_ptr<ParcelDots>& dots() const { return dots_; }

private:
    double dotSize_;
    std::optional<PageFrame> frame_;
    std::shared_ptr<ParcelDots> dots_ = std::make_shared<ParcelDots>();
    std::vector<ParcelShape> legible_;
    std::unique_ptr<CrowdRaster> crowd_;  // made with the first parcel of the crowd
};

// Sizes of a zone's parcels, counted in bins a quarter of an octave wide (a median within 9 %).
class SizeHistogram {
public:
    void add(double metres);
    std::int64_t count() const { return count_; }
    double median() const;  // metres; 0 when empty

private:
    static constexpr int kBins = 128;  // 2^-6 m to 2^26 m
    std::array<std::int64_t, kBins> bins_{};
    std::int64_t count_ = 0;
};

struct ZoneMapPage {
    std::string zoneId;
    QString nameZh;
    QString nameEn;
    gis::Envelope zoneBox;  // what the page centres and fits
    double scale = 0.0;     // its round scale (denominator)
    gis::Envelope shown;    // what its frame shows at that scale
    PageParcels parcels;
    SizeHistogram sizes;    // the zone's own polygon parcels
};

class ZoneMaps {
public:
    // frame: the map frame of a report page, device units (300 dpi).
    ZoneMaps(const MapScene& background, QSizeF frame);
    void add(const core::ParcelResult& result, const ParcelShape& shape);
    // The zones that get a page on an overview at scale overviewScale, in zone order.
    std::vector<std::size_t> chosen(double overviewScale) const;
    ZoneMapPage& page(std::size_t index) { return pages_[index]; }
    const ZoneMapPage& page(std::size_t index) const { return pages_[index]; }

private:
    std::vector<ZoneMapPage> pages_;
};

}  // namespace pearlzone::render
