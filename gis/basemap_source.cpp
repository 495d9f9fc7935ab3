#include "gis/basemap_source.h"

#include "gis/chinese_web_crs.h"
#include "gis/crs_transform.h"
#include "gis/error.h"
#include "gis/gdal_handles.h"
#include "gis/tile_cache.h"
#include "gis/utf8_path.h"
#include "gis/wmts_service.h"

#include <cpl_error.h>
#include <cpl_string.h>
#include <gdal_utils.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <memory>

namespace pearlzone::gis {

namespace {

constexpr double kEarthRadius = 6378137.0;  // web Mercator's sphere
constexpr double kPi = 3.14159265358979323846;
constexpr double kLevelZeroResolution = 2 * kPi * kEarthRadius / 256;  // metres per pixel at the equator
constexpr int kGcpsPerSide = 9;          // the GCJ-02 shift is smooth: 81 points fit it to centimetres
constexpr double kGcpMargin = 0.1;       // the grid reaches this share beyond the extent

using DatasetOwner = std::unique_ptr<void, DatasetCloser>;

struct WarpOptionsFree {
    void operator()(GDALWarpAppOptions* options) const { GDALWarpAppOptionsFree(options); }
};
struct TranslateOptionsFree {
    void operator()(GDALTranslateOptions* options) const { GDALTranslateOptionsFree(options); }
};

// Collects the errors GDAL raises on this thread while it lives (GDAL's own handler is
// silent; these explain a failed render).
class ErrorCollector {
public:
    ErrorCollector() { CPLPushErrorHandlerEx(&ErrorCollector::handle, this); }
    ~ErrorCollector() { CPLPopErrorHandler(); }
    ErrorCollector(const ErrorCollector&) = delete;
    ErrorCollector& operator=(const ErrorCollector&) = delete;

    // The most telling failure: a tile request's own error, else the last failure.
    std::string reason() const
    {
        for (auto it = failures_.rbegin(); it != failures_.rend(); ++it) {
            const std::size_t status = it->find("HTTP status code: ");
            if (status == std::string::npos)
                continue;
            const int code = std::atoi(it->c_str() + status + 18);
            const std::size_t error = it->find("error: ", status);
            std::string text = error == std::string::npos ? std::string() : it->substr(error + 7);
            text = text.substr(0, text.find('\n'));
            while (!text.empty() && (text.back() == '.' || text.back() == '\n' || text.back() == ' '))
                text.pop_back();
            if (code > 0)
                return "HTTP " + std::to_string(code) + (text.empty() ? "" : " (" + text + ")");
            return text.empty() ? "no answer from the server" : text;
        }
        if (failures_.empty())
            return "no tiles";
        const std::string& last = failures_.back();
        return last.substr(0, last.find('\n'));
    }
    void clear() { failures_.clear(); }

private:
    static void CPL_STDCALL handle(CPLErr level, CPLErrorNum, const char* message)
    {
        auto* self = static_cast<ErrorCollector*>(CPLGetErrorHandlerUserData());
        if (self && level >= CE_Failure && message)
            self->failures_.emplace_back(message);
    }
    std::vector<std::string> failures_;
};

int CPL_STDCALL keepGoing(double, const char*, void* cancel)
{
    const auto* flag = static_cast<const std::atomic<bool>*>(cancel);
    return flag && flag->load(std::memory_order_relaxed) ? FALSE : TRUE;
}

bool isCancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(std::memory_order_relaxed); }

// An empty RGBA canvas in EPSG:4547 over extent; band 4 is alpha, so gdalwarp composites
// each source over what earlier ones drew.
DatasetOwner destinationFor(const Envelope& extent, int width, int height)
{
    GDALDriverH memory = GDALGetDriverByName("MEM");
    DatasetOwner dataset(GDALCreate(memory, "", width, height, 4, GDT_Byte, nullptr));
    if (!dataset)
        throw Error("cannot make a " + std::to_string(width) + " x " + std::to_string(height) + " basemap image");
    double transform[6] = {extent.minX, extent.width() / width, 0.0, extent.maxY, 0.0, -extent.height() / height};
    GDALSetGeoTransform(dataset.get(), transform);
    const SpatialReferenceOwner srs = spatialReferenceFrom("EPSG:4547");
    GDALSetSpatialRef(dataset.get(), srs.get());
    const GDALColorInterp colours[4] = {GCI_RedBand, GCI_GreenBand, GCI_BlueBand, GCI_AlphaBand};
    for (int band = 1; band <= 4; ++band)
        GDALSetRasterColorInterpretation(GDALGetRasterBand(dataset.get(), band), colours[band - 1]);
    return dataset;
}

std::pair<double, double> mercator(LonLat p)
{
    const double lat = std::clamp(p.lat, -85.05112878, 85.05112878) * kPi / 180.0;
    return {kEarthRadius * p.lon * kPi / 180.0, kEarthRadius * std::log(std::tan(kPi / 4 + lat / 2))};
}

// A view of a GCJ-02 tile set whose ground control points put each place where it truly is:
// a grid over the extent, each point's true position paired with the pixel where the tiles
// drew it (at its GCJ-02 position). gdalwarp then warps through a thin-plate spline.
DatasetOwner shiftedFromGcj02(GDALDatasetH tiles, const Envelope& extent, const CrsTransform& toLonLat)
{
    double transform[6];
    GDALGetGeoTransform(tiles, transform);
    std::vector<std::string> arguments = {"-of", "VRT", "-a_srs", "EPSG:3857"};  // the GCPs' CRS
    const double marginX = extent.width() * kGcpMargin;
    const double marginY = extent.height() * kGcpMargin;
    for (int i = 0; i < kGcpsPerSide; ++i) {
        for (int j = 0; j < kGcpsPerSide; ++j) {
            const double x = extent.minX - marginX + (extent.width() + 2 * marginX) * i / (kGcpsPerSide - 1);
            const double y = extent.minY - marginY + (extent.height() + 2 * marginY) * j / (kGcpsPerSide - 1);
            const LonLat truth = toLonLat.transform(x, y);
            const auto [drawnX, drawnY] = mercator(wgs84ToGcj02(truth));
            const auto [trueX, trueY] = mercator(truth);
            const double pixel = (drawnX - transform[0]) / transform[1];
            const double line = (drawnY - transform[3]) / transform[5];
            arguments.emplace_back("-gcp");
            for (const double value : {pixel, line, trueX, trueY})
                arguments.emplace_back(CPLSPrintf("%.6f", value));
        }
    }
    std::vector<char*> argv;
    for (auto& argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    std::unique_ptr<GDALTranslateOptions, TranslateOptionsFree> options(GDALTranslateOptionsNew(argv.data(), nullptr));
    return DatasetOwner(GDALTranslate("", tiles, options.get(), nullptr));
}

// Warps sources, in order, into destination. False when a source failed or cancel was set.
bool warp(const std::vector<GDALDatasetH>& sources, GDALDatasetH destination, bool pickOverview, bool thinPlate,
          const std::atomic<bool>* cancel)
{
    std::vector<std::string> arguments = {"-r", "bilinear", "-ovr", pickOverview ? "AUTO" : "NONE", "-et", "0.125"};
    if (thinPlate)
        arguments.emplace_back("-tps");
    std::vector<char*> argv;
    for (auto& argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    std::unique_ptr<GDALWarpAppOptions, WarpOptionsFree> options(GDALWarpAppOptionsNew(argv.data(), nullptr));
    GDALWarpAppOptionsSetProgress(options.get(), keepGoing, const_cast<std::atomic<bool>*>(cancel));
    std::vector<GDALDatasetH> list = sources;
    int usageError = FALSE;
    const GDALDatasetH result =
        GDALWarp(nullptr, destination, static_cast<int>(list.size()), list.data(), options.get(), &usageError);
    return result != nullptr && !isCancelled(cancel);
}

RgbaImage pixelsOf(GDALDatasetH dataset)
{
    RgbaImage image;
    image.width = GDALGetRasterXSize(dataset);
    image.height = GDALGetRasterYSize(dataset);
    image.pixels.resize(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4);
    int bands[4] = {1, 2, 3, 4};
    if (GDALDatasetRasterIO(dataset, GF_Read, 0, 0, image.width, image.height, image.pixels.data(), image.width,
                            image.height, GDT_Byte, 4, bands, 4, 4 * image.width, 1) != CE_None)
        image.pixels.clear();
    return image;
}

// The drivers a tile file (SPEC section 7) is opened with: a file holds tiles, it never points
// GDAL at a server or a program (no WMS or VRT XML passed off as a tile file).
const char* const kTileFileDrivers[] = {"MBTiles", "GPKG", "GTiff", nullptr};

// drivers: nullptr for the tile-service XML made here (network by design, the user asked).
DatasetOwner openRaster(const std::string& source, const char* const* drivers)
{
    return DatasetOwner(GDALOpenEx(source.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, drivers, nullptr, nullptr));
}

}  // namespace

std::size_t RgbaImage::coveredPixels() const
{
    std::size_t covered = 0;
    for (std::size_t i = 3; i < pixels.size(); i += 4)
        covered += pixels[i] != 0 ? 1 : 0;
    return covered;
}

BasemapSource::BasemapSource(BasemapSpec spec, BasemapOptions options) : spec_(std::move(spec)), options_(std::move(options))
{
    ensureGdalRegistered();
    attribution_ = spec_.attribution;
    if (spec_.kind == BasemapKind::None)
        return;
    if (spec_.needsTiandituKey && options_.tiandituKey.empty())
        throw Error("天地图 needs a key: set PEARLZONE_TIANDITU_KEY (or enter it in the app's View → Basemap)");
    if (spec_.kind == BasemapKind::TileFile) {
        const std::string& path = spec_.layers.front();
        std::error_code error;
        if (!std::filesystem::is_regular_file(pathFromUtf8(path), error))
            throw Error(path + ": no such basemap file");
        CPLErrorReset();
        const DatasetOwner dataset = openRaster(path, kTileFileDrivers);
        if (!dataset)
            throw Error(path + ": not a raster tile file GDAL can read (" + lastGdalError("no raster tiles") + ")");
        const char* own = GDALGetMetadataItem(dataset.get(), "attribution", nullptr);
        attribution_ = own && *own ? own : pathToUtf8(pathFromUtf8(path).filename());
    }
}

int BasemapSource::zoomFor(double metresPerPixel, double latitude, int maxZoom)
{
    const double groundAtZero = kLevelZeroResolution * std::cos(latitude * kPi / 180.0);
    const double level = std::log2(groundAtZero / std::max(metresPerPixel, 1e-3));
    return std::clamp(static_cast<int>(std::lround(level)), 0, maxZoom);
}

BasemapRendering BasemapSource::render(const Envelope& extent, int width, int height, const std::atomic<bool>* cancel,
                                       bool cacheOnly) const
{
    BasemapRendering rendering;
    if (spec_.kind == BasemapKind::None || width <= 0 || height <= 0 || extent.isEmpty())
        return rendering;
    ErrorCollector errors;
    const CrsTransform toLonLat = CrsTransform::create("EPSG:4547", "EPSG:4326");
    const DatasetOwner destination = destinationFor(extent, width, height);

    if (spec_.kind == BasemapKind::TileFile) {
        const DatasetOwner file = openRaster(spec_.layers.front(), kTileFileDrivers);
        if (file && warp({file.get()}, destination.get(), true, false, cancel))
            rendering.status = BasemapStatus::Complete;
    } else if (spec_.kind == BasemapKind::WmtsService) {
        // The driver offers each tile matrix as an overview: gdalwarp picks the one for the output.
        for (const bool offline : {false, true}) {
            if ((!offline && cacheOnly) || (offline && (options_.cacheDirectory.empty() || isCancelled(cancel))))
                continue;
            const WmtsOpening service =
                openWmtsService(spec_.layers.front(), {options_.cacheDirectory, options_.timeoutSeconds, offline, spec_.wmtsLayer});
            if (service.dataset && warp({service.dataset.get()}, destination.get(), true, false, cancel)) {
                rendering.status = offline ? BasemapStatus::FromCacheOnly : BasemapStatus::Complete;
                break;
            }
            if (!offline)
                rendering.reason = service.dataset ? errors.reason() : service.reason;
        }
        if (!options_.cacheDirectory.empty())
            trimTileCache(options_.cacheDirectory, options_.cacheMaxBytes);
    } else {
        const LonLat centre = toLonLat.transform(0.5 * (extent.minX + extent.maxX), 0.5 * (extent.minY + extent.maxY));
        rendering.zoom = zoomFor(extent.width() / width, centre.lat, spec_.maxZoom);
        TileServiceOptions service{options_.cacheDirectory, options_.timeoutSeconds, false, options_.tiandituKey};
        // Online first; when the server cannot be reached, whatever the cache holds.
        for (const bool offline : {false, true}) {
            if (!offline && cacheOnly)
                continue;
            if (offline && (options_.cacheDirectory.empty() || isCancelled(cancel)))
                break;
            service.offline = offline;
            std::vector<DatasetOwner> tileSets;
            std::vector<DatasetOwner> shifted;  // declared after tileSets: closed before the tiles they view
            std::vector<GDALDatasetH> sources;
            for (const std::string& layer : spec_.layers) {
                tileSets.emplace_back(openRaster(tileServiceXml(layer, rendering.zoom, service), nullptr));
                if (!tileSets.back())
                    break;
                if (spec_.gcj02) {
                    shifted.push_back(shiftedFromGcj02(tileSets.back().get(), extent, toLonLat));
                    sources.push_back(shifted.back().get());
                } else {
                    sources.push_back(tileSets.back().get());
                }
            }
            const bool opened = sources.size() == spec_.layers.size() &&
                                std::all_of(sources.begin(), sources.end(), [](GDALDatasetH d) { return d != nullptr; });
            if (opened && warp(sources, destination.get(), false, spec_.gcj02, cancel)) {
                rendering.status = offline ? BasemapStatus::FromCacheOnly : BasemapStatus::Complete;
                break;
            }
            if (!offline)
                rendering.reason = errors.reason();
        }
        if (!options_.cacheDirectory.empty())
            trimTileCache(options_.cacheDirectory, options_.cacheMaxBytes);
    }

    if (isCancelled(cancel)) {
        rendering.status = BasemapStatus::Cancelled;
        return rendering;
    }
    if (rendering.status == BasemapStatus::Unavailable) {
        if (rendering.reason.empty())
            rendering.reason = errors.reason();
        return rendering;
    }
    rendering.image = pixelsOf(destination.get());
    if (rendering.status == BasemapStatus::FromCacheOnly && rendering.image.coveredPixels() == 0) {
        rendering.status = BasemapStatus::Unavailable;  // the cache held nothing here
        rendering.image = {};
    }
    return rendering;
}

}  // namespace pearlzone::gis
