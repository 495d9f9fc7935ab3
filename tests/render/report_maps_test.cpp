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
#include "core/check_errors.h"
#include "core/check_report_contents.h"
#include "render/crowd_raster.h"
#include "render/map_renderer.h"
#include "render/map_style.h"
#include "render/pdf_join.h"
#include "render/pdf_pages.h"
#include "render/pdf_stream_join.h"
#include "render/report_pdf.h"

#include "pearlzone_catch.h"
#include "program_output.h"
#include "temp_dir.h"
#include "test_data.h"

#include <QFile>
#include <QImage>
#include <QProcess>
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

TEST_CASE("parts join into one PDF whose bookmarks nest by level: a parent counts and opens on its children", "[pdf][outline]")
{
    test::TempDir dir;
    // Two parts of two pages each, a page's number written on it.
    std::vector<QString> parts;
    for (int part = 0; part < 2; ++part) {
        parts.push_back(QString::fromStdString(dir.file("部分" + std::to_string(part) + ".pdf")));
        render::PdfPageSettings page;
        const render::ExportOutcome written = render::pdf::writeAtomicPdf(
            parts.back(), page, QStringLiteral("书签"), [part](QPdfWriter& writer, QPainter& painter, render::ExportOutcome&) {
                for (int i = 0; i < 2; ++i) {
                    if (i > 0)
                        writer.newPage();
                    painter.drawText(QPointF(300, 300), QStringLiteral("第%1页").arg(2 * part + i + 1));
                }
                return true;
            });
        REQUIRE(written.status == render::ExportStatus::Written);
    }
    const QString pdf = QString::fromStdString(dir.file("书签.pdf"));
    render::joinPdfParts(parts, pdf,
                         {{QStringLiteral("一"), 1, 0},
                          {QStringLiteral("一.1"), 2, 1},
                          {QStringLiteral("一.1.a"), 3, 2},
                          {QStringLiteral("一.2"), 3, 1},
                          {QStringLiteral("二"), 4, 0}});
    CHECK(pageCount(pdf) == 4);
    const QString text = test::programOutput(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK(text.indexOf(QStringLiteral("第1页")) < text.indexOf(QStringLiteral("第2页")));
    CHECK(text.indexOf(QStringLiteral("第2页")) < text.indexOf(QStringLiteral("第3页")));
    CHECK(text.indexOf(QStringLiteral("第3页")) < text.indexOf(QStringLiteral("第4页")));
    CHECK(test::programOutput(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("书签")));
    const QString xml = test::programOutput(QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"), pdf});
    const QString outline = xml.mid(xml.indexOf(QStringLiteral("<outline>"))).simplified().replace(QStringLiteral("> <"), QStringLiteral("><"));
    CHECK(outline.startsWith(QStringLiteral("<outline><item page=\"1\">一</item><outline><item page=\"2\">一.1</item><outline>"
                                            "<item page=\"3\">一.1.a</item></outline><item page=\"3\">一.2</item></outline>"
                                            "<item page=\"4\">二</item></outline>")));
    // The counts, in the file as qpdf writes it out readable: the outline's /Count is every
    // item; the first parent's its three below, the other parent's its one.
    const QString qdf = test::programOutput(QStringLiteral("qpdf"), {QStringLiteral("--qdf"), pdf, QStringLiteral("-")});
    CHECK(qdf.contains(QStringLiteral("/Count 5\n")));
    CHECK(qdf.contains(QStringLiteral("/Count 3\n")));
    CHECK(qdf.contains(QStringLiteral("/Count 1\n")));
    CHECK(qdf.contains(QStringLiteral("/PageMode /UseOutlines")));
}

namespace {

// A part as the report writes them: Chinese and Latin text in two sizes, lines and fills, an
// image, over several pages, each page's number on it.
QString writePart(test::TempDir& dir, const std::string& name, int firstPage, int pages)
{
    const QString path = QString::fromStdString(dir.file(name));
    render::PdfPageSettings settings;
    const render::ExportOutcome written = render::pdf::writeAtomicPdf(
        path, settings, QStringLiteral("合并"), [&](QPdfWriter& writer, QPainter& painter, render::ExportOutcome&) {
            QImage image(40, 30, QImage::Format_RGB32);
            image.fill(QColor(30 * firstPage % 255, 120, 200));
            for (int i = 0; i < pages; ++i) {
                if (i > 0)
                    writer.newPage();
                painter.setFont(render::pdfFont(12));
                painter.drawText(QPointF(300, 300), QStringLiteral("第%1页 page (%1) \\ 琶洲").arg(firstPage + i));
                painter.setFont(render::pdfFont(7, true));
                painter.drawText(QPointF(300, 600), QStringLiteral("鱼珠片区 %1 0 R").arg(firstPage + i));
                painter.fillRect(QRectF(300, 800, 400, 200), QColor(200, 40, 40, 120));
                painter.drawLine(QPointF(300, 1100), QPointF(900, 1300));
                painter.drawImage(QRectF(1000, 800, 400, 300), image);
            }
            return true;
        });
    REQUIRE(written.status == render::ExportStatus::Written);
    return path;
}

// What a reader sees of a PDF: its text page by page, its bookmarks, its page images.
struct ReadPdf {
    QString text, outline, pages;
    QByteArray images;
};

ReadPdf readPdf(const QString& pdf, test::TempDir& dir, const std::string& name)
{
    ReadPdf read;
    read.text = test::programOutput(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    const QString xml = test::programOutput(QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"), pdf});
    read.outline = xml.mid(xml.indexOf(QStringLiteral("<outline>")));
    const QString info = test::programOutput(QStringLiteral("pdfinfo"), {pdf});
    read.pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1);
    const QString prefix = QString::fromStdString(dir.file(name));
    test::programOutput(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-png"), pdf, prefix});
    for (int page = 1; page <= read.pages.toInt(); ++page) {
        QFile image(prefix + QStringLiteral("-%1.png").arg(page, static_cast<int>(read.pages.size()), 10, QLatin1Char('0')));
        REQUIRE(image.open(QIODevice::ReadOnly));
        read.images += image.readAll();
    }
    return read;
}

const std::vector<render::OutlineEntry> kNestedOutline{{QStringLiteral("一"), 1, 0},
                                                       {QStringLiteral("一.1"), 2, 1},
                                                       {QStringLiteral("一.1.a"), 5, 2},
                                                       {QStringLiteral("一.2"), 6, 1},
                                                       {QStringLiteral("二 (7)"), 7, 0}};

}  // namespace

TEST_CASE("the one-pass join of QPdfWriter's parts reads as qpdf's join of them, and qpdf finds no error in it", "[pdf][outline]")
{
    test::TempDir dir;
    const std::vector<QString> parts{writePart(dir, "甲.pdf", 1, 3), writePart(dir, "乙.pdf", 4, 1), writePart(dir, "丙.pdf", 5, 3)};
    const QString fast = QString::fromStdString(dir.file("一遍.pdf"));
    const QString reference = QString::fromStdString(dir.file("qpdf.pdf"));
    REQUIRE(render::streamJoinPdfParts(parts, fast, kNestedOutline) == render::StreamJoin::Joined);
    render::joinPdfPartsWithQpdf(parts, reference, kNestedOutline);

    const QString check = test::programOutput(QStringLiteral("qpdf"), {QStringLiteral("--check"), fast});
    INFO(check.toStdString());
    CHECK(check.contains(QStringLiteral("No syntax or stream encoding errors found")));
    CHECK_FALSE(check.contains(QStringLiteral("WARNING")));
    const ReadPdf joined = readPdf(fast, dir, "fast");
    const ReadPdf expected = readPdf(reference, dir, "reference");
    CHECK(joined.pages == QStringLiteral("7"));
    CHECK(joined.text == expected.text);
    for (int page = 1; page <= 7; ++page)
        CHECK(joined.text.contains(QStringLiteral("第%1页 page (%1)").arg(page)));
    CHECK(joined.outline == expected.outline);
    CHECK(joined.outline.contains(QStringLiteral("<item page=\"5\">一.1.a</item>")));
    CHECK(joined.images == expected.images);
    CHECK(test::programOutput(QStringLiteral("pdfinfo"), {fast}).contains(QStringLiteral("合并")));
}

TEST_CASE("a part not laid out as QPdfWriter writes it is joined by qpdf", "[pdf][outline]")
{
    test::TempDir dir;
    const QString written = writePart(dir, "甲.pdf", 1, 3);
    // The same pages in object streams, as qpdf writes them: no longer one plain table.
    const QString packed = QString::fromStdString(dir.file("乙.pdf"));
    QProcess qpdf;
    qpdf.start(QStringLiteral("qpdf"), {QStringLiteral("--object-streams=generate"), written, packed});
    REQUIRE(qpdf.waitForFinished(60000));
    REQUIRE(QFile::exists(packed));
    const std::vector<QString> parts{writePart(dir, "丙.pdf", 1, 3), packed, writePart(dir, "丁.pdf", 7, 1)};
    const QString fast = QString::fromStdString(dir.file("一遍.pdf"));
    CHECK(render::streamJoinPdfParts(parts, fast, kNestedOutline) == render::StreamJoin::Declined);
    const QString pdf = QString::fromStdString(dir.file("合并.pdf"));
    render::joinPdfParts(parts, pdf, kNestedOutline);
    const ReadPdf joined = readPdf(pdf, dir, "joined");
    CHECK(joined.pages == QStringLiteral("7"));
    for (int page = 1; page <= 3; ++page)
        CHECK(joined.text.count(QStringLiteral("第%1页 page (%1)").arg(page)) == 2);
    CHECK(joined.text.contains(QStringLiteral("第7页 page (7)")));
    CHECK(joined.outline.contains(QStringLiteral("<item page=\"7\">二 (7)</item>")));
}

TEST_CASE("a part that cannot be read leaves no joined file and says which part", "[pdf][outline]")
{
    test::TempDir dir;
    const QString broken = QString::fromStdString(dir.file("坏的.pdf"));
    QFile file(broken);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("not a PDF");
    file.close();
    const QString pdf = QString::fromStdString(dir.file("合并.pdf"));
    try {
        render::joinPdfParts({broken}, pdf, {});
        FAIL("no error");
    } catch (const core::OutputError& error) {
        CHECK(QString::fromUtf8(error.what()).contains(QStringLiteral("坏的.pdf")));
    }
    CHECK_FALSE(QFile::exists(pdf));
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
