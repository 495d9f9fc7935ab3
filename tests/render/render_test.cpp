// The renderer on the square test zones: colours land where the geometry says, the scale bar
// is true, labels never overlap, and a render matches its reference image.
#include "core/batch_check.h"
#include "gis/utf8_path.h"
#include "render/map_renderer.h"
#include "render/map_style.h"
#include "render/scale_bar.h"

#include "pearlzone_catch.h"
#include "test_data.h"

#include <QImage>
#include <QPaintEngine>

#include <cmath>

using namespace pearlzone;
using pearlzone::test::squareZones;

namespace {

// The application comes from tests/qt_catch_main.cpp (offscreen under CTest).
void app() {}

// Checks the golden "location" parcels and makes a scene of zones plus checked parcels.
render::MapScene checkedScene()
{
    core::ParcelInputOptions input;
    input.source = std::string(PEARLZONE_TEST_DATA_DIR) + "/rules/location/parcels.geojson";
    auto source = core::ParcelSource::open(input);
    core::CollectingSink sink(true);
    core::runBatchCheck(squareZones(), source, {}, sink);
    std::vector<render::ParcelShape> shapes;
    for (const auto& parcel : sink.parcels()) {
        if (auto shape = render::parcelShapeFromWkb(parcel.wkb)) {
            shape->verdict = parcel.result.verdict;
            shapes.push_back(*shape);
        }
    }
    render::MapScene scene = render::sceneFromData(squareZones());
    scene.parcelLayers.push_back(std::make_shared<render::ParcelLayer>(QStringLiteral("golden"), std::move(shapes)));
    return scene;
}

// A paint device that draws nothing and records the text of labels: the renderer fills each
// label's glyph outlines as a path, without a pen, in screen coordinates (untransformed),
// while the map's own shapes are drawn through the world-to-screen transform or outlined.
class LabelRecorder : public QPaintDevice {
public:
    std::vector<QRectF> labels;

    QPaintEngine* paintEngine() const override { return &engine_; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth: return 200;
        case PdmHeight: return 120;
        case PdmDpiX: case PdmDpiY: case PdmPhysicalDpiX: case PdmPhysicalDpiY: return 96;
        case PdmDepth: return 32;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return static_cast<int>(QPaintDevice::devicePixelRatioFScale());
        default: return 0;
        }
    }

private:
    class Engine : public QPaintEngine {
    public:
        explicit Engine(LabelRecorder& owner) : QPaintEngine(QPaintEngine::AllFeatures), owner_(owner) {}
        bool begin(QPaintDevice*) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState&) override {}
        void drawPixmap(const QRectF&, const QPixmap&, const QRectF&) override {}
        void drawPolygon(const QPointF*, int, PolygonDrawMode) override {}
        void drawPath(const QPainterPath& path) override
        {
            const QPainter* p = painter();
            if (p->transform().isIdentity() && p->pen().style() == Qt::NoPen && p->brush().style() == Qt::SolidPattern &&
                path.elementCount() > 8)
                owner_.labels.push_back(path.boundingRect());
        }
        Type type() const override { return QPaintEngine::User; }

    private:
        LabelRecorder& owner_;
    };
    mutable Engine engine_{*this};
};

bool near(QColor a, QColor b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

}  // namespace

TEST_CASE("the scale bar is a round length true to the view's scale", "[render][scale]")
{
    for (double mpp : {0.37, 1.0, 4.2, 13.7, 55.0}) {
        const render::ScaleBar bar = render::niceScaleBar(mpp, 150.0);
        INFO(mpp);
        CHECK(bar.pixels <= 150.0);
        CHECK(bar.pixels > 150.0 / 2.5 - 1e-9);  // the next round length would not fit
        CHECK(bar.pixels * mpp == Approx(bar.metres));
        const double mantissa = bar.metres / std::pow(10.0, std::floor(std::log10(bar.metres)));
        CHECK((std::fabs(mantissa - 1) < 1e-9 || std::fabs(mantissa - 2) < 1e-9 || std::fabs(mantissa - 5) < 1e-9));
    }
    CHECK(render::niceScaleBar(10.0, 150.0).label == QStringLiteral("1 km"));
    CHECK(render::niceScaleBar(1.0, 150.0).label == QStringLiteral("100 m"));
}

TEST_CASE("views map world to screen and back, and zoom about the cursor", "[render][view]")
{
    const render::MapView view = render::MapView::fitting({430000, 2549000, 434000, 2551000}, QSizeF(800, 400), 0.0);
    CHECK(view.metresPerPixel() == Approx(5.0));
    const QPointF screen = view.toScreen(431000, 2550500);
    CHECK(view.toWorld(screen).x() == Approx(431000));
    CHECK(view.toWorld(screen).y() == Approx(2550500));
    const render::MapView zoomed = view.zoomedAt(screen, 2.0);
    CHECK(zoomed.metresPerPixel() == Approx(2.5));
    CHECK(zoomed.toWorld(screen).x() == Approx(431000));  // the point under the cursor stays
    CHECK(zoomed.toWorld(screen).y() == Approx(2550500));
    CHECK(view.scaleDenominator(96) == Approx(5.0 * 96 / 0.0254));
}

TEST_CASE("parcels are drawn in their verdict's colour where their geometry is", "[render][colours]")
{
    app();
    const render::MapScene scene = checkedScene();
    const render::MapView view(QSizeF(440, 240), QPointF(432000, 2550200), 10.0);  // 10 m a pixel
    QImage image(440, 240, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    render::RenderSettings settings;
    settings.showLabels = false;
    REQUIRE(render::renderMap(painter, view, scene, settings));
    painter.end();
    auto pixelAt = [&](double x, double y) {
        const QPointF p = view.toScreen(x, y);
        return QColor(image.pixel(static_cast<int>(p.x()), static_cast<int>(p.y())));
    };
    // wholly-inside (430100-430200, 2550100-2550200): pass, green over the zone's fill.
    const QColor pass = pixelAt(430150, 2550150);
    CHECK(pass.green() > pass.red() + 40);
    // in-the-hole (430450-430550): fail, red.
    const QColor fail = pixelAt(430500, 2550500);
    CHECK(fail.red() > fail.green() + 60);
    // half-inside (430950-431050): review, amber.
    const QColor review = pixelAt(431030, 2550150);  // the half outside the zone
    CHECK(review.red() > 150);
    CHECK(review.green() > 90);
    CHECK(review.blue() < 90);
    // Empty land between zones is the background.
    CHECK(near(pixelAt(431500, 2550500), QColor(0xf4, 0xf2, 0xec), 2));
}

TEST_CASE("a render matches the reference image within a tolerance", "[render][reference]")
{
    app();
    const render::MapScene scene = checkedScene();
    const render::MapView view = render::MapView::fitting(scene.extent(), QSizeF(480, 300));
    QImage image(480, 300, QImage::Format_RGB32);
    QPainter painter(&image);
    render::RenderSettings settings;
    settings.showLabels = false;  // fonts differ between machines; shapes and colours do not
    settings.showWater = false;   // the bundled river crosses these made-up squares
    REQUIRE(render::renderMap(painter, view, scene, settings));
    painter.end();
    const QString reference = QStringLiteral(PEARLZONE_TEST_DATA_DIR "/render/squares.png");
    if (qEnvironmentVariableIsSet("PEARLZONE_UPDATE_REFERENCES"))
        image.save(reference);
    const QImage expected(reference);
    REQUIRE_FALSE(expected.isNull());
    REQUIRE(expected.size() == image.size());
    long long differing = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (!near(QColor(image.pixel(x, y)), QColor(expected.pixel(x, y)), 24))
                ++differing;
        }
    }
    // Anti-aliasing may differ at edges between Qt versions: allow 0.5% of the pixels.
    CHECK(differing < image.width() * image.height() / 200);
}

TEST_CASE("labels never overlap and can be cancelled", "[render][labels]")
{
    app();
    const render::MapScene scene = render::sceneFromData(squareZones());
    const std::size_t allLabels = scene.zones.size() + scene.subareas.size();
    // So zoomed out that all the labels would pile up: those drawn do not overlap, some are
    // drawn, and some had to be left out.
    const render::MapView view(QSizeF(200, 120), QPointF(432000, 2550000), 200.0);
    LabelRecorder recorder;
    {
        QPainter recording(&recorder);
        CHECK(render::renderMap(recording, view, scene, {}, nullptr));
    }
    const auto& labels = recorder.labels;
    CHECK(labels.size() >= 2);
    CHECK(labels.size() < allLabels);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        for (std::size_t j = i + 1; j < labels.size(); ++j) {
            INFO("label " << i << " and label " << j);
            CHECK_FALSE(labels[i].intersects(labels[j]));
        }
    }

    QImage image(200, 120, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    std::atomic<bool> cancel{true};
    CHECK(render::renderMap(painter, view, scene, {}, nullptr));
    render::MapScene withParcels = checkedScene();
    CHECK_FALSE(render::renderMap(painter, view, withParcels, {}, &cancel));
}

TEST_CASE("a label the map's frame would cut is left out", "[render][labels]")
{
    app();
    const render::MapScene scene = render::sceneFromData(squareZones());
    const auto ifc = std::find_if(scene.zones.begin(), scene.zones.end(), [](const auto& z) { return z.zoneId == "ifc"; });
    REQUIRE(ifc != scene.zones.end());
    const QPointF anchor = ifc->labelAnchor;
    const QRectF frame(0, 0, 200, 120);
    // 10 m a pixel. Centred on IFC's anchor, its label (some 140 px wide) fits and is drawn
    // around the centre, (100, 60); with the anchor 20 px from the left edge it would be cut.
    auto labelsAt = [&](double anchorX) {
        const render::MapView view(QSizeF(200, 120), QPointF(anchor.x() + (100 - anchorX) * 10.0, anchor.y()), 10.0);
        LabelRecorder recorder;
        QPainter recording(&recorder);
        CHECK(render::renderMap(recording, view, scene, {}, nullptr));
        return recorder.labels;
    };
    auto holds = [](const std::vector<QRectF>& labels, QPointF point) {
        return std::any_of(labels.begin(), labels.end(), [&](const QRectF& label) { return label.contains(point); });
    };
    const auto centred = labelsAt(100);
    CHECK(holds(centred, QPointF(100, 60)));
    const auto atEdge = labelsAt(20);
    CHECK_FALSE(holds(atEdge, QPointF(20, 60)));
    for (const auto& labels : {centred, atEdge}) {
        for (const QRectF& label : labels)
            CHECK(frame.contains(label));
    }
}

TEST_CASE("constraint lines are drawn in their style where they are: prohibited hatched, restricted tinted", "[render][constraints]")
{
    app();
    // The red line (prohibited) is x 432000–432150, the green line (restricted) x 432500–432600,
    // both y 2550000–2551000 (tests/data/rules/constraints). At 2 m a pixel from (431900, 2551100):
    // red is screen x 50–125, green x 300–350, both y 50–550.
    const std::string folder = std::string(PEARLZONE_TEST_DATA_DIR) + "/rules/constraints/";
    core::ConstraintLayerOptions red, green;
    red.source = folder + "constraints-red.geojson";
    green.source = folder + "constraints-green.geojson";
    const core::ConstraintSet set = core::ConstraintSet::load({red, green});
    render::MapScene scene;
    scene.constraintLayers = render::constraintLayersOf(set);
    REQUIRE(scene.constraintLayers.size() == 2);
    CHECK(scene.constraintLayers[0]->classes().at(0).rule == core::ConstraintRule::Prohibited);
    CHECK(scene.constraintLayers[1]->classes().at(0).kind == QStringLiteral("绿线"));
    const render::MapView view(QSizeF(400, 600), QPointF(432300, 2550500), 2.0);
    auto draw = [&](std::vector<bool> visible) {
        QImage image(400, 600, QImage::Format_RGB32);
        QPainter painter(&image);
        render::RenderSettings settings;
        settings.showLabels = settings.showZones = settings.showSubareas = settings.showWater = false;
        settings.constraintLayerVisible = std::move(visible);
        render::renderMap(painter, view, scene, settings);
        return image;
    };
    auto count = [](const QImage& image, QRect area, auto test) {
        int n = 0;
        for (int y = area.top(); y <= area.bottom(); ++y)
            for (int x = area.left(); x <= area.right(); ++x)
                n += test(QColor(image.pixel(x, y))) ? 1 : 0;
        return n;
    };
    auto strongRed = [](const QColor& c) { return c.red() > 150 && c.green() < 120 && c.blue() < 120; };
    auto strongGreen = [](const QColor& c) { return c.green() > 100 && c.red() < 100 && c.blue() < 100; };
    auto greenTint = [](const QColor& c) { return c.green() - c.red() > 15; };
    const QRect redInside(54, 54, 68, 492), greenInside(304, 54, 42, 492), between(180, 54, 80, 492);

    const QImage both = draw({});
    // Hatch lines every 7 px on the diagonal: about a seventh of the pixels, none outside.
    const int hatch = count(both, redInside, strongRed);
    INFO("hatch pixels " << hatch << " of " << redInside.width() * redInside.height());
    CHECK(hatch > redInside.width() * redInside.height() / 14);
    CHECK(hatch < redInside.width() * redInside.height() / 2);
    CHECK(count(both, greenInside, strongGreen) == 0);  // restricted: no hatch
    CHECK(count(both, greenInside, greenTint) == greenInside.width() * greenInside.height());
    CHECK(count(both, between, [](const QColor& c) { return c == render::paperColour(); }) == between.width() * between.height());
    // The outline: the restricted line's dashed edge at x = 300.
    CHECK(count(both, QRect(299, 54, 3, 492), strongGreen) > 100);

    // A layer switched off is not drawn.
    const QImage greenOnly = draw({false, true});
    CHECK(count(greenOnly, redInside, strongRed) == 0);
    CHECK(count(greenOnly, greenInside, greenTint) == greenInside.width() * greenInside.height());
}
