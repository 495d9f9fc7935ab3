// The check report's zoomed zone maps and nested bookmarks (issue 18), as poppler reads them.
//
// The square zones of tests/data/rules (EPSG:4547): Pazhou 430000–431000 × 2549000–2551000
// (sub-areas Pazhou north, University Town south), IFC ("Finance City") 432000–433000 and Yuzhu 433000–434000
// × 2550000–2551000. A4 landscape, 12 mm margins: the map frame is 205 × 161 mm.
// - Overview: 4,000 × 2,000 m fitted with a 2 % margin each side: 4,000 / 205 mm × 1.04 gives
//   1:20,293, printed at the next round scale, 1:25,000.
// - Pazhou's page: 2,000 m high / 161 mm × 1.04 = 1:12,919 → 1:15,000; IFC's and Yuzhu's:
//   1,000 m / 161 mm × 1.04 = 1:6,460 → 1:7,500.
// The rule: a zone gets a page when its parcels' median longest side is under 1.5 mm on the
// overview (37.5 m at 1:25,000) and its page at least doubles the overview (1:12,500 or
// larger). So 5 m parcels give IFC and Yuzhu a page each (Pazhou's 1:15,000 is not twice
// 1:25,000); 60 m parcels (2.4 mm) give none.
#include "core/check_report_contents.h"
#include "render/crowd_raster.h"
#include "render/map_renderer.h"
#include "render/map_style.h"
#include "render/pdf_outline.h"
#include "render/pdf_pages.h"
#include "render/report_pdf.h"

#include "pearlzone_catch.h"
#include "program_output.h"
#include "temp_dir.h"
#include "test_data.h"

#include <QFile>
#include <QRegularExpression>

#include <cmath>

using namespace pearlzone;
using pearlzone::test::squareZones;

namespace {

render::ParcelShape square(double x, double y, double side)
{
    render::ParcelShape shape;
    shape.rings = {QPolygonF({QPointF(x, y), QPointF(x + side, y), QPointF(x + side, y + side), QPointF(x, y + side), QPointF(x, y)})};
    shape.point = QPointF(x + side / 2, y + side / 2);
    shape.box = gis::Envelope{x, y, x + side, y + side};
    return shape;
}

// 12 failing parcels (a page of rows) of side metres in each zone (and each of Pazhou's sub-areas).
QString writeReport(const test::TempDir& dir, double side, const std::string& name)
{
    const render::MapScene scene = render::sceneFromData(squareZones());
    render::PdfPageSettings page;
    page.language = core::Language::English;
    render::ReportPdfStream stream(scene, &squareZones().zones, page);
    core::BatchSummary summary;
    const std::tuple<std::string, std::string, double, double> places[] = {
        {"pazhou_core", "pazhou", 430100, 2550100}, {"pazhou_core", "university_town", 430100, 2549100},
        {"ifc", "", 432100, 2550100}, {"yuzhu", "", 433100, 2550100}};
    int id = 0;
    for (const auto& [zone, subarea, x, y] : places) {
        for (int i = 0; i < 12; ++i) {
            core::ParcelResult r;
            r.parcelId = "Z-" + std::to_string(++id);
            r.location = core::Location::Inside;
            r.verdict = core::Verdict::Fail;
            r.zoneId = zone;
            r.subareaId = subarea;
            r.reason = "reason of " + r.parcelId;
            stream.add(r, square(x + (i % 8) * 100, y + (i / 8) * 100, side));
            summary.count(r);
            ++summary.total;
        }
    }
    const QString pdf = QString::fromStdString(dir.file(name));
    const auto content = core::checkReportContents(QStringLiteral("地块.gpkg"), QStringLiteral("parcels"), QStringLiteral("EPSG:4547"), 0.99,
                                                   QDateTime::currentDateTime(), summary, nullptr, &squareZones().zones);
    REQUIRE(stream.finish(pdf, content).status == render::ExportStatus::Written);
    return pdf;
}

int pageCount(const QString& pdf)
{
    return QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(test::programOutput(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

}  // namespace

TEST_CASE("zones whose parcels are too small on the overview get a zoomed map page, with nested bookmarks", "[pdf][report]")
{
    test::TempDir dir;
    const QString pdf = writeReport(dir, 5.0, "小地块.pdf");
    // Cover, contents, overview, IFC's and Yuzhu's maps, then a page per table group (4).
    REQUIRE(pageCount(pdf) == 9);
    const QStringList pages = test::programOutput(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}).split(QLatin1Char('\f'));
    REQUIRE(pages.size() >= 9);
    CHECK(pages[2].contains(QStringLiteral("Map of the checked parcels")));
    CHECK(pages[2].contains(QStringLiteral("Scale 1:25,000")));
    CHECK(pages[3].startsWith(QStringLiteral("Finance City")));
    CHECK(pages[3].contains(QStringLiteral("Scale 1:7,500")));
    CHECK(pages[3].contains(QStringLiteral("Parcels: Fail")));  // the legend: the verdict on this page
    CHECK(pages[4].startsWith(QStringLiteral("Yuzhu Zone")));
    CHECK(pages[4].contains(QStringLiteral("Scale 1:7,500")));
    CHECK(pages[5].contains(QStringLiteral("Parcels checked: Pazhou Core Zone")));

    // Bookmarks: the maps under "Maps", Pazhou's sub-areas under Pazhou, the other zones flat.
    const QString xml = test::programOutput(QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"), pdf});
    const QString outline = xml.mid(xml.indexOf(QStringLiteral("<outline>"))).simplified().replace(QStringLiteral("> <"), QStringLiteral("><"));
    CHECK(outline.contains(QStringLiteral("<item page=\"3\">Maps</item><outline><item page=\"3\">Map of the checked parcels</item>"
                                          "<item page=\"4\">Finance City</item>"
                                          "<item page=\"5\">Yuzhu Zone</item></outline>")));
    CHECK(outline.contains(QStringLiteral("<item page=\"6\">Pazhou Core Zone (24)</item><outline>"
                                          "<item page=\"6\">Pazhou Core Zone · Pazhou (12)</item>"
                                          "<item page=\"7\">Pazhou Core Zone · Guangzhou University Town (12)</item>"
                                          "</outline><item page=\"8\">Finance City (12)</item>"
                                          "<item page=\"9\">Yuzhu Zone (12)</item>")));
}

TEST_CASE("parcels legible on the overview get no zone pages", "[pdf][report]")
{
    test::TempDir dir;
    const QString pdf = writeReport(dir, 60.0, "大地块.pdf");
    const QString text = test::programOutput(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    INFO(text.toStdString());
    CHECK(pageCount(pdf) == 7);  // cover, contents, overview, 4 groups
    CHECK(text.count(QStringLiteral("Scale 1:")) == 1);
}

TEST_CASE("bookmarks nest by level: a parent counts and opens on its children", "[pdf][outline]")
{
    test::TempDir dir;
    const QString pdf = QString::fromStdString(dir.file("书签.pdf"));
    render::PdfPageSettings page;
    render::ExportOutcome written = render::pdf::writeAtomicPdf(
        pdf, page, QStringLiteral("书签"),
        [](QPdfWriter& writer, QPainter&, render::ExportOutcome&) {
            for (int i = 1; i < 4; ++i)
                writer.newPage();
            return true;
        },
        [](const QString& temporary) {
            render::addOutline(temporary, {{QStringLiteral("一"), 1, 0},
                                           {QStringLiteral("一.1"), 2, 1},
                                           {QStringLiteral("一.1.a"), 3, 2},
                                           {QStringLiteral("一.2"), 3, 1},
                                           {QStringLiteral("二"), 4, 0}});
        });
    REQUIRE(written.status == render::ExportStatus::Written);
    const QString xml = test::programOutput(QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"), pdf});
    const QString outline = xml.mid(xml.indexOf(QStringLiteral("<outline>"))).simplified().replace(QStringLiteral("> <"), QStringLiteral("><"));
    CHECK(outline.startsWith(QStringLiteral("<outline><item page=\"1\">一</item><outline><item page=\"2\">一.1</item><outline>"
                                            "<item page=\"3\">一.1.a</item></outline><item page=\"3\">一.2</item></outline>"
                                            "<item page=\"4\">二</item></outline>")));
    // The file as a whole: the outline's /Count is every item, and the first parent counts its three.
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.contains("/Type /Outlines\n/First"));
    CHECK(bytes.contains("/Count 5\n"));
    CHECK(bytes.contains("/Count 3\n"));
}

TEST_CASE("a page's crowd past its vector shapes is drawn as shapes: translucent fills that compose, outlines, boxes unoutlined",
          "[render][raster]")
{
    // World metres are view pixels here; the raster has a pixel per 2 of them (150 dpi on a page).
    render::CrowdRaster crowd(QSizeF(200, 100), QTransform());
    crowd.add(square(0, 0, 80).rings, static_cast<std::size_t>(core::Verdict::Fail));    // 40 raster pixels: outlined
    crowd.add(square(40, 40, 80).rings, static_cast<std::size_t>(core::Verdict::Pass));   // overlaps its lower right
    crowd.addBox(QRectF(150, 10, 40, 40), static_cast<std::size_t>(core::Verdict::Review));  // a box: never outlined
    CHECK(crowd.count() == 3);
    QRectF target;
    const QImage image = crowd.image(target);
    REQUIRE_FALSE(image.isNull());
    CHECK(target.size() == QSizeF(image.size()) * 2.0);
    const auto at = [&](double x, double y) {
        const QPoint pixel(static_cast<int>((x - target.left()) / 2), static_cast<int>((y - target.top()) / 2));
        return image.rect().contains(pixel) ? image.pixelColor(pixel).toRgb() : QColor(Qt::transparent);
    };
    // Premultiplied source-over, by hand: what a PDF viewer shows of the image's pixels.
    const auto over = [](const QColor& top, const QColor& under) {
        const double a = top.alphaF(), b = under.alphaF() * (1 - a);
        const double alpha = a + b;
        return QColor::fromRgbF((top.redF() * a + under.redF() * b) / alpha, (top.greenF() * a + under.greenF() * b) / alpha,
                                (top.blueF() * a + under.blueF() * b) / alpha, alpha);
    };
    const auto near = [](const QColor& got, const QColor& expected) {
        INFO(got.name(QColor::HexArgb).toStdString() << " against " << expected.name(QColor::HexArgb).toStdString());
        CHECK(std::abs(got.red() - expected.red()) <= 2);
        CHECK(std::abs(got.green() - expected.green()) <= 2);
        CHECK(std::abs(got.blue() - expected.blue()) <= 2);
        CHECK(std::abs(got.alpha() - expected.alpha()) <= 2);
    };
    const QColor fail = render::parcelFill(core::Verdict::Fail), pass = render::parcelFill(core::Verdict::Pass);
    CHECK(fail.alpha() == 150);
    near(at(20, 20), fail);
    near(at(60, 60), over(fail, pass));  // pass, review, fail: the more pressing verdict on top
    near(at(100, 100 - 10), pass);
    near(at(1, 40), render::parcelOutline(core::Verdict::Fail));  // opaque, on the square's left edge
    near(at(170, 30), render::parcelFill(core::Verdict::Review));
    near(at(151, 30), render::parcelFill(core::Verdict::Review));  // the box's edge: its fill, no outline
    CHECK(at(140, 90).alpha() == 0);
}
