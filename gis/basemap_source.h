#pragma once
// BasemapSource: draws a basemap (web tiles or a local tile file) for a part of the map,
// reprojected to EPSG:4547, through GDAL alone: the WMS driver fetches and caches web tiles,
// the MBTiles and GPKG drivers read tile files, and gdalwarp reprojects and composites them.
// The tile level is the one whose resolution is nearest the output's. Each render opens its
// own datasets, so a source may be shared between threads; a render blocks its thread while
// tiles are fetched (call it off the GUI thread).

#include "gis/basemap_spec.h"
#include "gis/envelope.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <vector>

namespace pearlzone::gis {

struct RgbaImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;  // R, G, B, A per pixel, row by row, not premultiplied

    bool isEmpty() const { return pixels.empty(); }
    std::size_t coveredPixels() const;  // pixels with any opacity
};

struct BasemapOptions {
    std::string cacheDirectory;                    // web tiles are kept here; "" keeps none
    std::uintmax_t cacheMaxBytes = 512ull << 20;   // the folder is trimmed to this after a render
    std::string tiandituKey;
    int timeoutSeconds = 8;                        // per request, so a dead server fails fast
};

enum class BasemapStatus {
    Complete,       // every tile came (from the server, the cache or the file)
    FromCacheOnly,  // the server could not be reached: what the cache held is drawn
    Unavailable,    // nothing could be had: the map is drawn without a basemap
    Cancelled,
};

struct BasemapRendering {
    BasemapStatus status = BasemapStatus::Unavailable;
    RgbaImage image;     // covers the extent asked for; empty when Unavailable or Cancelled
    int zoom = -1;       // the tile level drawn (web sources)
    std::string reason;  // the library's explanation when not Complete ("Couldn't connect to server")
};

class BasemapSource {
public:
    // Throws gis::Error when the source cannot be used at all: a tile file that does not
    // exist or GDAL cannot read, 天地图 without a key.
    BasemapSource(BasemapSpec spec, BasemapOptions options);

    // The basemap over extent (EPSG:4547 metres) on width x height pixels. cacheOnly draws
    // only the web tiles already in the cache, with no request (FromCacheOnly), so a view can
    // show them at once while the rest arrive.
    BasemapRendering render(const Envelope& extent, int width, int height, const std::atomic<bool>* cancel = nullptr,
                            bool cacheOnly = false) const;

    // The web tile level whose ground resolution at latitude is nearest metresPerPixel.
    static int zoomFor(double metresPerPixel, double latitude, int maxZoom);

    const BasemapSpec& spec() const { return spec_; }
    const BasemapOptions& options() const { return options_; }
    // What the source's terms ask to be shown; for a tile file its own attribution, or its name.
    const std::string& attribution() const { return attribution_; }

private:
    BasemapSpec spec_;
    BasemapOptions options_;
    std::string attribution_;
};

}  // namespace pearlzone::gis
