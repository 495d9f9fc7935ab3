// `pearlzone-cli map` and `check --pdf` with --basemap, read back as a reader would (poppler's
// pdfimages and pdftotext): the basemap is one raster under a map whose text stays text; a
// second run with the server gone draws from the cache; with no server and no cache the PDF is
// still written, with a warning and exit status 0.
#include "gis/utf8_path.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"
#include "test_data.h"
#include "tile_server.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <map>

using namespace pearlzone;

namespace {

struct Run {
    int exitCode = -1;
    QString errors;
};

Run cli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(PEARLZONE_CLI), arguments);
    process.waitForFinished(180000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

QString output(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The images in a PDF, one line each as `pdfimages -list` gives them (page, number, type, ...).
QStringList imagesIn(const QString& pdf)
{
    return output(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
}

QString q(const std::string& utf8) { return QString::fromStdString(utf8); }

}  // namespace

TEST_CASE("map --basemap FILE.mbtiles: one raster at print resolution under vector text", "[basemap][pdf]")
{
    test::TempDir dir;
    const std::string tiles = dir.file("离线底图.mbtiles");
    REQUIRE(test::writeTwoColourMbtiles(tiles));
    const QString pdf = q(dir.file("底图地图.pdf"));
    const Run run = cli({QStringLiteral("map"), QStringLiteral("--out"), pdf, QStringLiteral("--lang"), QStringLiteral("en"),
                         QStringLiteral("--basemap"), q(tiles)});
    INFO(run.errors.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK_FALSE(run.errors.contains(QStringLiteral("warning")));
    const QStringList images = imagesIn(pdf);
    INFO(images.join(QLatin1Char('\n')).toStdString());
    REQUIRE(images.size() == 1);
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi ...
    const QStringList cells = images.front().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    REQUIRE(cells.size() >= 14);
    CHECK(cells[2] == QStringLiteral("image"));
    CHECK(cells[12].toInt() >= 295);  // drawn at the page's 300 dpi
    CHECK(cells[12].toInt() <= 305);
    const QString text = output(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("Yuzhu Zone")));       // the map's text is still text
    CHECK(text.contains(QStringLiteral("离线底图.mbtiles")));  // the attribution, as text too

    // The check report's map page carries it too.
    const QString report = q(dir.file("报告.pdf"));
    const Run check = cli({QStringLiteral("check"), q(test::bundledFile("sample-parcels.geojson")), QStringLiteral("--out"),
                           q(dir.file("报告.csv")), QStringLiteral("--pdf"), report, QStringLiteral("--basemap"), q(tiles),
                           QStringLiteral("--quiet")});
    INFO(check.errors.toStdString());
    REQUIRE(check.exitCode == 0);
    const QStringList reportImages = imagesIn(report);
    // On each map page, the basemap and the verdict raster of parcels too small to draw (an
    // image and its mask): the overview on page 3 (after cover and contents), then the sample's
    // three zone pages (its parcels are about a millimetre on the overview: README).
    REQUIRE(reportImages.size() >= 4);
    REQUIRE(reportImages.size() <= 12);
    std::map<int, int> imagesByPage;
    for (const QString& image : reportImages)
        ++imagesByPage[image.trimmed().section(QLatin1Char(' '), 0, 0).toInt()];
    for (const auto& [pageNumber, images] : imagesByPage) {
        CHECK(pageNumber >= 3);
        CHECK(pageNumber <= 6);
        CHECK(images <= 3);
    }
    CHECK(imagesByPage.count(3) == 1);
}

TEST_CASE("map --basemap URL: from the server, then from the cache, then without it", "[basemap][pdf][http]")
{
    test::bypassProxyForLocalhost();
    test::TempDir dir;
    const auto tiles = dir.path() / gis::pathFromUtf8("瓦片");
    // The whole pilot zone at the levels an A4 map at 1:80,000 (300 dpi) asks for.
    test::writeTileTree(tiles, 13, 15, {113.24, 22.98}, {113.52, 23.16}, QColor(120, 180, 120));
    const QString cache = q(dir.file("瓦片缓存"));
    const QString pdf = q(dir.file("地图.pdf"));
    QString url;
    {
        test::TileServer server(tiles);
        url = server.urlTemplate();
        const Run online = cli({QStringLiteral("map"), QStringLiteral("--out"), pdf, QStringLiteral("--basemap"), url,
                                QStringLiteral("--tile-cache"), cache});
        INFO(online.errors.toStdString());
        REQUIRE(online.exitCode == 0);
        CHECK_FALSE(online.errors.contains(QStringLiteral("warning")));
        CHECK(imagesIn(pdf).size() == 1);
        CHECK_FALSE(server.requests().isEmpty());
    }
    QFile::remove(pdf);
    const Run cached = cli({QStringLiteral("map"), QStringLiteral("--out"), pdf, QStringLiteral("--basemap"), url,
                            QStringLiteral("--tile-cache"), cache});
    INFO(cached.errors.toStdString());
    REQUIRE(cached.exitCode == 0);
    CHECK_FALSE(cached.errors.contains(QStringLiteral("warning")));
    CHECK(imagesIn(pdf).size() == 1);

    // No server and an empty cache: the map anyway, without a basemap, and a warning.
    QFile::remove(pdf);
    const Run none = cli({QStringLiteral("map"), QStringLiteral("--out"), pdf, QStringLiteral("--basemap"), url,
                          QStringLiteral("--tile-cache"), q(dir.file("空缓存"))});
    INFO(none.errors.toStdString());
    CHECK(none.exitCode == 0);
    CHECK(none.errors.contains(QStringLiteral("warning: basemap ") + url + QStringLiteral(" could not be had")));
    CHECK(QFileInfo::exists(pdf));
    CHECK(imagesIn(pdf).isEmpty());
    CHECK(output(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).contains(QStringLiteral("鱼珠片区")));
}

TEST_CASE("map with a basemap it cannot use: bad text is bad usage, a missing file a warning", "[basemap][pdf]")
{
    test::TempDir dir;
    const Run run = cli({QStringLiteral("map"), QStringLiteral("--out"), q(dir.file("地图.pdf")), QStringLiteral("--basemap"),
                         QStringLiteral("streets")});
    CHECK(run.exitCode == 1);
    CHECK(run.errors.contains(QStringLiteral("osm, tianditu-vec, tianditu-img")));
    CHECK_FALSE(QFileInfo::exists(q(dir.file("地图.pdf"))));

    // A missing tile file: the map is still written, with a warning.
    const Run missing = cli({QStringLiteral("map"), QStringLiteral("--out"), q(dir.file("地图.pdf")), QStringLiteral("--basemap"),
                             q(dir.file("没有.mbtiles"))});
    CHECK(missing.exitCode == 0);
    CHECK(missing.errors.contains(QStringLiteral("no such basemap file")));
    CHECK(QFileInfo::exists(q(dir.file("地图.pdf"))));
}
