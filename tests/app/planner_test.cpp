// A planner's day, driven through the real widgets: drawing with hints, snapping and
// warnings; nothing lost (autosave, restore, asking on Quit, every failure a dialog); layers
// removed, renamed and replaced; the table following the layer; sorting a large layer off
// the GUI thread; search by id; measuring; the PDF dialog and the report's cover.
#include "app/drawing_controller.h"
#include "app/drawn_parcel_commands.h"
#include "app/export_controller.h"
#include "app/layers_panel.h"
#include "app/main_actions.h"
#include "app/pdf_export_dialog.h"
#include "app/results_model.h"
#include "app/results_panel.h"
#include "app/status_widgets.h"
#include "core/drawn_parcels_file.h"

#include "gui_test_support.h"
#include "pearlzone_catch.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>
#include <QTableView>
#include <QTextBrowser>

#include <memory>

using namespace pearlzone;
using test::panelShowing;
using test::waitFor;

namespace {

// Zooms to a 800 m square around a point of Yuzhu, so that clicks 60 m apart are pixels apart.
QPointF zoomToYuzhu(app::MainWindow& window)
{
    const QPointF centre = test::planar(113.435, 23.112);
    window.canvas()->zoomToExtent({centre.x() - 400, centre.y() - 400, centre.x() + 400, centre.y() + 400});
    return centre;
}

// A results panel (in English) showing layer, once its model has the rows.
QPoint screen(const app::MainWindow& window, QPointF world) { return window.canvas()->view().toScreen(world.x(), world.y()).toPoint(); }

QString pdfText(const QString& pdf)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    text.waitForFinished(60000);
    return QString::fromUtf8(text.readAllStandardOutput());
}

}  // namespace

TEST_CASE("drawing shows a hint, closes at the first corner and refuses or warns about bad outlines", "[app][gui][drawing]")
{
    test::TestWindow w;
    app::MainWindow& window = w.window;
    window.setLanguage(app::MainWindow::Language::English);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QPointF c = zoomToYuzhu(window);
    window.drawAction()->setChecked(true);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("click the first corner")));

    // Three corners, then a click near (not on) the first one: it snaps and closes.
    const auto prompted = test::whenModal<QInputDialog>([](QInputDialog* prompt) {
        prompt->setTextValue(QStringLiteral("区块链"));
        prompt->accept();
    });
    for (QPointF p : {c + QPointF(-60, -60), c + QPointF(60, -60), c + QPointF(60, 60)})
        QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, screen(window, p));
    const double metresPerPixel = window.canvas()->view().metresPerPixel();
    QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, screen(window, c + QPointF(-60 + 3 * metresPerPixel, -60)));
    REQUIRE(waitFor([&] { return window.drawnParcels().size() == 1; }, 5000));
    CHECK(*prompted);
    CHECK(window.drawnParcels().front().result.areaM2 == Approx(120.0 * 60.0).epsilon(0.05));  // a triangle

    // Two corners and a double-click: a message, no parcel.
    QString told;
    const auto refused = test::whenModal<QMessageBox>([&](QMessageBox* box) {
        told = box->text();
        box->accept();
    });
    QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, screen(window, c + QPointF(100, 100)));
    QTest::mouseDClick(window.canvas(), Qt::LeftButton, {}, screen(window, c + QPointF(150, 100)));
    REQUIRE(waitFor([&] { return *refused; }, 5000));
    CHECK(told.contains(QStringLiteral("at least 3 corners")));
    CHECK(window.drawnParcels().size() == 1);

    // A bow tie: a warning; declining keeps nothing, accepting checks it as repaired.
    const QPolygonF bowtie({c + QPointF(-50, -50), c + QPointF(50, 50), c + QPointF(50, -50), c + QPointF(-50, 50)});
    auto warned = test::whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::No)->click(); });
    CHECK_FALSE(window.drawing()->addParcel(bowtie, QStringLiteral("区块链")));
    CHECK(*warned);
    CHECK(window.drawnParcels().size() == 1);
    warned = test::whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    CHECK(window.drawing()->addParcel(bowtie, QStringLiteral("区块链")));
    CHECK(*warned);
    REQUIRE(window.drawnParcels().size() == 2);
    CHECK(window.drawnParcels().back().result.areaM2 == Approx(2 * (100.0 * 50.0 / 2)).epsilon(0.01));  // two triangles
    CHECK(window.identifyPanel()->toPlainText().contains(QStringLiteral("the outline crosses itself")));

    // A degenerate outline (back to the start after one corner): the same message.
    told.clear();
    const auto degenerate = test::whenModal<QMessageBox>([&](QMessageBox* box) {
        told = box->text();
        box->accept();
    });
    CHECK_FALSE(window.drawing()->addParcel(QPolygonF({c, c + QPointF(10, 0), c}), QStringLiteral("区块链")));
    CHECK(*degenerate);
    CHECK(told.contains(QStringLiteral("this one has 2")));
    CHECK(window.drawnParcels().size() == 2);

    // A GEOS error inside an undo command (an outline GEOS cannot read): the parcel says so,
    // nothing escapes into the event loop, and undo brings the outline back.
    window.undoStack()->push(new app::ChangeDrawnOutline(window.document(), 0, {0x01, 0x03, 0x00}));
    CHECK(window.drawnParcels()[0].result.verdict == core::Verdict::Error);
    CHECK_FALSE(window.drawnParcels()[0].result.reason.empty());
    window.undoStack()->undo();
    CHECK(window.drawnParcels()[0].result.verdict == core::Verdict::Pass);
}

TEST_CASE("drawn parcels are autosaved and come back after the app is killed and started again", "[app][gui][autosave]")
{
    test::TempDir folder;
    const QString autosave = QString::fromStdString(folder.file("自动保存.gpkg"));
    const QPointF c = test::planar(113.435, 23.112);
    {
        test::TestWindow w(autosave);
        REQUIRE(w.window.drawing()->addParcel(test::square(c, 100), QStringLiteral("区块链")));
        REQUIRE(w.window.drawing()->addParcel(test::square(c + QPointF(300, 0), 100), QStringLiteral("数字金融")));
        // No Quit, no save: the window just goes, as when the process is killed.
    }
    const auto stored = core::readDrawnParcels(autosave.toStdString());
    REQUIRE(stored.size() == 2);
    test::TestWindow again(autosave);
    REQUIRE(again.window.drawnParcels().size() == 2);
    CHECK(again.window.drawnParcels()[0].industry == QStringLiteral("区块链"));
    CHECK(again.window.drawnParcels()[0].result.verdict == core::Verdict::Pass);
    CHECK(again.window.drawnParcels()[1].result.areaM2 == Approx(100.0 * 100.0).epsilon(0.001));
    // New parcels number on from the restored ones.
    REQUIRE(again.window.drawing()->addParcel(test::square(c + QPointF(0, 300), 100), QStringLiteral("区块链")));
    CHECK(again.window.drawnParcels()[2].id != again.window.drawnParcels()[0].id);
    CHECK(again.window.drawnParcels()[2].id != again.window.drawnParcels()[1].id);
}

TEST_CASE("Quit with unsaved drawn parcels asks, and failures to write are dialogs", "[app][gui][autosave]")
{
    test::TestWindow w;
    app::MainWindow& window = w.window;
    window.setLanguage(app::MainWindow::Language::English);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.drawing()->addParcel(test::square(test::planar(113.435, 23.112), 100), QStringLiteral("区块链")));

    auto asked = test::whenModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); });
    window.close();
    CHECK(*asked);
    CHECK(window.isVisible());  // Cancel keeps the app open

    // Saving to a folder that does not exist: a dialog, nothing written, still unsaved.
    const QString nowhere = QString::fromStdString(w.dir.file("没有的文件夹/地块.gpkg"));
    auto failed = test::whenModal<QMessageBox>([](QMessageBox* box) { box->accept(); });
    CHECK_FALSE(window.drawing()->saveTo(nowhere));
    CHECK(*failed);
    CHECK(window.document()->isModified());
    const QString saved = QString::fromStdString(w.dir.file("地块.gpkg"));
    CHECK(window.drawing()->saveTo(saved));
    CHECK_FALSE(window.document()->isModified());
    CHECK(core::readDrawnParcels(saved.toStdString()).size() == 1);
    // A PDF that cannot be written: a dialog after the export ran.
    failed = test::whenModal<QMessageBox>([](QMessageBox* box) { box->accept(); }, 60000);
    window.exportMapPdfTo(saved + QStringLiteral("/地图.pdf"));
    REQUIRE(waitFor([&] { return *failed; }, 30000));
    window.close();  // saved: no question
    CHECK_FALSE(window.isVisible());

    // An autosave that cannot be written (its folder is a file) says so in the status bar.
    const QString blocked = saved + QStringLiteral("/自动保存.gpkg");
    window.document()->setAutosavePath(blocked);
    REQUIRE(window.drawing()->addParcel(test::square(test::planar(113.436, 23.112), 100), QStringLiteral("区块链")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("could not be autosaved")));

}

TEST_CASE("layers are replaced when checked again, renamed, removed, and the table follows the selection", "[app][gui][layers]")
{
    test::TestWindow w;
    app::MainWindow& window = w.window;
    window.setLanguage(app::MainWindow::Language::English);
    window.show();
    window.checkFiles({test::sampleParcels()});
    REQUIRE(waitFor([&] { return window.checkedLayers().size() == 1 && !window.runner()->isRunning(); }));
    const auto first = window.checkedLayers().front();
    window.checkFiles({test::sampleParcels()});  // the same file again
    REQUIRE(waitFor([&] { return window.checkedLayers().front() != first && !window.runner()->isRunning(); }));
    CHECK(window.checkedLayers().size() == 1);
    CHECK(window.canvas()->scene()->parcelLayers.size() == 2);  // the layer and the drawn parcels

    // A second file: the table shows it, then follows the panel back to the first.
    const QString other = QStringLiteral(PEARLZONE_TEST_DATA_DIR "/rules/location/parcels.geojson");
    window.checkFiles({other});
    REQUIRE(waitFor([&] { return window.checkedLayers().size() == 2 && !window.runner()->isRunning(); }));
    CHECK(window.resultsPanel()->layer()->source == other);
    window.layersPanel()->setCurrentLayer(window.checkedLayers().front());
    CHECK(window.resultsPanel()->layer()->source == test::sampleParcels());
    CHECK(window.resultsTable()->model()->rowCount() == 3000);

    // Drawn parcels have their rows too.
    REQUIRE(window.drawing()->addParcel(test::square(test::planar(113.435, 23.112), 100), QStringLiteral("区块链")));
    window.layersPanel()->setCurrentLayer(window.document()->layer());
    CHECK(window.resultsTable()->model()->rowCount() == 1);
    CHECK(window.resultsTable()->model()->index(0, app::ResultsModel::Verdict).data().toString() == QStringLiteral("pass"));

    window.layersPanel()->rename(0, QStringLiteral("候选地块 2026"));
    CHECK(window.checkedLayers().front()->name == QStringLiteral("候选地块 2026"));
    window.layersPanel()->setCurrentLayer(window.checkedLayers().front());
    window.layersPanel()->remove(0);
    REQUIRE(window.checkedLayers().size() == 1);
    CHECK(window.checkedLayers().front()->source == other);
    CHECK(window.resultsPanel()->layer() == window.checkedLayers().front());  // the table left the removed layer
    CHECK(window.canvas()->scene()->parcelLayers.size() == 2);
}

TEST_CASE("the default layout shows table rows and the reason, and View → Panels brings a closed panel back", "[app][gui][layout]")
{
    test::TestWindow w;
    app::MainWindow& window = w.window;
    window.setLanguage(app::MainWindow::Language::English);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.checkFiles({test::sampleParcels()});
    REQUIRE(waitFor([&] { return window.checkedLayers().size() == 1 && !window.runner()->isRunning(); }));
    QTableView* table = window.resultsTable();
    const int rowHeight = table->rowHeight(0);
    CHECK(table->viewport()->height() / rowHeight >= 6);
    // The Reason column starts on screen and has a tooltip that wraps.
    CHECK(table->columnViewportPosition(app::ResultsModel::Reason) < table->viewport()->width());
    CHECK(table->model()->index(0, app::ResultsModel::Reason).data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("<p>")));

    auto* results = window.findChild<QDockWidget*>(QStringLiteral("results"));
    REQUIRE(results);
    results->close();
    CHECK_FALSE(results->isVisible());
    QAction* toggle = nullptr;
    for (QAction* action : window.actions().panelsMenu->actions())
        if (action->text() == QStringLiteral("Check results"))
            toggle = action;
    REQUIRE(toggle);
    toggle->trigger();
    CHECK(results->isVisible());
}

TEST_CASE("sorting a large layer runs off the GUI thread and ends in the right order, and search by id finds a parcel", "[app][gui][table]")
{
    // Past the synchronous limit, with ratios whose order is known.
    auto layer = std::make_shared<app::CheckedLayer>();
    const std::size_t count = 60000;
    static_assert(count > app::ResultsModel::kSynchronousRows);
    for (std::size_t i = 0; i < count; ++i) {
        core::CheckedParcel parcel;
        parcel.result.parcelId = "P" + std::to_string(i);
        parcel.result.insideRatio = static_cast<double>((i * 7919) % count) / static_cast<double>(count);
        parcel.result.verdict = i % 2 ? core::Verdict::Pass : core::Verdict::Fail;
        layer->append(parcel);
    }
    layer->finish();
    const auto shown = panelShowing(layer);
    app::ResultsPanel& panel = *shown;
    app::ResultsModel* model = panel.model();
    REQUIRE(model->rowCount() == static_cast<int>(count));

    int ticks = 0;  // the event loop keeps turning while the rows are sorted
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { ++ticks; });
    ticker.start(0);
    panel.table()->sortByColumn(app::ResultsModel::InsideRatio, Qt::DescendingOrder);
    CHECK(model->isBusy());
    REQUIRE(waitFor([&] { return !model->isBusy(); }));
    CHECK(ticks > 0);
    bool descending = true;
    for (int row = 1; row < model->rowCount(); ++row)
        descending = descending && layer->result(model->parcelAt(row - 1)).insideRatio >=
                                       layer->result(model->parcelAt(row)).insideRatio;
    CHECK(descending);
    CHECK(panel.table()->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);

    // Filtering too; then search by id jumps to the row and selects it.
    panel.findChildren<QComboBox*>().at(0)->setCurrentIndex(1);  // pass
    REQUIRE(waitFor([&] { return !model->isBusy(); }));
    CHECK(model->rowCount() == static_cast<int>(count / 2));
    panel.searchBox()->setText(QStringLiteral("P4321"));
    QTest::keyClick(panel.searchBox(), Qt::Key_Return);
    const auto selected = panel.selectedParcels();
    REQUIRE(selected.size() == 1);
    CHECK(layer->result(selected.front()).parcelId == "P4321");
    CHECK_FALSE(panel.findParcel(QStringLiteral("P59998")));  // a fail: filtered out
}

TEST_CASE("the measuring tool gives distance and area in metres", "[app][gui][measure]")
{
    test::TestWindow w;
    app::MainWindow& window = w.window;
    window.setLanguage(app::MainWindow::Language::English);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    const QPointF c = zoomToYuzhu(window);
    window.actions().measure->setChecked(true);
    CHECK(window.canvas()->isMeasuring());
    const QPoint a = screen(window, c), b = screen(window, c + QPointF(300, 0)), d = screen(window, c + QPointF(300, 200));
    QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, a);
    QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, b);
    // What the clicks hit, in metres (clicks land on whole pixels).
    const QPointF pa = window.canvas()->view().toWorld(a), pb = window.canvas()->view().toWorld(b),
                  pd = window.canvas()->view().toWorld(d);
    CHECK(window.measureLabel()->text() == QStringLiteral("Distance %L1 m").arg(QLineF(pa, pb).length(), 0, 'f', 1));
    QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, d);
    const double area = std::abs((pb.x() - pa.x()) * (pd.y() - pa.y()) - (pd.x() - pa.x()) * (pb.y() - pa.y())) / 2;
    CHECK(area == Approx(300.0 * 200.0 / 2).epsilon(0.03));
    CHECK(window.measureLabel()->text().contains(QStringLiteral("area %L1 m²").arg(area, 0, 'f', 0)));
    CHECK(app::measureOf(QPolygonF({{0, 0}, {3, 0}, {3, 4}})) == std::pair<double, double>(7.0, 6.0));
}

TEST_CASE("the PDF dialog previews the page, and the report cover says when the check ran", "[app][gui][pdf]")
{
    test::TestWindow w;
    app::MainWindow& window = w.window;
    window.setLanguage(app::MainWindow::Language::English);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    render::MapPdfSettings defaults;
    defaults.language = core::Language::English;
    app::PdfExportDialog dialog(window.canvas()->scene(), defaults);
    const QImage landscape = dialog.preview();
    REQUIRE_FALSE(landscape.isNull());
    CHECK(double(landscape.width()) / landscape.height() == Approx(297.0 / 210.0).epsilon(0.02));
    dialog.paperBox()->setCurrentIndex(dialog.paperBox()->findText(QStringLiteral("A3")));
    dialog.orientationBox()->setCurrentIndex(1);  // portrait
    dialog.scaleBox()->setCurrentIndex(dialog.scaleBox()->findData(50000.0));
    dialog.titleEdit()->setText(QStringLiteral("鱼珠候选地块"));
    const QImage portrait = dialog.preview();
    CHECK(double(portrait.width()) / portrait.height() == Approx(297.0 / 420.0).epsilon(0.02));
    const render::MapPdfSettings settings = dialog.settings();
    CHECK(settings.paper == QPageSize::A3);
    CHECK(settings.orientation == QPageLayout::Portrait);
    CHECK(settings.scaleDenominator == 50000.0);
    const QString map = QString::fromStdString(w.dir.file("地图.pdf"));
    window.exporter()->exportMapPdfTo(map, window.canvas()->scene(), settings);
    REQUIRE(waitFor([&] { return QFile::exists(map) && !window.exporter()->isBusy(); }));
    const QString mapText = pdfText(map);
    CHECK(mapText.contains(QStringLiteral("鱼珠候选地块")));
    CHECK(mapText.contains(QStringLiteral("1:50,000")));

    window.checkFiles({test::sampleParcels()});
    REQUIRE(waitFor([&] { return window.checkedLayers().size() == 1 && !window.runner()->isRunning(); }));
    const QDateTime checkedAt = window.checkedLayers().front()->checkedAt;
    QTest::qWait(1100);  // the export comes later than the check
    const QString report = QString::fromStdString(w.dir.file("报告.pdf"));
    window.exportReportPdfTo(report);
    REQUIRE(waitFor([&] { return QFile::exists(report) && !window.exporter()->isBusy(); }, 60000));
    CHECK(pdfText(report).contains(checkedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
}

TEST_CASE("the report dialog chooses the table's rows, and the app's export writes what it chose", "[app][gui][pdf]")
{
    test::TestWindow w;
    app::MainWindow& window = w.window;
    window.setLanguage(app::MainWindow::Language::English);
    window.show();
    window.checkFiles({test::sampleParcels()});
    REQUIRE(waitFor([&] { return window.checkedLayers().size() == 1 && !window.runner()->isRunning(); }));
    render::PdfPageSettings page;
    page.language = core::Language::English;
    app::ReportPdfDialog dialog(page);
    CHECK(dialog.settings().rows == render::PdfRows::Attention);  // the default
    dialog.rowsBox()->setCurrentIndex(dialog.rowsBox()->findData(static_cast<int>(render::PdfRows::None)));
    REQUIRE(dialog.settings().rows == render::PdfRows::None);
    const QString report = QString::fromStdString(w.dir.file("无明细.pdf"));
    const std::shared_ptr<const core::PilotZoneData> data(&window.data(), [](const core::PilotZoneData*) {});  // the window's
    window.exporter()->exportReportPdfTo(report, window.checkedLayers().front(), data, dialog.settings());
    REQUIRE(waitFor([&] { return QFile::exists(report) && !window.exporter()->isBusy(); }, 60000));
    const QString text = pdfText(report).simplified();
    CHECK(text.contains(QStringLiteral("No table of parcels (--pdf-rows none): 3,000 parcels are not listed.")));
    CHECK_FALSE(text.contains(QStringLiteral("Parcels checked:")));
}

TEST_CASE("the table sorts a large layer by text columns and filters it, in the order worked out here", "[app][gui][table]")
{
    // Ids that share their first eight bytes and differ in length ("PARCEL-10" before "PARCEL-9"),
    // reasons repeating, every fourth parcel failing.
    auto layer = std::make_shared<app::CheckedLayer>();
    const std::size_t count = 30000;
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < count; ++i) {
        core::CheckedParcel parcel;
        parcel.result.parcelId = "PARCEL-" + std::to_string((i * 7919) % count);
        parcel.result.reason = "理由 " + std::to_string(i % 7);
        parcel.result.verdict = i % 4 == 3 ? core::Verdict::Fail : core::Verdict::Pass;
        ids.push_back(parcel.result.parcelId);
        layer->append(parcel);
    }
    layer->finish();
    const auto shown = panelShowing(layer);
    app::ResultsPanel& panel = *shown;
    app::ResultsModel* model = panel.model();

    const auto cell = [&](int row, int column) { return model->index(row, column).data().toString().toStdString(); };
    panel.table()->sortByColumn(app::ResultsModel::Id, Qt::AscendingOrder);
    REQUIRE(waitFor([&] { return !model->isBusy(); }));
    std::vector<std::string> expected = ids;
    std::sort(expected.begin(), expected.end());
    REQUIRE(model->rowCount() == static_cast<int>(count));
    bool same = true;
    for (int row = 0; row < model->rowCount(); ++row)
        same = same && cell(row, app::ResultsModel::Id) == expected[static_cast<std::size_t>(row)];
    CHECK(same);
    CHECK(cell(0, app::ResultsModel::Id) == "PARCEL-0");
    CHECK(cell(1, app::ResultsModel::Id) == "PARCEL-1");
    CHECK(cell(2, app::ResultsModel::Id) == "PARCEL-10");

    // By reason, descending: 理由 6 first; equal reasons keep the layer's order.
    panel.table()->sortByColumn(app::ResultsModel::Reason, Qt::DescendingOrder);
    REQUIRE(waitFor([&] { return !model->isBusy(); }));
    CHECK(cell(0, app::ResultsModel::Reason) == "理由 6");
    CHECK(model->parcelAt(0) == 6);
    CHECK(model->parcelAt(1) == 13);
    CHECK(cell(model->rowCount() - 1, app::ResultsModel::Reason) == "理由 0");

    // Failing parcels only: a quarter, each failing, still by reason.
    panel.verdictFilter()->setCurrentIndex(3);  // All, pass, review, fail
    REQUIRE(waitFor([&] { return !model->isBusy(); }));
    CHECK(model->rowCount() == static_cast<int>(count / 4));
    bool fails = true;
    for (int row = 0; row < model->rowCount(); ++row)
        fails = fails && model->parcelAt(row) % 4 == 3;
    CHECK(fails);
    CHECK(model->shownWith(core::Verdict::Fail) == static_cast<std::int64_t>(count / 4));
    CHECK(model->shownWith(core::Verdict::Pass) == 0);
    CHECK(model->parcelAt(0) == 27);  // the first failing parcel with 理由 6: 27 % 7 == 6, 27 % 4 == 3
}
