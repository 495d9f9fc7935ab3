// View → Basemap in the real main window, offscreen: a tile file and a 127.0.0.1 tile server
// are fetched off the GUI thread and drawn under the zones with their attribution; a source
// that cannot be reached is said once in the status bar and the map is drawn without it.
#include "app/basemap_menu.h"

#include "gui_test_support.h"
#include "pearlzone_catch.h"
#include "render/tile_server.h"
#include "temp_dir.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

using namespace pearlzone;
using test::waitFor;

namespace {

// The canvas pixel over a lon/lat.
QPoint pixelOf(const app::MapCanvas& canvas, gis::LonLat p)
{
    const auto to4547 = gis::CrsTransform::create("EPSG:4326", "EPSG:4547");
    const gis::LonLat xy = to4547.transform(p.lon, p.lat);
    return canvas.view().toScreen(xy.lon, xy.lat).toPoint();
}

}  // namespace

TEST_CASE("View → Basemap draws a tile file under the map without blocking the window", "[basemap][gui]")
{
    test::TempDir dir;
    const std::string tiles = dir.file("离线底图.mbtiles");
    REQUIRE(test::writeTwoColourMbtiles(tiles));
    test::TestWindow opened;  // drawn parcels autosave in a temporary folder
    app::MainWindow& window = opened.window;
    window.resize(1000, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* menu = window.findChild<app::BasemapMenu*>();
    REQUIRE(menu != nullptr);
    CHECK(menu->source() == QStringLiteral("none"));  // the default: nothing fetched
    REQUIRE(waitFor([&] { return !window.canvas()->isRendering() && !window.canvas()->renderedImage().isNull(); }));

    render::RenderSettings plain = window.canvas()->renderSettings();  // the basemap alone, to read its colours
    plain.showWater = plain.showZones = plain.showSubareas = plain.showLabels = false;
    window.canvas()->setRenderSettings(plain);
    REQUIRE(menu->choose(QString::fromStdString(tiles)));
    CHECK(menu->loader()->isLoading());  // choose() returned before any tile was read
    REQUIRE(waitFor([&] { return window.canvas()->renderSettings().basemap != nullptr; }));
    REQUIRE(waitFor([&] { return !window.canvas()->isRendering(); }));
    CHECK(window.canvas()->renderSettings().basemap->attribution == QStringLiteral("离线底图.mbtiles"));
    // West of 113.35 the file is red: faded toward the paper, red still leads; east, blue.
    REQUIRE(waitFor([&] { return !window.canvas()->renderedImage().isNull() && !window.canvas()->isRendering(); }));
    const QImage image = window.canvas()->renderedImage();
    const double ratio = image.devicePixelRatio();
    const QColor west = image.pixelColor(pixelOf(*window.canvas(), {113.345, 23.10}) * ratio);
    const QColor east = image.pixelColor(pixelOf(*window.canvas(), {113.355, 23.10}) * ratio);
    INFO("west " << west.name().toStdString() << " east " << east.name().toStdString());
    CHECK(west.red() > west.blue() + 40);
    CHECK(east.blue() > east.red() + 40);

    // File → Export map to PDF draws it again, at print resolution, as one raster.
    const QString pdf = QString::fromStdString(dir.file("地图.pdf"));
    window.exportMapPdfTo(pdf);
    REQUIRE(waitFor([&] { return QFile::exists(pdf); }, 60000));
    if (!QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty()) {
        QProcess images;
        images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        images.waitForFinished(60000);
        const QStringList lines = QString::fromUtf8(images.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        INFO(lines.join(QLatin1Char('\n')).toStdString());
        CHECK(lines.size() == 3);  // two header lines and the basemap
        CHECK(lines.last().contains(QStringLiteral(" 300 ")));  // at the page's 300 dpi
    }

    menu->choose(QStringLiteral("none"));
    REQUIRE(waitFor([&] { return window.canvas()->renderSettings().basemap == nullptr; }));
}

TEST_CASE("View → Basemap with an unreachable server says so once and draws the map", "[basemap][gui][http]")
{
    test::bypassProxyForLocalhost();
    test::TestWindow opened;  // drawn parcels autosave in a temporary folder
    app::MainWindow& window = opened.window;
    window.resize(800, 600);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* menu = window.findChild<app::BasemapMenu*>();
    REQUIRE(menu != nullptr);
    QStringList messages;
    QObject::connect(window.statusBar(), &QStatusBar::messageChanged, [&](const QString& m) {
        if (m.contains(QStringLiteral("Basemap")))
            messages << m;
    });
    REQUIRE(menu->choose(QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(test::closedPort())));
    REQUIRE(waitFor([&] { return !messages.isEmpty() && !menu->loader()->isLoading(); }));
    CHECK(messages.front().contains(QStringLiteral("no tiles could be had")));
    window.canvas()->zoomBy(1.5);  // another view: no second message for the same trouble
    QTest::qWait(400);
    REQUIRE(waitFor([&] { return !menu->loader()->isLoading() && !window.canvas()->isRendering(); }));
    CHECK(messages.size() == 1);
    CHECK(window.canvas()->renderSettings().basemap == nullptr);
    CHECK_FALSE(window.canvas()->renderedImage().isNull());  // the map itself is drawn
    menu->choose(QStringLiteral("none"));
}
