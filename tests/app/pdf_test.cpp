// The PDFs as a reader sees them, through poppler's tools: page sizes, embedded fonts, text
// that copies out as the right characters, a scale bar whose printed length is true, a long
// report with every parcel, the check report's zone pages, and a cancelled export that leaves nothing.
#include "core/pilot_zone_data.h"
#include "gis/crs_transform.h"
#include "gis/geometry.h"
#include "gis/utf8_path.h"
#include "gis/vector_writer.h"
#include "render/pdf_export.h"
#include "tools/datagen/parcel_generator.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>

using namespace pearlzone;

namespace {

QString run(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(180000);
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput()) + QString::fromUtf8(process.readAllStandardError());
}

QString cli() { return QStringLiteral(PEARLZONE_CLI); }
bool hasKangxiRadicals(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            return true;
    }
    return false;
}

// The scale bar of a map page (in the bottom-left corner of its frame) measured in print.
void checkScaleBar(const test::TempDir& dir, const QString& pdf, int pageNumber)
{
    const QString pageText = QString::number(pageNumber);
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-f"), pageText, QStringLiteral("-l"), pageText,
                                                           pdf, QStringLiteral("-")});
    const auto scale = QRegularExpression(QStringLiteral("1:([0-9,]+)")).match(text);
    const auto label = QRegularExpression(QStringLiteral("\\b(\\d+(?:\\.\\d+)?) (k?m)\\b")).match(text);
    REQUIRE(scale.hasMatch());
    REQUIRE(label.hasMatch());
    const double denominator = scale.captured(1).remove(QLatin1Char(',')).toDouble();
    const double metres = label.captured(1).toDouble() * (label.captured(2) == QStringLiteral("km") ? 1000.0 : 1.0);
    const double expectedMm = metres / denominator * 1000.0;

    // What is printed: render at 254 dpi (10 pixels a millimetre) and measure the bar, the
    // longest run of dark pixels in the bottom-left corner of the page that starts right of
    // the map frame's left edge (12 mm margin; the bar starts 7 mm inside the frame).
    const QString png = QString::fromStdString(dir.file("page"));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("254"), QStringLiteral("-png"), QStringLiteral("-f"), pageText,
                                     QStringLiteral("-l"), pageText, QStringLiteral("-singlefile"), pdf, png});
    const QImage page(png + QStringLiteral(".png"));
    REQUIRE_FALSE(page.isNull());
    int longest = 0;
    for (int y = page.height() * 3 / 4; y < page.height(); ++y) {
        int run = 0;
        int start = 0;
        for (int x = 0; x < page.width() / 3; ++x) {
            const QColor c(page.pixel(x, y));
            const bool dark = c.red() < 80 && c.green() < 80 && c.blue() < 80;
            if (dark && run == 0)
                start = x;
            run = dark ? run + 1 : 0;
            if (start > 150)
                longest = std::max(longest, run);
        }
    }
    const double printedMm = longest / 10.0;
    INFO("page " << pageNumber << ": expected " << expectedMm << " mm, printed " << printedMm << " mm");
    CHECK(printedMm == Approx(expectedMm).epsilon(0.01));
}

}  // namespace

TEST_CASE("map PDFs have the paper asked for, embedded fonts and real Chinese text", "[pdf]")
{
    test::TempDir dir;
    struct Case {
        QStringList options;
        QString size;
    };
    // A4 is 210 x 297 mm = 595.3 x 841.9 pt, A3 297 x 420 mm = 841.9 x 1190.6 pt (Qt writes
    // whole points).
    const Case cases[] = {{{}, QStringLiteral("595 x 842 pts (A4)")},
                          {{QStringLiteral("--landscape")}, QStringLiteral("842 x 595 pts (A4)")},
                          {{QStringLiteral("--paper"), QStringLiteral("A3"), QStringLiteral("--landscape")},
                           QStringLiteral("1191 x 842 pts (A3)")}};
    for (const auto& c : cases) {
        const QString pdf = QString::fromStdString(dir.file("地图.pdf"));
        int exitCode = -1;
        run(cli(), QStringList{QStringLiteral("map"), QStringLiteral("--out"), pdf} + c.options, &exitCode);
        REQUIRE(exitCode == 0);
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        INFO(info.toStdString());
        CHECK(info.contains(QStringLiteral("Page size:       ") + c.size));
    }
    const QString pdf = QString::fromStdString(dir.file("地图.pdf"));
    // Every font is embedded ("emb" is the fourth column from the right).
    const QStringList fonts = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString& line : fonts) {
        const QStringList cells = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        INFO(line.toStdString());
        REQUIRE(cells.size() >= 5);
        CHECK(cells[cells.size() - 5] == QStringLiteral("yes"));
    }
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("琶洲核心片区（含广州大学城）")));  // 心: a Kangxi look-alike trap
    CHECK(text.contains(QStringLiteral("鱼珠片区")));                    // 鱼 too
    CHECK(text.contains(QStringLiteral("Yuzhu Zone")));
    CHECK(text.contains(QStringLiteral("Guangzhou International Finance City Zone")));
    CHECK(text.contains(QStringLiteral("EPSG:4547")));
    CHECK_FALSE(hasKangxiRadicals(text));
}

TEST_CASE("the printed scale bar is as long as its label says at the printed scale", "[pdf]")
{
    test::TempDir dir;
    const QString pdf = QString::fromStdString(dir.file("比例尺.pdf"));
    int exitCode = -1;
    run(cli(), {QStringLiteral("map"), QStringLiteral("--out"), pdf, QStringLiteral("--landscape")}, &exitCode);
    REQUIRE(exitCode == 0);
    // What the page says: "1:75,000" and, on the bar, "2 km".
    checkScaleBar(dir, pdf, 1);
}

TEST_CASE("the check report's zone map pages print their scale bars true to their scales", "[pdf]")
{
    test::TempDir dir;
    const QString pdf = QString::fromStdString(dir.file("报告.pdf"));
    int exitCode = -1;
    run(cli(), {QStringLiteral("check"), QStringLiteral(PEARLZONE_DATA_DIR "/sample-parcels.geojson"), QStringLiteral("--out"),
                QString::fromStdString(dir.file("报告.csv")), QStringLiteral("--pdf"), pdf, QStringLiteral("--quiet")},
        &exitCode);
    REQUIRE(exitCode == 0);
    // The overview on page 3, then the sample's three zone pages (README: zone pages): Pazhou's
    // at 1:60,000 and IFC's at 1:40,000.
    for (int page = 4; page <= 5; ++page)
        checkScaleBar(dir, pdf, page);
}

TEST_CASE("a 10,000-parcel report with --pdf-rows all has every parcel, a header on every page and page numbers", "[pdf]")
{
    test::TempDir dir;
    const auto data = core::PilotZoneData::load(gis::pathFromUtf8(PEARLZONE_DATA_DIR));
    const std::string parcels = dir.file("一万地块.gpkg");
    datagen::ParcelGeneratorOptions options;
    options.count = 10000;
    options.seed = 99;
    datagen::writeParcels(parcels, data->zones, data->catalogue, options, {}, &data->designations);
    const QString pdf = QString::fromStdString(dir.file("报告.pdf"));
    int exitCode = -1;
    const QString output = run(cli(), {QStringLiteral("check"), QString::fromStdString(parcels), QStringLiteral("--out"),
                                       QString::fromStdString(dir.file("报告.csv")), QStringLiteral("--pdf"), pdf,
                                       QStringLiteral("--pdf-rows"), QStringLiteral("all"), QStringLiteral("--quiet")},
                               &exitCode);
    INFO(output.toStdString());
    REQUIRE(exitCode == 0);
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    CHECK(pages > 100);
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    for (int i = 1; i <= 10000; ++i) {
        // Parcel ids end in their number, six digits.
        if (!text.contains(QStringLiteral("-%1").arg(i, 6, 10, QLatin1Char('0')))) {
            FAIL("parcel " << i << " is missing from the report");
        }
    }
    // The header repeats on every page but the cover, the contents, the maps (each with its
    // scale) and the pages a group's land-use notes go on over before its table (their heading).
    const QStringList pageTexts = text.split(QLatin1Char('\f'));
    const auto notesOnly = std::count_if(pageTexts.begin(), pageTexts.end(), [](const QString& page) {
        return page.contains(QStringLiteral("用地性质说明")) && !page.contains(QStringLiteral("地块编号"));
    });
    CHECK(text.count(QStringLiteral("地块编号")) >= pages - 2 - text.count(QStringLiteral("比例尺 1:")) - notesOnly);
    CHECK(text.contains(QStringLiteral("第 %1 / %1 页").arg(pages)));
    CHECK(text.contains(QStringLiteral("SHA-256")));
    CHECK_FALSE(hasKangxiRadicals(text));
}

TEST_CASE("a cancelled export leaves no file and keeps an earlier one", "[pdf]")
{
    test::TempDir dir;
    const auto data = core::PilotZoneData::load(gis::pathFromUtf8(PEARLZONE_DATA_DIR));
    const render::MapScene scene = render::sceneFromData(*data);
    const QString pdf = QString::fromStdString(dir.file("取消.pdf"));
    std::atomic<bool> cancel{true};
    const auto outcome = render::exportMapPdf(pdf, scene, {}, {}, &cancel);
    CHECK(outcome.status == render::ExportStatus::Cancelled);
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(std::distance(std::filesystem::directory_iterator(dir.path()), std::filesystem::directory_iterator()) == 0);
    {
        QFile earlier(pdf);
        REQUIRE(earlier.open(QIODevice::WriteOnly));
        earlier.write("an earlier map");
    }
    render::exportMapPdf(pdf, scene, {}, {}, &cancel);
    QFile kept(pdf);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "an earlier map");
}

TEST_CASE("compare --pdf: the zone sets, the counts, the map and every changed parcel", "[pdf][compare]")
{
    test::TempDir dir;
    // New boundaries: Yuzhu cut back to x < 442,000 m; the other zones as they are.
    const auto data = core::PilotZoneData::load(gis::pathFromUtf8(PEARLZONE_DATA_DIR));
    const std::string zones = dir.file("鱼珠缩小.gpkg");
    {
        gis::VectorWriterOptions options;
        options.crs = core::kPlanarCrs;
        options.fields = {{"zone_id"}};
        auto writer = gis::VectorWriter::create(zones, options);
        for (const core::Zone& zone : data->zones.zones()) {
            gis::Geometry shape = gis::Geometry::fromWkb(zone.wkb);
            if (zone.id == "yuzhu")
                shape = shape.intersection(gis::Geometry::rectangle({400000, 2500000, 442000, 2600000}));
            writer.write({zone.id}, shape.toWkb());
        }
        writer.close();
    }
    const QString csv = QString::fromStdString(dir.file("变化.csv"));
    const QString pdf = QString::fromStdString(dir.file("变化.pdf"));
    int exitCode = -1;
    run(cli(), {QStringLiteral("compare"), QStringLiteral(PEARLZONE_DATA_DIR "/sample-parcels.geojson"), QStringLiteral("--from"),
                QStringLiteral(PEARLZONE_DATA_DIR "/zones.geojson"), QStringLiteral("--to"), QString::fromStdString(zones),
                QStringLiteral("--out"), csv, QStringLiteral("--pdf"), pdf, QStringLiteral("--quiet")},
        &exitCode);
    REQUIRE(exitCode == 0);
    QFile rows(csv);
    REQUIRE(rows.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(rows.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const qsizetype changed = lines.size() - 1;
    REQUIRE(changed > 0);
    const QString firstId = lines[1].section(QLatin1Char(','), 0, 0);

    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    const QRegularExpression pagesLine(QStringLiteral("Pages:\\s+(\\d+)"));
    const int pages = pagesLine.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
    CHECK(pages > 2);
    CHECK(text.contains(QStringLiteral("片区边界变化对比")));
    CHECK(text.contains(QString::fromStdString(data->zones.info().label())));
    CHECK(text.contains(QStringLiteral("新边界：鱼珠缩小.gpkg")));
    CHECK(text.contains(QStringLiteral("对比地块 3000 宗，其中 %1 宗有变化").arg(changed)));
    CHECK(text.contains(QStringLiteral("鱼珠片区 → 无")));
    CHECK(text.contains(QStringLiteral("变化地块分布图")));
    CHECK(text.contains(firstId));
    CHECK(text.count(QStringLiteral("变化地块明细")) == pages - 2);
    CHECK(text.contains(QStringLiteral("第 %1 / %1 页").arg(pages)));
    CHECK_FALSE(hasKangxiRadicals(text));
}

TEST_CASE("the report PDF's table has the land use and the constraint lines hit", "[pdf][landuse]")
{
    test::TempDir dir;
    const QString rules = QStringLiteral(PEARLZONE_TEST_DATA_DIR "/rules/");
    const QString pdf = QString::fromStdString(dir.file("用地报告.pdf"));
    int exitCode = -1;
    run(cli(), {QStringLiteral("check"), rules + QStringLiteral("land-use/parcels.geojson"), QStringLiteral("--zones"),
                rules + QStringLiteral("zones.geojson"), QStringLiteral("--constraints"),
                rules + QStringLiteral("constraints/constraints-red.geojson"), QStringLiteral("--out"),
                QString::fromStdString(dir.file("r.csv")), QStringLiteral("--pdf"), pdf, QStringLiteral("--quiet")},
        &exitCode);
    REQUIRE(exitCode == 0);
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("用地性质")));
    CHECK(text.contains(QStringLiteral("管控线")));
    CHECK(text.contains(QStringLiteral("0701 (不相容)")));
    CHECK(text.contains(QStringLiteral("M1 (有条件相容)")));
    // one-industry-refused: 50 × 100 m of it under the red line.
    // The narrow column wraps the cell; without line breaks it reads whole.
    CHECK(QString(text).remove(QLatin1Char('\n')).contains(QStringLiteral("生态红线甲（生态保护红线，禁止建设）重叠5000.00平方米")));
}

TEST_CASE("the report PDF counts land-use statuses and conflicts, and maps and lists the constraint lines", "[pdf][constraints]")
{
    test::TempDir dir("管控线");
    // Three 80 × 80 m blockchain parcels in Yuzhu (EPSG:4547 around E 443 040, N 2 557 180):
    // on business land 0902 (compatible), on housing 0701 (incompatible), and on business land
    // B2 under a 200 × 200 m ecological red line (compatible; prohibited, so it fails).
    const std::string parcels = dir.file("地块.geojson");
    const std::string redLine = dir.file("生态红线.geojson");
    const QString header = QStringLiteral(R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4547"}},"features":[)");
    auto square = [](double x, double y, double half, const QString& properties) {
        return QStringLiteral(R"({"type":"Feature","properties":%1,"geometry":{"type":"Polygon","coordinates":[[[%2,%3],[%4,%3],[%4,%5],[%2,%5],[%2,%3]]]}})")
            .arg(properties).arg(x - half, 0, 'f', 1).arg(y - half, 0, 'f', 1).arg(x + half, 0, 'f', 1).arg(y + half, 0, 'f', 1);
    };
    const auto planar = [] {
        const auto toPlanar = gis::CrsTransform::create("EPSG:4326", "EPSG:4547");
        return toPlanar.transform(113.435, 23.112);
    }();
    const double x = planar.lon, y = planar.lat;
    auto write = [](const std::string& path, const QString& text) {
        QFile file(QString::fromStdString(path));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
    };
    write(parcels, header + square(x - 250, y, 40, QStringLiteral(R"({"地块编号":"P1","产业":"区块链","用地性质":"0902"})")) + QStringLiteral(",") +
                       square(x + 250, y, 40, QStringLiteral(R"({"地块编号":"P2","产业":"区块链","用地性质":"0701"})")) + QStringLiteral(",") +
                       square(x, y, 40, QStringLiteral(R"({"地块编号":"P3","产业":"区块链","用地性质":"B2"})")) + QStringLiteral("]}"));
    write(redLine, header + square(x, y, 100, QStringLiteral(R"({"名称":"鱼珠生态红线","类型":"生态保护红线"})")) + QStringLiteral("]}"));
    const QString pdf = QString::fromStdString(dir.file("报告.pdf"));
    int exitCode = -1;
    const QString output = run(cli(), {QStringLiteral("check"), QString::fromStdString(parcels), QStringLiteral("--constraints"),
                                       QString::fromStdString(redLine), QStringLiteral("--out"), QString::fromStdString(dir.file("报告.csv")),
                                       QStringLiteral("--pdf"), pdf, QStringLiteral("--quiet")},
                               &exitCode);
    INFO(output.toStdString());
    REQUIRE(exitCode == 0);
    const QString cover = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("1"),
                                                            QStringLiteral("-l"), QStringLiteral("1"), pdf, QStringLiteral("-")});
    INFO(cover.toStdString());
    auto row = [&](const QString& label, int count, const QString& share) {
        return cover.contains(QRegularExpression(QRegularExpression::escape(label) + QStringLiteral("\\s+") + QString::number(count) +
                                                 QStringLiteral("\\s+") + QRegularExpression::escape(share)));
    };
    CHECK(row(QStringLiteral("相容"), 2, QStringLiteral("66.7%")));
    CHECK(row(QStringLiteral("不相容"), 1, QStringLiteral("33.3%")));
    CHECK(row(QStringLiteral("触碰管控线的地块"), 1, QStringLiteral("33.3%")));
    CHECK(row(QStringLiteral("未触碰管控线的地块"), 2, QStringLiteral("66.7%")));
    // Cover, contents, map, then the table (the parcels that need a planner: P2 and P3).
    const QString map = run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("3"), QStringLiteral("-l"), QStringLiteral("3"), pdf,
                                                          QStringLiteral("-")});
    CHECK(map.contains(QStringLiteral("生态保护红线 · 禁止建设")));
    CHECK(map.contains(QStringLiteral("生态红线")));  // the layer, under its legend line
    const QString table = run(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QStringLiteral("4"), pdf, QStringLiteral("-")});
    CHECK(table.contains(QStringLiteral("鱼珠生态红线")));
}

TEST_CASE("check --pdf-rows: the default lists the parcels that need a planner, a wrong value is bad usage", "[pdf][cli]")
{
    test::TempDir dir;
    const QString sample = QStringLiteral(PEARLZONE_DATA_DIR "/sample-parcels.geojson");
    const QString csv = QString::fromStdString(dir.file("r.csv"));
    const QString pdf = QString::fromStdString(dir.file("默认.pdf"));
    int exitCode = -1;
    run(cli(), {QStringLiteral("check"), sample, QStringLiteral("--out"), csv, QStringLiteral("--pdf-rows"), QStringLiteral("some"),
                QStringLiteral("--pdf"), pdf, QStringLiteral("--quiet")},
        &exitCode);
    CHECK(exitCode == 1);
    run(cli(), {QStringLiteral("check"), sample, QStringLiteral("--out"), csv, QStringLiteral("--pdf-rows"), QStringLiteral("all"),
                QStringLiteral("--quiet")},
        &exitCode);
    CHECK(exitCode == 1);  // --pdf-rows without --pdf
    CHECK_FALSE(QFile::exists(csv));
    run(cli(), {QStringLiteral("check"), sample, QStringLiteral("--out"), csv, QStringLiteral("--pdf"), pdf, QStringLiteral("--quiet")},
        &exitCode);
    REQUIRE(exitCode == 0);
    // The CSV says which parcels need a planner: location inside/partial and verdict not pass, or error.
    QFile rows(csv);
    REQUIRE(rows.open(QIODevice::ReadOnly));
    QStringList lines = QString::fromUtf8(rows.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    lines.removeFirst();
    int attention = 0;
    for (const QString& line : lines) {
        QStringList cells{QString()};  // CSV cells: commas inside quotes are text
        bool quoted = false;
        for (const QChar c : line) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (c == QLatin1Char(',') && !quoted)
                cells << QString();
            else
                cells.last() += c;
        }
        const QString location = cells.value(8);
        const QString verdict = cells.value(10);
        if (verdict == QStringLiteral("error") ||
            ((location == QStringLiteral("inside") || location == QStringLiteral("partial")) && verdict != QStringLiteral("pass")))
            ++attention;
    }
    REQUIRE(attention > 0);
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).simplified();
    CHECK(text.contains(QStringLiteral("%L1").arg(attention)));
    CHECK(text.contains(QStringLiteral("%L1").arg(lines.size() - attention)));
    const QString outline = run(QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-i"), QStringLiteral("-stdout"), pdf});
    CHECK(outline.count(QStringLiteral("<item ")) >= 6);  // summary, contents, map and a group per zone at least
}
