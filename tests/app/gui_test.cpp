// The desktop app driven through its real widgets, offscreen: the batch check from the menu,
// cancelling, identify by clicking the map, drawing a parcel, and switching language.
#include "app/batch_check_dialog.h"
#include "app/drawing_controller.h"
#include "app/main_window.h"
#include "app/map_canvas.h"
#include "core/pilot_zone_data.h"
#include "gis/crs_transform.h"
#include "gis/utf8_path.h"
#include "render/map_style.h"
#include "tools/datagen/parcel_generator.h"

#include "gui_test_support.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QListWidget>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QFile>
#include <QMessageBox>
#include <QProcess>

#include <fstream>

using namespace pearlzone;
using app::MainWindow;
using test::waitFor;

namespace {

std::shared_ptr<const core::PilotZoneData> data() { return test::pilotData(); }
QString sample() { return test::sampleParcels(); }
using test::screenPointOf;

}  // namespace

TEST_CASE("the batch check from the Check menu fills the table and colours the map", "[app][gui]")
{
    test::TestWindow w;
    MainWindow& window = w.window;
    window.setLanguage(MainWindow::Language::English);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // The menu action opens the dialog; the planner adds the sample file and presses Check.
    QString industryField, idField;
    const auto seen = test::whenModal<app::BatchCheckDialog>([&](app::BatchCheckDialog* dialog) {
        dialog->addFiles({sample()});
        industryField = dialog->industryFieldBox()->currentText();
        idField = dialog->idFieldBox()->currentText();
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    window.batchCheckAction()->trigger();
    REQUIRE(*seen);
    CHECK(industryField == QStringLiteral("产业"));  // detected
    CHECK(idField == QStringLiteral("地块编号"));
    REQUIRE(waitFor([&] { return window.checkedLayers().size() == 1 && !window.runner()->isRunning(); }));
    CHECK(window.resultsTable()->model()->rowCount() == 3000);

    // Filter by verdict through the real combo box.
    auto* verdictBox = window.findChildren<QComboBox*>().at(0);
    verdictBox->setCurrentIndex(verdictBox->findText(QStringLiteral("pass")));
    const int passes = window.resultsTable()->model()->rowCount();
    CHECK(passes > 100);
    CHECK(passes < 3000);
    verdictBox->setCurrentIndex(0);

    // The map shows a passing parcel in green once rendered: find one big enough to see.
    const auto& layer = *window.checkedLayers().front();
    std::size_t chosen = layer.size();
    // ... and whose centre no other parcel's box holds (sample parcels overlap).
    auto alone = [&](std::size_t i) {
        const QPointF centre = layer.shapes->shape(i).point;
        for (std::size_t j = 0; j < layer.size(); ++j) {
            const gis::Envelope& box = layer.shapes->box(j);
            if (j != i && box.minX <= centre.x() && centre.x() <= box.maxX && box.minY <= centre.y() && centre.y() <= box.maxY)
                return false;
        }
        return true;
    };
    for (std::size_t i = 0; i < layer.size(); ++i) {
        const auto& shape = layer.shapes->shape(i);
        if (layer.result(i).verdict == core::Verdict::Pass && shape.box.width() > 150 && !shape.rings.empty() && alone(i))
            chosen = i;
    }
    REQUIRE(chosen < layer.size());
    window.canvas()->zoomToExtent(layer.shapes->shape(chosen).box);
    REQUIRE(waitFor([&] { return !window.canvas()->isRendering() && !window.canvas()->renderedImage().isNull(); }));
    QTest::qWait(100);
    REQUIRE(waitFor([&] { return !window.canvas()->isRendering(); }));
    const QImage image = window.canvas()->renderedImage();
    const auto& shape = layer.shapes->shape(chosen);
    // The centre of the parcel's first ring's box; rectangles and star shapes contain it.
    const QPointF centre = window.canvas()->view().toScreen(shape.point.x(), shape.point.y());
    const QColor pixel(image.pixel(static_cast<int>(centre.x() * image.devicePixelRatio()),
                                   static_cast<int>(centre.y() * image.devicePixelRatio())));
    INFO(pixel.name().toStdString());
    CHECK(pixel.green() > pixel.red() + 30);

    // Selecting a row identifies the parcel.
    window.resultsTable()->selectRow(0);
    CHECK(window.identifyPanel()->toPlainText().contains(QStringLiteral("Parcel")));
}

TEST_CASE("a long check can be cancelled and leaves no layer", "[app][gui]")
{
    test::TempDir dir;
    const std::string big = dir.file("大批地块.gpkg");
    datagen::ParcelGeneratorOptions options;
    options.count = 60000;
    options.planarOnly = true;
    datagen::writeParcels(big, data()->zones, data()->catalogue, options);

    test::TestWindow w;
    MainWindow& window = w.window;
    window.show();
    QSignalSpy cancelled(window.runner(), &app::CheckRunner::cancelled);
    QObject::connect(window.runner(), &app::CheckRunner::progress, &window, [&window] {
        if (window.cancelButton()->isVisible())
            QTest::mouseClick(window.cancelButton(), Qt::LeftButton);
    });
    window.checkFiles({QString::fromStdString(big)});
    REQUIRE(waitFor([&] { return !window.runner()->isRunning(); }, 60000));
    CHECK(cancelled.count() == 1);
    CHECK(window.checkedLayers().empty());
    CHECK_FALSE(window.progressBar()->isVisible());
}

TEST_CASE("clicking a zone on the map shows its designations and targets", "[app][gui]")
{
    test::TestWindow w;
    MainWindow& window = w.window;
    window.setLanguage(MainWindow::Language::Chinese);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(waitFor([&] { return window.canvas()->view().isValid(); }));
    // The Canton Fair Complex, in Pazhou.
    QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, screenPointOf(*window.canvas(), 113.362, 23.105));
    const QString text = window.identifyPanel()->toPlainText();
    CHECK(text.contains(QStringLiteral("琶洲核心片区（含广州大学城）")));
    CHECK(text.contains(QStringLiteral("移动互联网")));  // designated for the Pazhou sub-area
    CHECK(text.contains(QStringLiteral("重点发展工业互联网、大数据、人工智能、新一代信息技术等数字技术产业")));  // provenance
    CHECK(text.contains(QStringLiteral("900")));  // the 2025 software revenue target
    CHECK(text.contains(QStringLiteral("片区边界： 试验区总体方案三片区（近似边界） 2020 digitised 1")));  // the bundled set's sidecar
    // Canton Tower is in no zone.
    QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, screenPointOf(*window.canvas(), 113.3191, 23.1090));
    CHECK(window.identifyPanel()->toPlainText().contains(QStringLiteral("不在任何片区内")));
}

TEST_CASE("drawing a candidate parcel gives its verdict at once, undoably", "[app][gui]")
{
    test::TestWindow w;
    MainWindow& window = w.window;
    window.setLanguage(MainWindow::Language::Chinese);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(waitFor([&] { return window.canvas()->view().isValid(); }));
    // Zoom to Yuzhu's north bank so that a small square is several pixels across.
    const auto toPlanar = gis::CrsTransform::create("EPSG:4326", "EPSG:4547");
    const auto centre = toPlanar.transform(113.435, 23.112);
    window.canvas()->zoomToExtent({centre.lon - 400, centre.lat - 400, centre.lon + 400, centre.lat + 400});
    window.drawAction()->setChecked(true);
    const app::MapCanvas& canvas = *window.canvas();
    const QPoint a = canvas.view().toScreen(centre.lon - 60, centre.lat - 60).toPoint();
    const QPoint b = canvas.view().toScreen(centre.lon + 60, centre.lat - 60).toPoint();
    const QPoint c = canvas.view().toScreen(centre.lon + 60, centre.lat + 60).toPoint();
    const QPoint d = canvas.view().toScreen(centre.lon - 60, centre.lat + 60).toPoint();
    const auto prompted = test::whenModal<QInputDialog>([](QInputDialog* prompt) {  // the industry
        prompt->setTextValue(QStringLiteral("区块链"));
        prompt->accept();
    });
    for (const QPoint& p : {a, b, c})
        QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, p);
    QTest::mouseDClick(window.canvas(), Qt::LeftButton, {}, d);
    REQUIRE(waitFor([&] { return window.drawnParcels().size() == 1; }, 5000));
    CHECK(*prompted);
    const auto& parcel = window.drawnParcels().front();
    CHECK(parcel.result.verdict == core::Verdict::Pass);
    CHECK(parcel.result.zoneId == "yuzhu");
    CHECK(parcel.result.areaM2 == Approx(120.0 * 120.0).epsilon(0.05));  // clicks snap to pixels
    CHECK(window.identifyPanel()->toPlainText().contains(QStringLiteral("鱼珠片区打造以区块链为特色的中国软件名城示范区")));
    window.undoStack()->undo();
    CHECK(window.drawnParcels().empty());
    window.undoStack()->redo();
    CHECK(window.drawnParcels().size() == 1);

    // Redraw its outline twice as wide; undo restores the first outline.
    REQUIRE(window.selectedDrawn().has_value());
    window.redrawSelectedOutline();
    const QPoint e = canvas.view().toScreen(centre.lon - 120, centre.lat - 60).toPoint();
    const QPoint f = canvas.view().toScreen(centre.lon + 120, centre.lat - 60).toPoint();
    const QPoint g = canvas.view().toScreen(centre.lon + 120, centre.lat + 60).toPoint();
    const QPoint h = canvas.view().toScreen(centre.lon - 120, centre.lat + 60).toPoint();
    for (const QPoint& p : {e, f, g})
        QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, p);
    QTest::mouseDClick(window.canvas(), Qt::LeftButton, {}, h);
    REQUIRE(window.drawnParcels().size() == 1);
    CHECK(window.drawnParcels().front().result.areaM2 == Approx(240.0 * 120.0).epsilon(0.05));
    window.undoStack()->undo();
    CHECK(window.drawnParcels().front().result.areaM2 == Approx(120.0 * 120.0).epsilon(0.05));
}

TEST_CASE("the language switch changes the menus", "[app][gui]")
{
    test::TestWindow w;
    MainWindow& window = w.window;
    window.setLanguage(MainWindow::Language::English);
    QStringList english;
    for (QAction* action : window.menuBar()->actions())
        english << action->text();
    CHECK(english == QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&Check"),
                                 QStringLiteral("&View"), QStringLiteral("&Help")});
    window.setLanguage(MainWindow::Language::Chinese);
    QStringList chinese;
    for (QAction* action : window.menuBar()->actions())
        chinese << action->text();
    CHECK(chinese == QStringList{QStringLiteral("文件(&F)"), QStringLiteral("编辑(&E)"), QStringLiteral("检查(&C)"),
                                 QStringLiteral("视图(&V)"), QStringLiteral("帮助(&H)")});
    CHECK(window.batchCheckAction()->text() == QStringLiteral("批量检查地块(&B)…"));
    CHECK(QSettings().value(QStringLiteral("language")).toString() == QStringLiteral("zh"));
}

TEST_CASE("a zones layer opened from File replaces the zones, and a bad one is refused", "[app][gui]")
{
    test::TestWindow w;
    MainWindow& window = w.window;
    window.show();
    // A drawn parcel inside the test zones' yuzhu square (x 3000–4000, y 0–1000 from E 430000,
    // N 2550000), outside the bundled zones: it is checked again against the new zones.
    REQUIRE(window.drawing()->addParcel(test::square({433500, 2550500}, 100), QStringLiteral("区块链")));
    CHECK(window.drawnParcels().front().result.zoneId.empty());
    CHECK(window.windowTitle().contains(QStringLiteral("试验区总体方案三片区（近似边界） 2020 digitised 1")));
    CHECK(window.loadZones(QStringLiteral(PEARLZONE_TEST_DATA_DIR "/rules/zones.geojson")));
    CHECK(window.data().zones.zone("ifc")->areaM2 == Approx(1e6));  // the test squares
    CHECK(window.drawnParcels().front().result.zoneId == "yuzhu");
    CHECK(window.drawnParcels().front().result.insideRatio == Approx(1.0));
    CHECK(window.windowTitle().endsWith(QStringLiteral(" — zones.geojson")));  // no sidecar: the file's name
    const auto told = test::whenModal<QMessageBox>([](QMessageBox* box) { box->close(); });  // read and closed
    CHECK_FALSE(window.loadZones(sample()));  // parcels are not zones
    CHECK(*told);
    CHECK(window.data().zones.zone("ifc")->areaM2 == Approx(1e6));  // unchanged
}

TEST_CASE("the app exports the map and the check report to PDF", "[app][gui][pdf]")
{
    test::TempDir dir;
    test::TestWindow w;
    MainWindow& window = w.window;
    window.setLanguage(MainWindow::Language::Chinese);
    window.show();
    window.checkFiles({sample()});
    REQUIRE(waitFor([&] { return window.checkedLayers().size() == 1 && !window.runner()->isRunning(); }));
    const QString map = QString::fromStdString(dir.file("地图.pdf"));
    const QString report = QString::fromStdString(dir.file("报告.pdf"));
    window.exportMapPdfTo(map);
    REQUIRE(waitFor([&] { return QFile::exists(map); }));
    window.exportReportPdfTo(report);
    REQUIRE(waitFor([&] { return QFile::exists(report); }, 60000));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {report, QStringLiteral("-")});
    text.waitForFinished(60000);
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(content.contains(QStringLiteral("地块检查报告")));
    CHECK(content.contains(QStringLiteral("EPSG:4547")));
    CHECK(content.contains(QStringLiteral("琶洲核心片区（含广州大学城）")));
    // The table's reasons rebuilt from the held results: the guideline sentence that designates
    // AI in the whole Pazhou Core Zone once per Pazhou group (its two sub-areas), not per row.
    const QString joined = QString(content).remove(QLatin1Char('\n'));
    CHECK(joined.count(QStringLiteral("重点发展工业互联网、大数据、人工智能、新一代信息技术等数字技术产业")) == 2);
    CHECK(content.count(QStringLiteral("本片区指定产业（导则原文）")) == 4);  // Pazhou's two, Finance City, Yuzhu
    CHECK(joined.contains(QStringLiteral("非本片区指定产业，指定片区为")));
}

TEST_CASE("a file that cannot be read: the planner's words, GDAL's own behind the details", "[app][gui][hostile]")
{
    test::TempDir dir;
    const std::string damaged = dir.file("损坏.geojson");  // cut short
    std::ofstream(gis::pathFromUtf8(damaged)) << R"({"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[1,2],[3)";
    test::TestWindow w;
    MainWindow& window = w.window;
    window.setLanguage(MainWindow::Language::English);
    window.show();
    QString text;
    QString details;
    const auto told = test::whenModal<QMessageBox>([&](QMessageBox* box) {
        text = box->text();
        details = box->detailedText();
        box->close();
    });
    window.checkFiles({QString::fromStdString(damaged)});
    REQUIRE(waitFor([&] { return *told && !window.runner()->isRunning(); }, 30000));
    CHECK(text.contains(QStringLiteral("损坏.geojson: not a vector file GDAL can read (the file is damaged or incomplete)")));
    CHECK(details == QStringLiteral("Failed to read GeoJSON data"));  // GDAL's words
    CHECK(window.checkedLayers().empty());
}
