// Parcels drawn in batches (render/parcel_drawing.h, issue 16 item 5), on the hand-made scene
// of parcel_batch_scene.h: overlapping parcels of one verdict fill a pixel once, holes stay
// open whatever the rings' turning, outlines only from 12 px up; in a sparse view (QPainter
// paths, anti-aliased) and in a crowd (the parcel raster), from WKB and from value shapes.
#include "render/parcel_raster.h"

#include "parcel_batch_scene.h"
#include "pearlzone_catch.h"

#include <QImage>

using namespace pearlzone;
using namespace pearlzone::test;

namespace {

QImage renderBatch(bool fromWkb, bool crowd)
{
    render::MapScene scene;
    scene.parcelLayers.push_back(batchLayer(fromWkb, crowd));
    QImage image(120, 100, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    REQUIRE(render::renderMap(painter, batchView(), scene, batchSettings()));
    return image;
}

}  // namespace

TEST_CASE("the batch scene's screen pixels are where its notes say", "[render][batch]")
{
    CHECK(batchView().toScreen(500000, 2500100) == QPointF(0, 0));
    CHECK(batchView().toScreen(500040, 2500070) == QPointF(40, 30));
}

TEST_CASE("parcels are filled once per pixel by verdict, keep their holes, and are outlined only from 12 px",
          "[render][batch]")
{
    const bool fromWkb = GENERATE(true, false);
    const bool crowd = GENERATE(false, true);
    INFO("from WKB " << fromWkb << ", crowd " << crowd);
    const QImage image = renderBatch(fromWkb, crowd);
    const auto at = [&](int x, int y) { return image.pixelColor(x, y); };
    const QColor pass = singleFill(core::Verdict::Pass), fail = singleFill(core::Verdict::Fail);
    INFO("pass fill " << pass.name().toStdString() << ", fail fill " << fail.name().toStdString());

    // A alone, A and B overlapping, B alone: all one fill (two fills would be darker: the
    // green channel would be 158 x 0.59 + 193 x 0.41 = 172).
    CHECK(nearColour(at(20, 25), pass, 2));
    CHECK(nearColour(at(40, 30), pass, 2));
    CHECK(nearColour(at(60, 45), pass, 2));
    CHECK(at(40, 30) == at(20, 25));

    // C's ring is filled, its hole is the paper, and D fills its part of the hole once.
    CHECK(nearColour(at(85, 15), fail, 2));
    CHECK(at(95, 28) == render::paperColour());
    CHECK(at(97, 22) == render::paperColour());
    CHECK(nearColour(at(104, 29), fail, 2));

    // E (20 px) has its outline: the column of its left edge (x 10.5) is the dark outline
    // colour, its inside the fill. F (8 px) has none: no pixel under it is darker than its fill.
    const QColor outline = render::verdictColour(core::Verdict::Pass).darker(140);
    CHECK(nearColour(at(10, 70), outline, 2));
    CHECK(nearColour(at(20, 70), pass, 2));
    int darker = 0;
    for (int y = 60; y <= 68; ++y)
        for (int x = 50; x <= 58; ++x)
            darker += at(x, y).green() < pass.green() - 2 ? 1 : 0;
    CHECK(darker == 0);
    CHECK(nearColour(at(54, 64), pass, 2));
    // Anti-aliased in a sparse view (F's edge at 50.5 half covers pixel 50); in a crowd every
    // pixel whose centre is inside is filled whole.
    if (crowd)
        CHECK(nearColour(at(50, 64), pass, 2));
    else
        CHECK(at(50, 64).green() > pass.green() + 10);

    // Between parcels: the paper; the crowd's corner: dots.
    CHECK(at(75, 80) == render::paperColour());
    if (crowd)
        CHECK(at(2, 96) == render::verdictColour(core::Verdict::Pass));
}

TEST_CASE("the parcel raster fills by pixel centres and the even-odd rule, and colours by verdict in drawing order",
          "[render][batch]")
{
    // A 10 x 6 raster at device (100, 200).
    render::ParcelRaster raster(QRect(100, 200, 10, 6));
    // Two overlapping pass triangles' worth of rows: a square 1.5-4.5 (pixels 1..3 by their
    // centres 1.5, 2.5, 3.5; 4.5 is the end, excluded) with a one-pixel hole at pixel (2, 2).
    const std::vector<QPointF> square = {{101.5, 201.5}, {104.5, 201.5}, {104.5, 204.5}, {101.5, 204.5},
                                         {102.2, 202.2}, {102.8, 202.2}, {102.8, 202.8}, {102.2, 202.8}};
    raster.fill(square, {4, 8}, 0);
    raster.fill({{103.5, 201.5}, {106.5, 201.5}, {106.5, 202.5}, {103.5, 202.5}}, {4}, 0);  // pixels (3..5, 1)
    raster.fill({{100.0, 205.0}, {102.0, 205.0}, {102.0, 206.0}, {100.0, 206.0}}, {4}, 2);  // fail: (0..1, 5)
    raster.outline({{107.5, 200.5}, {107.5, 204.5}}, {2}, 2);  // a fail outline down column 7, rows 0..4
    render::ParcelRaster::Style style;
    style.fill[0] = qRgba(0, 200, 0, 255);
    style.fill[2] = qRgba(200, 0, 0, 102);  // 40 %
    style.outline[2] = qRgba(10, 20, 30, 255);
    QPoint topLeft;
    const QImage image = raster.image(style, topLeft);
    // The pixels drawn span columns 0..7 and rows 0..5 of the raster.
    CHECK(topLeft == QPoint(100, 200));
    REQUIRE(image.size() == QSize(8, 6));
    const auto rgba = [&](int x, int y) { return image.pixel(x, y); };
    CHECK(rgba(1, 1) == qRgba(0, 200, 0, 255));
    CHECK(rgba(3, 3) == qRgba(0, 200, 0, 255));
    CHECK(rgba(2, 2) == 0u);  // the hole
    CHECK(rgba(4, 2) == 0u);  // 4.5 is the square's end
    CHECK(rgba(5, 1) == qRgba(0, 200, 0, 255));  // the second square; (3, 1) under both, once
    CHECK(rgba(3, 1) == qRgba(0, 200, 0, 255));
    // 40 % red, premultiplied: 200 x 0.4 = 80.
    CHECK(rgba(0, 5) == qRgba(80, 0, 0, 102));
    CHECK(rgba(1, 5) == qRgba(80, 0, 0, 102));
    CHECK(rgba(2, 5) == 0u);
    for (int y = 0; y <= 4; ++y)
        CHECK(rgba(7, y) == qRgba(10, 20, 30, 255));
    CHECK(rgba(7, 5) == 0u);
}

TEST_CASE("on a high-DPI device a crowd's raster is drawn in the device's own pixels", "[render][batch]")
{
    // The crowd scene on an image of twice the pixels at device pixel ratio 2 (the same 120 x 100
    // logical view): E's left edge, logical x 10.5, is device x 21 — its outline is one device
    // pixel wide there, not a logical pixel blown up to two.
    render::MapScene scene;
    scene.parcelLayers.push_back(batchLayer(true, true));
    QImage image(240, 200, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    {
        QPainter painter(&image);
        REQUIRE(render::renderMap(painter, batchView(), scene, batchSettings()));
    }
    const QColor outline = render::verdictColour(core::Verdict::Pass).darker(140);
    const QColor pass = singleFill(core::Verdict::Pass);
    int outlined = 0;
    for (int x = 14; x <= 28; ++x)
        outlined += nearColour(image.pixelColor(x, 140), outline, 2) ? 1 : 0;
    CHECK(outlined == 1);
    CHECK(nearColour(image.pixelColor(21, 140), outline, 2));
    CHECK(nearColour(image.pixelColor(22, 140), pass, 2));
    CHECK(nearColour(image.pixelColor(40, 140), pass, 2));
}
