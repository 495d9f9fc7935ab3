// Map rendering at scale: a million checked parcels drawn at full extent into 1920 x 1080,
// the cost of showing a pan from the cached image (what the canvas does between renders), and a
// basemap from a local MBTiles file (made here, untimed): its warp off the GUI thread, and the
// full-extent render with it underneath. With IMAGE_PREFIX, the full and zoomed renders are
// also saved as IMAGE_PREFIX-full.png and IMAGE_PREFIX-zoomed.png (to look at them).
//   bench_render PARCELS.gpkg DATA_DIR [IMAGE_PREFIX]
#include "core/batch_check.h"
#include "core/pilot_zone_data.h"
#include "gis/utf8_path.h"
#include "gis/crs_transform.h"
#include "gis/gdal_handles.h"
#include "render/basemap_layer.h"
#include "render/map_renderer.h"

#include <gdal.h>

#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <utility>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The process's CPU seconds of the runs (std::clock): beside the wall time, a figure that
// other programs on a shared machine disturb less.
double cpuSeconds = 0.0;

template <typename F>
double seconds(F&& work)
{
    const std::clock_t cpuStart = std::clock();
    const auto start = std::chrono::steady_clock::now();
    work();
    cpuSeconds += static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The median of the runs timed since the last call, and their mean CPU milliseconds.
struct Timed {
    double medianMs;
    double cpuMs;
};
Timed timed(const std::vector<double>& times)
{
    const Timed result{median(times) * 1000, cpuSeconds * 1000 / static_cast<double>(times.size())};
    cpuSeconds = 0.0;
    return result;
}

// A web-Mercator MBTiles over box (EPSG:4547) at about 9 m per pixel (tile level 14), with
// overviews, painted with a pattern so that its tiles are not trivially small.
std::string writeBenchMbtiles(const pearlzone::gis::Envelope& box)
{
    using namespace pearlzone;
    gis::ensureGdalRegistered();
    const auto toMercator = gis::CrsTransform::create("EPSG:4547", "EPSG:3857");
    const gis::LonLat low = toMercator.transform(box.minX, box.minY);
    const gis::LonLat high = toMercator.transform(box.maxX, box.maxY);
    const double resolution = 9.55;  // level 14
    const int width = static_cast<int>((high.lon - low.lon) / resolution);
    const int height = static_cast<int>((high.lat - low.lat) / resolution);
    GDALDatasetH memory = GDALCreate(GDALGetDriverByName("MEM"), "", width, height, 3, GDT_Byte, nullptr);
    double transform[6] = {low.lon, resolution, 0, high.lat, 0, -resolution};
    GDALSetGeoTransform(memory, transform);
    GDALSetSpatialRef(memory, gis::spatialReferenceFrom("EPSG:3857").get());
    std::vector<unsigned char> row(static_cast<std::size_t>(width));
    bool written = true;
    for (int band = 1; band <= 3; ++band) {
        for (int y = 0; y < height; ++y) {
            for (int x = 0; x < width; ++x)
                row[static_cast<std::size_t>(x)] = static_cast<unsigned char>(128 + 100 * std::sin((x * band + y) * 0.05));
            written = written && GDALRasterIO(GDALGetRasterBand(memory, band), GF_Write, 0, y, width, 1, row.data(), width, 1,
                                              GDT_Byte, 0, 0) == CE_None;
        }
    }
    const std::string path = (std::filesystem::temp_directory_path() / "pearlzone-bench-basemap.mbtiles").string();
    std::filesystem::remove(path);
    GDALDatasetH file = GDALCreateCopy(GDALGetDriverByName("MBTiles"), path.c_str(), memory, FALSE, nullptr, nullptr, nullptr);
    int levels[] = {2, 4, 8, 16};
    written = written && GDALBuildOverviews(file, "AVERAGE", 4, levels, 0, nullptr, nullptr, nullptr) == CE_None;
    GDALClose(file);
    GDALClose(memory);
    if (!written)
        std::fprintf(stderr, "bench_render: could not write %s\n", path.c_str());
    return path;
}

}  // namespace

int main(int argc, char* argv[])
{
    if (argc != 3 && argc != 4) {
        std::fprintf(stderr, "usage: bench_render PARCELS DATA_DIR [IMAGE_PREFIX]\n");
        return 1;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    using namespace pearlzone;
    const auto data = core::PilotZoneData::load(gis::pathFromUtf8(argv[2]));

    // Check the parcels first (not timed): the map shows verdict colours.
    core::ParcelInputOptions input;
    input.source = argv[1];
    auto source = core::ParcelSource::open(input);
    core::CollectingSink sink(true);
    core::runBatchCheck(*data, source, {}, sink);
    render::MapScene scene = render::sceneFromData(*data);
    const std::size_t count = sink.parcels().size();
    scene.parcelLayers.push_back(render::parcelLayerOf(QStringLiteral("parcels"), sink.parcels()));
    sink.parcels().clear();

    const QSize size(1920, 1080);
    const render::MapView full = render::MapView::fitting(scene.extent(), QSizeF(size));
    const render::MapView close = full.zoomedAt(QPointF(960, 540), 8.0);  // a district, parcels as polygons
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    auto renderOnce = [&](const render::MapView& view) {
        QPainter painter(&image);
        render::renderMap(painter, view, scene, {});
    };
    std::vector<double> fullTimes;
    for (int i = 0; i < 5; ++i)
        fullTimes.push_back(seconds([&] { renderOnce(full); }));
    const Timed fullTimed = timed(fullTimes);
    std::vector<double> closeTimes;
    for (int i = 0; i < 5; ++i)
        closeTimes.push_back(seconds([&] { renderOnce(close); }));
    const Timed closeTimed = timed(closeTimes);
    if (argc == 4) {
        for (const auto& [view, name] : {std::pair(full, "full"), std::pair(close, "zoomed")}) {
            renderOnce(view);
            image.save(QString::fromUtf8(argv[3]) + QLatin1Char('-') + QLatin1String(name) + QStringLiteral(".png"));
        }
    }
    // Showing a pan: the cached image drawn shifted into the widget's 1920 x 1080.
    const QImage cached = image;
    QImage widget(size, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> panTimes;
    for (int i = 0; i < 50; ++i) {
        panTimes.push_back(seconds([&] {
            QPainter painter(&widget);
            painter.fillRect(widget.rect(), QColor(0xf4, 0xf2, 0xec));
            painter.drawImage(QPointF(3.0 * i, -2.0 * i), cached);
        }));
    }
    // A basemap from a local MBTiles: the warp (the canvas's loader runs it off the GUI thread)
    // and the full-extent render with the basemap image under the parcels.
    const std::string tiles = writeBenchMbtiles(scene.extent());
    const render::Basemap basemap(std::make_shared<gis::BasemapSource>(gis::parseBasemapSpec(tiles), gis::BasemapOptions{}));
    std::vector<double> warpTimes;
    render::BasemapDrawing drawing;
    for (int i = 0; i < 5; ++i)
        warpTimes.push_back(seconds([&] { drawing = basemap.draw(full); }));
    render::RenderSettings withBasemap;
    withBasemap.basemap = drawing.image;
    std::vector<double> underTimes;
    cpuSeconds = 0.0;
    for (int i = 0; i < 5; ++i) {
        underTimes.push_back(seconds([&] {
            QPainter painter(&image);
            render::renderMap(painter, full, scene, withBasemap);
        }));
    }
    const Timed underTimed = timed(underTimes);
    std::filesystem::remove(tiles);

    std::printf("%zu parcels, %dx%d\n", count, size.width(), size.height());
    std::printf("| render | median (ms) | CPU, mean (ms) |\n| --- | ---: | ---: |\n");
    std::printf("| full extent (a crowd: parcels under 4 px as dots, no anti-aliasing) | %.0f | %.0f |\n", fullTimed.medianMs,
                fullTimed.cpuMs);
    std::printf("| zoomed 8x (parcels as polygons) | %.0f | %.0f |\n", closeTimed.medianMs, closeTimed.cpuMs);
    std::printf("| showing a pan from the cached image | %.2f |\n", median(panTimes) * 1000);
    std::printf("| basemap from a local MBTiles, warped to the view (off the GUI thread)%s | %.0f |\n",
                drawing.image ? "" : " FAILED", median(warpTimes) * 1000);
    std::printf("| full extent with that basemap under the parcels | %.0f | %.0f |\n", underTimed.medianMs, underTimed.cpuMs);
    return 0;
}
