// The batched parcel drawing on a PDF page (the renderer's vector path, as the report's and
// the map's PDFs use it), read back through poppler's pdftoppm: the scene of
// parcel_batch_scene.h on a 120 x 100 pt page at 72 dpi, so that a point is a pixel.
#include "gis/utf8_path.h"

#include "parcel_batch_scene.h"
#include "pearlzone_catch.h"
#include "temp_dir.h"

#include <QImage>
#include <QPageSize>
#include <QPdfWriter>
#include <QProcess>

using namespace pearlzone;
using namespace pearlzone::test;

TEST_CASE("on a PDF page overlapping parcels of one verdict are filled once and holes stay open", "[render][batch][pdf]")
{
    const TempDir dir;
    const QString pdf = QString::fromStdString(gis::pathToUtf8(dir.path() / "地块.pdf"));
    {
        QPdfWriter writer(pdf);
        writer.setResolution(72);
        writer.setPageSize(QPageSize(QSizeF(120, 100), QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter(&writer);
        REQUIRE(painter.device()->width() == 120);
        render::MapScene scene;
        scene.parcelLayers.push_back(batchLayer(true, false));
        REQUIRE(render::renderMap(painter, batchView(), scene, batchSettings()));
    }
    const QString prefix = QString::fromStdString(gis::pathToUtf8(dir.path() / "page"));
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-png"),
                                                QStringLiteral("-singlefile"), pdf, prefix});
    REQUIRE(pdftoppm.waitForFinished(60000));
    const QImage image(prefix + QStringLiteral(".png"));
    REQUIRE(image.size() == QSize(120, 100));
    const auto at = [&](int x, int y) { return image.pixelColor(x, y); };
    const QColor pass = singleFill(core::Verdict::Pass), fail = singleFill(core::Verdict::Fail);
    CHECK(nearColour(at(20, 25), pass, 3));
    CHECK(nearColour(at(40, 30), pass, 3));  // under A and B: once
    CHECK(nearColour(at(60, 45), pass, 3));
    CHECK(nearColour(at(85, 15), fail, 3));
    CHECK(nearColour(at(95, 28), render::paperColour(), 1));  // C's hole
    CHECK(nearColour(at(104, 29), fail, 3));                  // D in the hole
    CHECK(at(20, 70).green() < pass.green() + 3);
    CHECK(at(10, 70).green() < pass.green() - 40);  // E's outline
    int darker = 0;  // F: no outline
    for (int y = 60; y <= 68; ++y)
        for (int x = 50; x <= 58; ++x)
            darker += at(x, y).green() < pass.green() - 3 ? 1 : 0;
    CHECK(darker == 0);
}
