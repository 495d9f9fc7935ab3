// The basemap with no network: a tile file made here with GDAL, XYZ tiles served by a
// throwaway server on 127.0.0.1, the cache serving once the server is gone, a closed port, the
// GCJ-02 shift against known offsets, the cache's size limit, and the layer under the zones.
#include "gis/basemap_source.h"
#include "gis/crs_transform.h"
#include "gis/error.h"
#include "gis/gdal_handles.h"
#include "gis/tile_cache.h"
#include "render/basemap_layer.h"
#include "render/map_renderer.h"
#include "render/map_style.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"
#include "test_data.h"
#include "tile_server.h"

#include <QFile>

#include <cmath>
#include <fstream>

using namespace pearlzone;

namespace {

// Pazhou, near the Canton Tower: (113.36, 23.10).
constexpr gis::LonLat kPazhou{113.36, 23.10};

gis::Envelope squareAround(double x, double y, double halfSide) { return {x - halfSide, y - halfSide, x + halfSide, y + halfSide}; }

QPointF projected(gis::LonLat p)
{
    const auto to4547 = gis::CrsTransform::create("EPSG:4326", "EPSG:4547");
    const gis::LonLat xy = to4547.transform(p.lon, p.lat);
    return {xy.lon, xy.lat};
}

const std::uint8_t* pixelAt(const gis::RgbaImage& image, int x, int y)
{
    return image.pixels.data() + (static_cast<std::size_t>(y) * image.width + x) * 4;
}

// The centre of the dark pixels (the tiles' marker), in image pixels.
QPointF darkCentre(const gis::RgbaImage& image)
{
    double sx = 0, sy = 0, n = 0;
    for (int y = 0; y < image.height; ++y) {
        for (int x = 0; x < image.width; ++x) {
            const std::uint8_t* p = pixelAt(image, x, y);
            if (p[3] > 0 && p[0] + p[1] + p[2] < 200) {
                sx += x + 0.5;
                sy += y + 0.5;
                n += 1;
            }
        }
    }
    return n > 0 ? QPointF(sx / n, sy / n) : QPointF(-1, -1);
}

gis::BasemapSource webSource(const QString& text, const std::string& cache)
{
    gis::BasemapOptions options;
    options.cacheDirectory = cache;
    options.timeoutSeconds = 5;
    return gis::BasemapSource(gis::parseBasemapSpec(text.toStdString()), options);
}

}  // namespace

TEST_CASE("basemap sources are parsed from what a planner types", "[basemap]")
{
    CHECK(gis::parseBasemapSpec("none").kind == gis::BasemapKind::None);
    CHECK(gis::parseBasemapSpec("").kind == gis::BasemapKind::None);
    const auto osm = gis::parseBasemapSpec("OSM");
    CHECK(osm.kind == gis::BasemapKind::OpenStreetMap);
    CHECK(osm.attribution == "© OpenStreetMap contributors");
    const auto tianditu = gis::parseBasemapSpec("tianditu-img");
    CHECK(tianditu.layers.size() == 2);  // imagery, then its annotation on top
    CHECK(tianditu.needsTiandituKey);
    CHECK_THROWS_AS(gis::BasemapSource(tianditu, {}), gis::Error);  // no key: says how to give one
    const auto amap = gis::parseBasemapSpec("https://webrd01.is.autonavi.com/appmaptile?style=8&x={x}&y={y}&z={z}");
    CHECK(amap.gcj02);
    CHECK(gis::parseBasemapSpec("gcj02:http://127.0.0.1:1/{z}/{x}/{y}.png").gcj02);
    CHECK_FALSE(gis::parseBasemapSpec("http://127.0.0.1:1/{z}/{x}/{-y}.png").gcj02);
    CHECK(gis::parseBasemapSpec("离线底图.mbtiles").kind == gis::BasemapKind::TileFile);
    const gis::BasemapSpec wmts = gis::parseBasemapSpec("https://maps.example.gov.cn/wmts/1.0.0/WMTSCapabilities.xml");
    CHECK(wmts.kind == gis::BasemapKind::WmtsService);
    CHECK(wmts.wmtsLayer.empty());
    CHECK(wmts.attribution == "maps.example.gov.cn");
    const gis::BasemapSpec kvp = gis::parseBasemapSpec("WMTS:https://gis.gz.gov.cn/wmts?SERVICE=WMTS&REQUEST=GetCapabilities,layer=img");
    CHECK(kvp.kind == gis::BasemapKind::WmtsService);
    CHECK(kvp.layers.front() == "https://gis.gz.gov.cn/wmts?SERVICE=WMTS&REQUEST=GetCapabilities");
    CHECK(kvp.wmtsLayer == "img");
    CHECK_THROWS_AS(gis::parseBasemapSpec("wmts:ftp://example.org/caps.xml"), gis::Error);
    CHECK_THROWS_AS(gis::parseBasemapSpec("http://tiles.example/{z}/{x}.png"), gis::Error);  // no {y}
    CHECK_THROWS_AS(gis::parseBasemapSpec("https://{s}.tile.example/{z}/{x}/{y}.png"), gis::Error);
    CHECK_THROWS_AS(gis::parseBasemapSpec("streets"), gis::Error);
    CHECK_THROWS_AS(gis::BasemapSource(gis::parseBasemapSpec("/nowhere/底图.mbtiles"), {}), gis::Error);

    // The key goes into the URL; the template's & is escaped for the XML.
    const std::string xml = gis::tileServiceXml(tianditu.layers.front(), 12, {"", 8, false, "KEY123"});
    CHECK(xml.find("TILEMATRIX=${z}&amp;TILEROW=${y}&amp;TILECOL=${x}&amp;tk=KEY123") != std::string::npos);
    CHECK(xml.find("<TileLevel>12</TileLevel>") != std::string::npos);
}

TEST_CASE("the tile level is the one whose resolution is nearest the output's", "[basemap]")
{
    // Level z at latitude 23.1: 156543.03 x cos(23.1°) / 2^z m per pixel = 144,000 / 2^z.
    CHECK(gis::BasemapSource::zoomFor(144000.0 / 32768, 23.1, 19) == 15);
    CHECK(gis::BasemapSource::zoomFor(144000.0 / 32768 * 1.3, 23.1, 19) == 15);  // log2 1.3 = 0.38: still 15
    CHECK(gis::BasemapSource::zoomFor(144000.0 / 32768 * 1.5, 23.1, 19) == 14);  // log2 1.5 = 0.58: one up
    CHECK(gis::BasemapSource::zoomFor(0.01, 23.1, 18) == 18);                    // never past the deepest level
    CHECK(gis::BasemapSource::zoomFor(1e7, 23.1, 18) == 0);
}

TEST_CASE("an MBTiles file made with GDAL is drawn reprojected to EPSG:4547", "[basemap]")
{
    test::TempDir dir;
    const std::string file = dir.file("离线底图.mbtiles");
    REQUIRE(test::writeTwoColourMbtiles(file));
    const gis::BasemapSource source(gis::parseBasemapSpec(file), {});
    CHECK(source.attribution() == "离线底图.mbtiles");
    // 4 km square on 200 px around the colours' border at 113.35.
    const QPointF border = projected({113.35, 23.10});
    const gis::Envelope extent = squareAround(border.x(), border.y(), 2000);
    const gis::BasemapRendering drawn = source.render(extent, 200, 200);
    REQUIRE(drawn.status == gis::BasemapStatus::Complete);
    REQUIRE(drawn.image.width == 200);
    // 500 m either side of the border (25 px), where the border runs through the image.
    const QPointF westPoint = projected({113.35 - 0.005, 23.10});
    const QPointF eastPoint = projected({113.35 + 0.005, 23.10});
    const auto column = [&](double x) { return static_cast<int>((x - extent.minX) / 20.0); };
    const std::uint8_t* west = pixelAt(drawn.image, column(westPoint.x()), 100);
    const std::uint8_t* east = pixelAt(drawn.image, column(eastPoint.x()), 100);
    CHECK(std::abs(west[0] - 200) <= 3);
    CHECK(std::abs(west[2] - 40) <= 3);
    CHECK(west[3] == 255);
    CHECK(std::abs(east[0] - 40) <= 3);
    CHECK(std::abs(east[2] - 200) <= 3);
    // Outside the file's coverage nothing is drawn (alpha 0).
    const gis::BasemapRendering outside = source.render(squareAround(border.x() + 30000, border.y(), 1000), 20, 20);
    CHECK(outside.image.coveredPixels() == 0);
}

TEST_CASE("web tiles come from the server once, then from the cache when it is gone", "[basemap][http]")
{
    test::bypassProxyForLocalhost();
    test::TempDir dir;
    const auto tiles = dir.path() / gis::pathFromUtf8("瓦片");
    test::writeTileTree(tiles, 14, 16, {113.34, 23.08}, {113.38, 23.12}, QColor(30, 160, 90));
    const std::string cache = dir.file("缓存");
    const QPointF centre = projected(kPazhou);
    // 2,400 m on 480 px = 5 m per pixel: level round(log2(144,000 / 5)) = round(14.81) = 15.
    const gis::Envelope extent = squareAround(centre.x(), centre.y(), 1200);
    QString url;
    {
        test::TileServer server(tiles);
        url = server.urlTemplate();
        // Cache only, before anything was fetched: nothing, and not a single request.
        const gis::BasemapRendering empty = webSource(url, cache).render(extent, 480, 480, nullptr, true);
        CHECK(empty.status == gis::BasemapStatus::Unavailable);
        CHECK(server.requests().isEmpty());
        const gis::BasemapRendering online = webSource(url, cache).render(extent, 480, 480);
        REQUIRE(online.status == gis::BasemapStatus::Complete);
        CHECK(online.zoom == 15);
        const QStringList asked = server.requests();
        REQUIRE_FALSE(asked.isEmpty());
        for (const QString& path : asked)
            CHECK(path.startsWith(QStringLiteral("/15/")));
        const std::uint8_t* middle = pixelAt(online.image, 240, 240);
        CHECK(std::abs(middle[0] - 30) <= 2);
        CHECK(std::abs(middle[1] - 160) <= 2);
        CHECK(middle[3] == 255);
        CHECK(online.image.coveredPixels() == 480u * 480u);
        CHECK(gis::tileCacheSize(cache) > 0);
        // Cache only, now: the whole view, still without a request (what the app shows at once).
        const auto requestsSoFar = server.requests().size();
        const gis::BasemapRendering quick = webSource(url, cache).render(extent, 480, 480, nullptr, true);
        CHECK(quick.status == gis::BasemapStatus::FromCacheOnly);
        CHECK(quick.image.coveredPixels() == 480u * 480u);
        CHECK(server.requests().size() == requestsSoFar);
    }  // the server stops here
    const gis::BasemapRendering cached = webSource(url, cache).render(extent, 480, 480);
    CHECK(cached.status == gis::BasemapStatus::Complete);
    CHECK(cached.image.coveredPixels() == 480u * 480u);

    // A view needing level 16, never fetched: what the cache has is all there is, and it
    // has nothing at that level.
    const gis::BasemapRendering deeper = webSource(url, cache).render(extent, 960, 960);
    CHECK(deeper.zoom == 16);
    CHECK(deeper.status == gis::BasemapStatus::Unavailable);
    CHECK(deeper.image.isEmpty());
    CHECK(deeper.reason.find("onnect") != std::string::npos);  // curl: "Couldn't connect to server"
}

TEST_CASE("a WMTS service is drawn at the tile matrix the view needs, then offline from the cache", "[basemap][http][wmts]")
{
    test::bypassProxyForLocalhost();
    test::TempDir dir;
    const auto tiles = dir.path() / gis::pathFromUtf8("瓦片服务");
    test::writeTileTree(tiles, 13, 16, {113.34, 23.08}, {113.38, 23.12}, QColor(200, 120, 30));
    const std::string cache = dir.file("缓存");
    const QPointF centre = projected(kPazhou);
    // 5 m per pixel on the ground is 5 / cos(23.1°) = 5.4 m in web Mercator: level 15 (4.8 m) is
    // the coarsest matrix at least that fine; level 14 (9.6 m) would blur the view.
    const gis::Envelope extent = squareAround(centre.x(), centre.y(), 1200);
    QString url;
    {
        test::TileServer server(tiles);
        test::writeWmtsCapabilities(tiles, server.port(), 18, {113.34, 23.08}, {113.38, 23.12});
        url = QStringLiteral("wmts:http://127.0.0.1:%1/WMTSCapabilities.xml,layer=底图").arg(server.port());
        const gis::BasemapSpec spec = gis::parseBasemapSpec(url.toStdString());
        CHECK(spec.kind == gis::BasemapKind::WmtsService);
        CHECK(spec.wmtsLayer == "底图");
        const gis::BasemapRendering online = webSource(url, cache).render(extent, 480, 480);
        REQUIRE(online.status == gis::BasemapStatus::Complete);
        const QStringList asked = server.requests();
        CHECK(asked.contains(QStringLiteral("/WMTSCapabilities.xml")));
        int tileRequests = 0;
        for (const QString& path : asked) {
            if (path.endsWith(QStringLiteral(".png"))) {
                CHECK(path.startsWith(QStringLiteral("/15/")));
                ++tileRequests;
            }
        }
        CHECK(tileRequests > 0);
        const std::uint8_t* middle = pixelAt(online.image, 240, 240);
        CHECK(std::abs(middle[0] - 200) <= 2);
        CHECK(std::abs(middle[1] - 120) <= 2);
        CHECK(std::abs(middle[2] - 30) <= 2);
        CHECK(online.image.coveredPixels() == 480u * 480u);
    }  // the server stops: the kept capabilities and the cached tiles draw the same view
    const gis::BasemapRendering cached = webSource(url, cache).render(extent, 480, 480);
    CHECK(cached.status != gis::BasemapStatus::Unavailable);
    CHECK(cached.image.coveredPixels() == 480u * 480u);
    // Never fetched while the server was there, and not in the cache: nothing, with the reason.
    const gis::BasemapRendering never = webSource(url, dir.file("空缓存")).render(extent, 480, 480);
    CHECK(never.status == gis::BasemapStatus::Unavailable);
    CHECK(never.reason.find("onnect") != std::string::npos);
}

TEST_CASE("a source on a closed port is unavailable with the reason, not an error", "[basemap][http]")
{
    test::bypassProxyForLocalhost();
    test::TempDir dir;
    const QString url = QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(test::closedPort());
    const QPointF centre = projected(kPazhou);
    const gis::BasemapRendering drawn = webSource(url, dir.file("缓存")).render(squareAround(centre.x(), centre.y(), 1000), 100, 100);
    CHECK(drawn.status == gis::BasemapStatus::Unavailable);
    CHECK(drawn.image.isEmpty());
    CHECK(drawn.reason.find("onnect") != std::string::npos);
}

TEST_CASE("GCJ-02 tiles are shifted so that places sit where they truly are", "[basemap][http][gcj02]")
{
    test::bypassProxyForLocalhost();
    test::TempDir dir;
    // A GCJ-02 tile set draws a place at its GCJ-02 position: here the marker for Pazhou.
    const gis::LonLat drawnAt = gis::wgs84ToGcj02(kPazhou);
    const auto tiles = dir.path() / gis::pathFromUtf8("高德式瓦片");
    test::writeTileTree(tiles, 15, 17, {113.35, 23.09}, {113.375, 23.11}, Qt::white, drawnAt);
    test::TileServer server(tiles);
    const QPointF truth = projected(kPazhou);
    // 1,600 m on 400 px (4 m per pixel, level 15), centred on the true position.
    const gis::Envelope extent = squareAround(truth.x(), truth.y(), 800);
    const auto toWorld = [&](QPointF pixel) { return QPointF(extent.minX + pixel.x() * 4.0, extent.maxY - pixel.y() * 4.0); };

    const gis::BasemapRendering shifted = webSource(QStringLiteral("gcj02:") + server.urlTemplate(), "").render(extent, 400, 400);
    REQUIRE(shifted.status == gis::BasemapStatus::Complete);
    const QPointF shiftedMarker = toWorld(darkCentre(shifted.image));
    CHECK(std::abs(shiftedMarker.x() - truth.x()) < 4.0);  // within a pixel
    CHECK(std::abs(shiftedMarker.y() - truth.y()) < 4.0);

    // Unshifted, the marker sits where GCJ-02 puts it: zone-geography.md gives GCJ-02 − WGS84
    // ≈ +0.0054° lon, −0.0026° lat here, i.e. about 553 m east and 287 m south.
    const gis::Envelope offsetExtent = squareAround(truth.x() + 553, truth.y() - 287, 800);
    const gis::BasemapRendering plain = webSource(server.urlTemplate(), "").render(offsetExtent, 400, 400);
    REQUIRE(plain.status == gis::BasemapStatus::Complete);
    const QPointF pixel = darkCentre(plain.image);
    const QPointF plainMarker(offsetExtent.minX + pixel.x() * 4.0, offsetExtent.maxY - pixel.y() * 4.0);
    CHECK(std::abs(plainMarker.x() - truth.x() - 553) < 25.0);
    CHECK(std::abs(plainMarker.y() - truth.y() + 287) < 25.0);
}

TEST_CASE("the tile cache is trimmed to its size, oldest tiles first", "[basemap]")
{
    test::TempDir dir;
    const auto folder = dir.path() / gis::pathFromUtf8("缓存") / "a";
    std::filesystem::create_directories(folder);
    const auto now = std::filesystem::file_time_type::clock::now();
    for (int i = 0; i < 5; ++i) {
        const auto file = folder / ("tile" + std::to_string(i));
        std::ofstream(file, std::ios::binary) << std::string(1000, 'x');
        std::filesystem::last_write_time(file, now - std::chrono::hours(5 - i));  // tile0 the oldest
    }
    const std::string cache = dir.file("缓存");
    CHECK(gis::tileCacheSize(cache) == 5000);
    CHECK(gis::trimTileCache(cache, 10000) == 0);
    CHECK(gis::trimTileCache(cache, 2500) == 3);
    CHECK(gis::tileCacheSize(cache) == 2000);
    CHECK_FALSE(std::filesystem::exists(folder / "tile2"));
    CHECK(std::filesystem::exists(folder / "tile3"));
    CHECK(std::filesystem::exists(folder / "tile4"));
}

TEST_CASE("the basemap is drawn faded under the zones, with its attribution", "[basemap][render]")
{
    // A 2 x 1 basemap: one opaque red pixel, one transparent.
    gis::RgbaImage pixels{2, 1, {200, 40, 40, 255, 0, 0, 0, 0}};
    const QColor paper = render::paperColour();
    const QImage faded = render::fadedBasemap(pixels, 0.5, paper);
    CHECK(QColor(faded.pixel(0, 0)) == QColor((200 + paper.red()) / 2, (40 + paper.green()) / 2, (40 + paper.blue()) / 2));
    CHECK(QColor(faded.pixel(1, 0)) == paper);  // transparent: the paper shows

    const render::MapScene scene = render::sceneFromData(test::squareZones());
    const gis::Envelope box = scene.extent();
    const render::MapView view = render::MapView::fitting(box, QSizeF(400, 300));
    auto basemap = std::make_shared<render::BasemapImage>();
    basemap->image = QImage(40, 30, QImage::Format_RGB32);
    basemap->image.fill(QColor(10, 120, 200));
    basemap->extent = view.extent();
    basemap->attribution = QStringLiteral("© 测试底图");
    render::RenderSettings settings;
    settings.showLabels = false;
    settings.showWater = false;
    settings.basemap = basemap;
    QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    render::renderMap(painter, view, scene, settings);
    painter.end();
    // A corner outside every zone shows the basemap as it is; inside a zone the zone's fill
    // is drawn over it.
    CHECK(QColor(image.pixel(3, 3)) == QColor(10, 120, 200));
    const QPointF inside = view.toScreen(scene.zones.front().labelAnchor.x(), scene.zones.front().labelAnchor.y());
    CHECK(QColor(image.pixel(inside.toPoint())) != QColor(10, 120, 200));
    // The attribution plate (light) sits in the bottom-right corner.
    CHECK(QColor(image.pixel(398, 297)).lightness() > 200);
}
