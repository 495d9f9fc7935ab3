// The streamed check report (issue 18) as poppler reads it: the attention filter lists exactly
// the located parcels that did not pass and every error, grouped by zone and sub-area with a
// running header and a bookmark per group; parcels outside every zone are counted by the
// nearest zone their check found (tests/core/fast_path_test.cpp tests the finding); a cancelled export leaves no file; tiny parcels become one verdict raster.
#include "core/check_report_contents.h"
#include "render/map_renderer.h"
#include "render/map_style.h"
#include "render/report_pdf.h"
#include "render/report_table.h"

#include "pearlzone_catch.h"
#include "program_output.h"
#include "temp_dir.h"
#include "test_data.h"

#include <QFile>
#include <QRegularExpression>

#include <filesystem>

using namespace pearlzone;
using pearlzone::test::squareZones;

namespace {

core::ParcelResult result(const std::string& id, core::Location location, core::Verdict verdict, const std::string& zone = {},
                          const std::string& subarea = {})
{
    core::ParcelResult r;
    r.parcelId = id;
    r.location = location;
    r.verdict = verdict;
    r.zoneId = zone;
    r.subareaId = subarea;
    r.reason = "reason of " + id;
    return r;
}

// A parcel outside every zone, with the nearest zone its check found.
core::ParcelResult outside(const std::string& id, const std::string& nearestZone)
{
    core::ParcelResult r = result(id, core::Location::Outside, core::Verdict::Fail);
    r.nearestZoneId = nearestZone;
    return r;
}

render::ParcelShape point(double x, double y)
{
    render::ParcelShape shape;
    shape.point = QPointF(x, y);
    shape.box = gis::Envelope{x, y, x, y};
    return shape;
}

// The test's parcels and whether the attention filter lists them (decided here by hand).
struct Case {
    core::ParcelResult result;
    render::ParcelShape shape;
    bool attention;
};

std::vector<Case> cases()
{
    using core::Location;
    using core::Verdict;
    return {
        {result("P-IN-PASS", Location::Inside, Verdict::Pass, "pazhou_core", "pazhou"), point(430100, 2550100), false},
        {result("P-IN-REVIEW", Location::Inside, Verdict::Review, "pazhou_core", "pazhou"), point(430200, 2550100), true},
        {result("P-PART-FAIL", Location::Partial, Verdict::Fail, "pazhou_core", "university_town"), point(430100, 2549100), true},
        {result("P-IN-FAIL", Location::Inside, Verdict::Fail, "yuzhu"), point(433500, 2550500), true},
        {result("P-PART-PASS", Location::Partial, Verdict::Pass, "ifc"), point(432500, 2550500), false},
        {outside("P-OUT-FAIL-W", "pazhou_core"), point(425000, 2550000), false},
        {outside("P-OUT-FAIL-E", "yuzhu"), point(440000, 2550500), false},
        {outside("P-OUT-FAIL-GAP", "ifc"), point(431600, 2550500), false},  // 400 m from IFC
        {result("P-ERROR", Location::Error, Verdict::Error), {}, true},
    };
}

QString writeReport(const test::TempDir& dir, render::PdfRows rows, const std::string& name, render::ExportOutcome* outcome = nullptr)
{
    const render::MapScene scene = render::sceneFromData(squareZones());
    render::PdfPageSettings page;
    page.language = core::Language::English;
    page.rows = rows;
    render::ReportPdfStream stream(scene, &squareZones().zones, page);
    core::BatchSummary summary;
    for (const Case& c : cases()) {
        stream.add(c.result, c.shape);
        summary.count(c.result);
        ++summary.total;  // count() leaves the total to the run
    }
    const QString pdf = QString::fromStdString(dir.file(name));
    const auto content = core::checkReportContents(QStringLiteral("测试.gpkg"), QStringLiteral("parcels"), QStringLiteral("EPSG:4547"), 0.99,
                                                   QDateTime::currentDateTime(), summary, nullptr, &squareZones().zones);
    const render::ExportOutcome written = stream.finish(pdf, content);
    if (outcome)
        *outcome = written;
    return pdf;
}

}  // namespace

TEST_CASE("the attention filter lists the located parcels that did not pass and every error", "[pdf][report]")
{
    for (const Case& c : cases()) {
        INFO(c.result.parcelId);
        CHECK(render::listsParcel(render::PdfRows::Attention, c.result) == c.attention);
        CHECK(render::listsParcel(render::PdfRows::All, c.result));
        CHECK_FALSE(render::listsParcel(render::PdfRows::None, c.result));
    }
    CHECK(render::pdfRowsNamed(QStringLiteral("attention")) == render::PdfRows::Attention);
    CHECK(render::pdfRowsNamed(QStringLiteral("all")) == render::PdfRows::All);
    CHECK(render::pdfRowsNamed(QStringLiteral("none")) == render::PdfRows::None);
    CHECK_FALSE(render::pdfRowsNamed(QStringLiteral("some")));
}

TEST_CASE("the streamed report lists exactly the attention rows, by group, with headers and bookmarks", "[pdf][report]")
{
    test::TempDir dir;
    render::ExportOutcome outcome;
    const QString pdf = writeReport(dir, render::PdfRows::Attention, "报告.pdf", &outcome);
    REQUIRE(outcome.status == render::ExportStatus::Written);
    const QString text = test::programOutput(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    for (const Case& c : cases()) {
        INFO(c.result.parcelId);
        CHECK(text.contains(QString::fromStdString("reason of " + c.result.parcelId)) == c.attention);
    }
    // Cover: 4 listed of 9, 5 not; the three outside parcels by nearest zone (1 each).
    const QString cover = text.section(QLatin1Char('\f'), 0, 0).simplified();
    CHECK(cover.contains(QStringLiteral("lists the 4 parcels that need a planner")));
    CHECK(cover.contains(QStringLiteral("5 parcels are not listed")));
    const auto nearest = text.mid(text.indexOf(QStringLiteral("Outside every zone, by nearest zone")));
    CHECK(nearest.contains(QRegularExpression(QStringLiteral("Pazhou Core Zone\\s+1\\s+33.3%"))));
    CHECK(nearest.contains(QRegularExpression(QStringLiteral("Finance City\\s+1\\s+33.3%"))));
    CHECK(nearest.contains(QRegularExpression(QStringLiteral("Yuzhu Zone\\s+1\\s+33.3%"))));

    // Groups in zone order, each on its own page with its running header: Pazhou's two
    // sub-areas, Yuzhu, then the errors. Pages: cover, contents, map, 4 groups.
    const QStringList pages = text.split(QLatin1Char('\f'));
    REQUIRE(pages.size() >= 7);
    CHECK(pages[3].contains(QStringLiteral("Parcels checked: Pazhou Core Zone")));
    CHECK(pages[3].contains(QStringLiteral("P-IN-REVIEW")));
    CHECK(pages[4].contains(QStringLiteral("P-PART-FAIL")));
    CHECK(pages[5].contains(QStringLiteral("Parcels checked: Yuzhu Zone")));
    CHECK(pages[6].contains(QStringLiteral("Parcels checked: Errors (no zone)")));
    const QString outline = test::programOutput(QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"), pdf});
    CHECK(outline.contains(QStringLiteral("<item page=\"6\">Yuzhu Zone (1)</item>")));
    CHECK(outline.contains(QStringLiteral("<item page=\"7\">Errors (no zone) (1)</item>")));
    CHECK(outline.contains(QStringLiteral("<item page=\"3\">Map of the checked parcels</item>")));
    CHECK(test::programOutput(QStringLiteral("pdfinfo"), {pdf}).contains(QRegularExpression(QStringLiteral("Pages:\\s+7\\n"))));
}

TEST_CASE("rows all lists every parcel, the outside ones in a group of their own, and rows none lists none", "[pdf][report]")
{
    test::TempDir dir;
    const QString all = writeReport(dir, render::PdfRows::All, "全部.pdf");
    const QString text = test::programOutput(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), all, QStringLiteral("-")});
    for (const Case& c : cases())
        CHECK(text.contains(QString::fromStdString("reason of " + c.result.parcelId)));
    CHECK(text.contains(QStringLiteral("Parcels checked: Outside every zone")));
    const QString none = writeReport(dir, render::PdfRows::None, "无.pdf");
    const QString noneText = test::programOutput(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), none, QStringLiteral("-")});
    CHECK_FALSE(noneText.contains(QStringLiteral("reason of")));
    CHECK(noneText.simplified().contains(QStringLiteral("9 parcels are not listed")));
}

TEST_CASE("a report export cancelled while it writes pages leaves no file and keeps an earlier one", "[pdf][report]")
{
    test::TempDir dir;
    const render::MapScene scene = render::sceneFromData(squareZones());
    std::vector<core::CheckedParcel> parcels(3000);
    for (std::size_t i = 0; i < parcels.size(); ++i)
        parcels[i].result = result("C-" + std::to_string(i), core::Location::Inside, core::Verdict::Fail, "yuzhu");
    core::BatchSummary summary;
    const auto content = core::checkReportContents({}, {}, {}, 0.99, QDateTime::currentDateTime(), summary, &parcels, &squareZones().zones);
    const QString pdf = QString::fromStdString(dir.file("取消.pdf"));
    {
        QFile earlier(pdf);
        REQUIRE(earlier.open(QIODevice::WriteOnly));
        earlier.write("an earlier report");
    }
    std::atomic<bool> cancel{false};
    bool sawPages = false;
    const auto outcome = render::exportReportPdf(pdf, scene, content, {}, [&](int percent) {
        if (percent > 60) {  // the table pages are being written
            sawPages = true;
            cancel = true;
        }
    }, &cancel);
    CHECK(sawPages);
    CHECK(outcome.status == render::ExportStatus::Cancelled);
    QFile kept(pdf);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "an earlier report");
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("parcels too small to draw are one verdict raster of their footprints where fail shows over pass", "[render][raster]")
{
    const auto& data = squareZones();
    render::MapScene scene = render::sceneFromData(data);
    scene.zones.clear();
    scene.subareas.clear();
    scene.water.clear();
    auto dots = std::make_shared<render::ParcelDots>();
    // A 40 m square passing parcel, a failing point parcel on its centre, a passing point.
    dots->bySlot[static_cast<std::size_t>(core::Verdict::Pass)] = {QRectF(430480, 2550480, 40, 40),
                                                                   QRectF(430250, 2550250, 0, 0)};
    dots->bySlot[static_cast<std::size_t>(core::Verdict::Fail)] = {QRectF(430500, 2550500, 0, 0)};
    // 10 m a pixel, the view's centre at (430500, 2550500): pixel (50, 50).
    const render::MapView view(QSizeF(100, 100), QPointF(430500, 2550500), 10.0);
    QImage image(100, 100, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    render::RenderSettings settings;
    settings.showLabels = false;
    settings.dots = dots;
    REQUIRE(render::renderMap(painter, view, scene, settings));
    painter.end();
    // The square covers pixels 48..51 (4 px of 10 m); the point's 2 x 2 dot 49..50, fail over pass.
    CHECK(image.pixelColor(50, 50) == render::verdictColour(core::Verdict::Fail));
    CHECK(image.pixelColor(49, 49) == render::verdictColour(core::Verdict::Fail));
    CHECK(image.pixelColor(48, 48) == render::verdictColour(core::Verdict::Pass));
    CHECK(image.pixelColor(51, 51) == render::verdictColour(core::Verdict::Pass));
    CHECK(image.pixelColor(53, 53) == render::paperColour());
    CHECK(image.pixelColor(25, 75) == render::verdictColour(core::Verdict::Pass));  // 250 m west, 250 m south
    CHECK(image.pixelColor(10, 10) == render::paperColour());
}

TEST_CASE("rows sharing their texts each show their own share, rounded as written by hand", "[pdf][report]")
{
    // Shares that round to the same tenth, across a tenth, on a half that binary cannot hold
    // exactly, up to 100.0 %, and the same share again: the table keeps one cell per tenth.
    const std::vector<std::pair<double, const char*>> shares = {
        {0.1234, "12.3%"}, {0.12349, "12.3%"}, {0.1236, "12.4%"}, {0.99996, "100.0%"}, {0.5, "50.0%"},
        {0.0, "0.0%"},     {0.1234, "12.3%"},  {0.07, "7.0%"},    {0.999949, "100.0%"}};
    const render::MapScene scene = render::sceneFromData(squareZones());
    render::PdfPageSettings page;
    page.language = core::Language::English;
    page.rows = render::PdfRows::All;
    render::ReportPdfStream stream(scene, &squareZones().zones, page);
    core::BatchSummary summary;
    for (std::size_t i = 0; i < shares.size(); ++i) {
        core::ParcelResult r = result("R" + std::to_string(i), core::Location::Partial, core::Verdict::Review, "ifc");
        r.insideRatio = shares[i].first;
        stream.add(r, point(432500, 2550500));
        summary.count(r);
        ++summary.total;
    }
    test::TempDir dir;
    const QString pdf = QString::fromStdString(dir.file("比例.pdf"));
    const auto content = core::checkReportContents(QStringLiteral("测试.gpkg"), QStringLiteral("parcels"), QStringLiteral("EPSG:4547"), 0.99,
                                                   QDateTime::currentDateTime(), summary, nullptr, &squareZones().zones);
    REQUIRE(stream.finish(pdf, content).status == render::ExportStatus::Written);
    const QString text = test::programOutput(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    for (std::size_t i = 0; i < shares.size(); ++i) {
        INFO(i);
        CHECK(text.contains(QRegularExpression(QStringLiteral("R%1 \\S* ?%2").arg(i).arg(QRegularExpression::escape(QString::fromLatin1(shares[i].second))))));
    }
}
