// Map rendering at scale: a million checked parcels drawn at full extent into 1920 x 1080,
// and the cost of showing a pan from the cached image (what the canvas does between renders).
//   bench_render PARCELS.gpkg DATA_DIR
#include "core/batch_check.h"
#include "core/pilot_zone_data.h"
#include "gis/utf8_path.h"
#include "render/map_renderer.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

template <typename F>
double seconds(F&& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char* argv[])
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_render PARCELS DATA_DIR\n");
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
    std::vector<double> closeTimes;
    for (int i = 0; i < 5; ++i) {
        fullTimes.push_back(seconds([&] { renderOnce(full); }));
        closeTimes.push_back(seconds([&] { renderOnce(close); }));
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
    std::printf("%zu parcels, %dx%d\n", count, size.width(), size.height());
    std::printf("| render | median (ms) |\n| --- | ---: |\n");
    std::printf("| full extent (a crowd: parcels under 4 px as dots, no anti-aliasing) | %.0f |\n", median(fullTimes) * 1000);
    std::printf("| zoomed 8x (parcels as polygons) | %.0f |\n", median(closeTimes) * 1000);
    std::printf("| showing a pan from the cached image | %.2f |\n", median(panTimes) * 1000);
    return 0;
}
