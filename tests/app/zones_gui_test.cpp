// Zones in the app, through its real widgets offscreen: File → Open zones layer (layer and
// field chosen, matches shown, replaced only when confirmed, unknown names flagged), File →
// Save zones as zone set (read back), and Check → Compare zone sets on a case worked out by
// hand (the Finance City square shrunk by a 200 m strip).
#include "app/compare_controller.h"
#include "app/compare_dialog.h"
#include "app/compare_map.h"
#include "app/compare_results_window.h"
#include "app/drawing_controller.h"
#include "app/main_actions.h"
#include "app/zone_field_dialog.h"
#include "app/zone_match_dialog.h"
#include "app/zone_set_dialog.h"
#include "app/zones_controller.h"
#include "core/change_report_writer.h"
#include "gis/geometry.h"
#include "gis/vector_source.h"
#include "gis/vector_writer.h"

#include "gui_test_support.h"

#include "pearlzone_catch.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>

using namespace pearlzone;
using app::MainWindow;

namespace {

// The squares of tests/data/rules (EPSG:4547), relative to E 430000, N 2550000.
const gis::Envelope kPazhou{430000, 2550000, 431000, 2551000};
const gis::Envelope kUniversityTown{430000, 2549000, 431000, 2550000};
const gis::Envelope kFinanceCity{432000, 2550000, 433000, 2551000};
const gis::Envelope kYuzhu{433000, 2550000, 434000, 2551000};

QString qs(const std::string& text) { return QString::fromStdString(text); }

// An official-style GeoPackage: first a layer of roads, then the zones layer 官方片区 whose
// zones are named in 片区 (zone-level: 琶洲核心片区 in two pieces), with 编号 and 备注 beside.
std::string writeOfficialZones(const test::TempDir& dir)
{
    const std::string path = dir.file("官方片区.gpkg");
    gis::VectorWriterOptions roads;
    roads.layerName = "道路";
    roads.crs = "EPSG:4547";
    roads.geometry = gis::WriterGeometry::Polygon;
    roads.fields = {{"道路名"}};
    auto roadWriter = gis::VectorWriter::create(path, roads);
    roadWriter.write({std::string("琶洲大道")}, gis::Geometry::rectangle({430000, 2551000, 434000, 2551020}).toWkb());
    roadWriter.close();

    gis::VectorWriterOptions zones = roads;
    zones.layerName = "官方片区";
    zones.fields = {{"编号"}, {"片区"}, {"备注"}};
    zones.intoExistingDatabase = true;
    auto writer = gis::VectorWriter::create(path, zones);
    const std::pair<const char*, gis::Envelope> pieces[] = {
        {"琶洲核心片区", kPazhou}, {"琶洲核心片区", kUniversityTown}, {"金融城", kFinanceCity}, {"鱼珠", kYuzhu}};
    int number = 1;
    for (const auto& [name, box] : pieces)
        writer.write({std::to_string(number++), std::string(name), std::string("2022年导则")}, gis::Geometry::rectangle(box).toWkb());
    writer.close();
    return path;
}

// With PEARLZONE_SCREENSHOTS=<folder>, the dialogs and windows the tests open are saved there
// as PNGs (offscreen grabs), to look at.
void screenshot(QWidget* widget, const char* name)
{
    const QString folder = qEnvironmentVariable("PEARLZONE_SCREENSHOTS");
    if (!folder.isEmpty())
        widget->grab().save(folder + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

struct FieldDialogSeen {
    QStringList layers;
    QStringList fields;    // of the layer chosen
    QString samples;       // the sample values shown for 片区
    bool answered = false;
};

struct MatchDialogSeen {
    QStringList rows;  // "value | features | matched to"
    bool replaceEnabled = false;
    QString notes;
    bool answered = false;
};

// Answers the field dialog (layer, then field) and calls next() before accepting, so that the
// dialog that follows is answered too.
void answerFieldDialog(const QString& layer, const QString& field, FieldDialogSeen* seen, const std::function<void()>& next)
{
    test::whenModal<app::ZoneFieldDialog>([=](app::ZoneFieldDialog* dialog) {
        for (int i = 0; i < dialog->layerBox()->count(); ++i)
            seen->layers << dialog->layerBox()->itemText(i);
        dialog->layerBox()->setCurrentText(layer);
        QTableWidget* table = dialog->fieldTable();
        for (int row = 0; row < table->rowCount(); ++row) {
            seen->fields << table->item(row, 0)->text();
            if (table->item(row, 0)->text() == QStringLiteral("片区"))
                seen->samples = table->item(row, 1)->text();
        }
        seen->answered = dialog->selectField(field);
        screenshot(dialog, "zone-field-dialog");
        next();
        dialog->accept();
    });
}

// Records the match dialog and presses one of its buttons (after calling next()).
void answerMatchDialog(MatchDialogSeen* seen, const std::function<QPushButton*(app::ZoneMatchDialog*)>& button,
                       const std::function<void()>& next = {})
{
    test::whenModal<app::ZoneMatchDialog>([=](app::ZoneMatchDialog* dialog) {
        QTableWidget* table = dialog->matchTable();
        for (int row = 0; row < table->rowCount(); ++row)
            seen->rows << table->item(row, 0)->text() + QStringLiteral(" | ") + table->item(row, 1)->text() +
                              QStringLiteral(" | ") + table->item(row, 2)->text();
        seen->replaceEnabled = dialog->replaceButton()->isEnabled();
        seen->notes = dialog->notes()->toPlainText();
        seen->answered = true;
        screenshot(dialog, seen->replaceEnabled ? "screenshot-zones-match" : "zones-match-unknown");
        if (next)
            next();
        if (QPushButton* pressed = button(dialog))
            pressed->click();
        else
            dialog->reject();
    });
}

}  // namespace

TEST_CASE("Open zones layer: layer and field chosen, matches shown, unknown names flagged, replaced only when confirmed",
          "[app][gui][zones]")
{
    test::TempDir dir("片区图层");
    test::TestWindow w;
    MainWindow& window = w.window;
    window.setLanguage(MainWindow::Language::Chinese);
    window.show();
    // A drawn parcel in the file's Yuzhu square, outside the bundled zones: checked again.
    REQUIRE(window.drawing()->addParcel(test::square({433500, 2550500}, 100), QStringLiteral("区块链")));
    REQUIRE(window.drawnParcels().front().result.zoneId.empty());
    const double bundledYuzhu = window.data().zones.zone("yuzhu")->areaM2;
    const QString path = qs(writeOfficialZones(dir));
    app::ZonesController& zones = *window.zonesController();

    // First the wrong field (备注): its one value names nothing, so nothing can replace the
    // zones; the planner goes back and picks 片区, looks, and cancels.
    FieldDialogSeen firstField, secondField;
    MatchDialogSeen wrong, right;
    answerFieldDialog(QStringLiteral("官方片区"), QStringLiteral("备注"), &firstField, [&] {
        answerMatchDialog(&wrong, [](app::ZoneMatchDialog* d) { return d->chooseFieldButton(); }, [&] {
            answerFieldDialog(QStringLiteral("官方片区"), QStringLiteral("片区"), &secondField, [&] {
                answerMatchDialog(&right, [](app::ZoneMatchDialog*) { return nullptr; });  // Cancel
            });
        });
    });
    CHECK_FALSE(zones.openFile(path));
    REQUIRE(firstField.answered);
    CHECK(firstField.layers == QStringList({QStringLiteral("道路"), QStringLiteral("官方片区")}));
    CHECK(firstField.fields == QStringList({QStringLiteral("编号"), QStringLiteral("片区"), QStringLiteral("备注")}));
    CHECK(firstField.samples == QStringLiteral("琶洲核心片区, 金融城, 鱼珠"));
    REQUIRE(wrong.answered);
    CHECK(wrong.rows == QStringList({QStringLiteral("2022年导则 | 4 | 不是 Pearlzone 认识的片区或子片区")}));
    CHECK_FALSE(wrong.replaceEnabled);
    CHECK(wrong.notes.contains(QStringLiteral("无法使用这些片区；当前片区保持不变。")));
    CHECK(wrong.notes.contains(QStringLiteral("字段 备注 中有 1 个值不是 Pearlzone 认识的片区或子片区名称")));
    CHECK(wrong.notes.contains(QStringLiteral("鱼珠片区: 鱼珠片区, 魚珠片區, Yuzhu Zone, 鱼珠, 魚珠")));  // the names it knows
    REQUIRE(secondField.answered);
    REQUIRE(right.answered);
    CHECK(right.rows == QStringList({QStringLiteral("琶洲核心片区 | 2 | 琶洲核心片区（含广州大学城）"),
                                     QStringLiteral("金融城 | 1 | 广州国际金融城片区"), QStringLiteral("鱼珠 | 1 | 鱼珠片区")}));
    CHECK(right.replaceEnabled);
    CHECK(right.notes.contains(QStringLiteral("鱼珠片区：1.00 km²")));
    CHECK(right.notes.contains(QStringLiteral("琶洲核心片区（含广州大学城）：2.00 km²")));
    CAPTURE(right.notes.toStdString());
    // The zone-level file's warning, in words: the sub-areas' designations count zone-wide.
    CHECK(right.notes.contains(QStringLiteral("琶洲核心片区（含广州大学城）在此文件中没有子片区：琶洲、广州大学城的指定产业适用于整个片区。")));
    // Cancelled: nothing changed.
    CHECK(window.data().zones.zone("yuzhu")->areaM2 == Approx(bundledYuzhu));
    CHECK(window.drawnParcels().front().result.zoneId.empty());

    // Again, confirmed: the zones are replaced and the drawn parcel is checked against them.
    FieldDialogSeen thirdField;
    MatchDialogSeen confirmed;
    answerFieldDialog(QStringLiteral("官方片区"), QStringLiteral("片区"), &thirdField,
                      [&] { answerMatchDialog(&confirmed, [](app::ZoneMatchDialog* d) { return d->replaceButton(); }); });
    CHECK(zones.openFile(path));
    CHECK(confirmed.answered);
    CHECK(window.data().zones.zone("yuzhu")->areaM2 == Approx(1e6));
    CHECK(window.data().zones.zone("pazhou_core")->areaM2 == Approx(2e6));
    CHECK(window.data().zones.zoneField() == "片区");
    CHECK(window.drawnParcels().front().result.zoneId == "yuzhu");
    CHECK(window.windowTitle().endsWith(QStringLiteral(" — 官方片区.gpkg")));
}

TEST_CASE("Save zones as zone set writes a GeoPackage and its sidecar that reopen as the same zones", "[app][gui][zones]")
{
    test::TempDir dir("片区集");
    test::TestWindow w;
    MainWindow& window = w.window;
    window.show();
    REQUIRE(window.loadZones(QStringLiteral(PEARLZONE_TEST_DATA_DIR "/rules/zones.geojson")));

    // The description dialog, prefilled from the zones in use (no sidecar: the file's name).
    QString prefilledName;
    const auto described = test::whenModal<app::ZoneSetDialog>([&](app::ZoneSetDialog* dialog) {
        prefilledName = dialog->nameEdit()->text();
        dialog->reject();
    });
    window.actions().saveZoneSet->trigger();
    CHECK(*described);
    CHECK(prefilledName == QStringLiteral("zones.geojson"));

    core::ZoneSetInfo info;
    info.name = "测试方格片区";
    info.version = "2";
    info.date = "2022-06-30";
    info.sourceDocument = "《广州人工智能与数字经济试验区产业导则》";
    info.issuer = "测试单位";
    info.note = "四个方格";
    const QString saved = qs(dir.file("方格片区.gpkg"));
    REQUIRE(window.zonesController()->saveZoneSetTo(saved, info));
    const auto reopened = window.data().withZones(saved.toStdString());
    for (const char* id : {"pazhou_core", "ifc", "yuzhu"}) {
        CAPTURE(id);
        REQUIRE(reopened->zones.zone(id));
        CHECK(reopened->zones.zone(id)->areaM2 == Approx(window.data().zones.zone(id)->areaM2).epsilon(1e-9));
    }
    CHECK(reopened->zones.zone("pazhou_core")->subarea("university_town")->areaM2 == Approx(1e6));
    CHECK(reopened->zones.info().label() == "测试方格片区 2");
    CHECK(reopened->zones.info().sourceDocument == info.sourceDocument);
    CHECK(reopened->zones.info().note == "四个方格");
    CHECK(QFile::exists(saved + QStringLiteral(".zoneset.json")));

    // Where nothing can be written: a dialog, and no file.
    const QString nowhere = qs(dir.file("没有的文件夹/片区.gpkg"));
    const auto told = test::whenModal<QMessageBox>([](QMessageBox* box) { box->accept(); });
    CHECK_FALSE(window.zonesController()->saveZoneSetTo(nowhere, info));
    CHECK(*told);
    CHECK_FALSE(QFile::exists(nowhere));
}

TEST_CASE("Compare zone sets lists the parcels a 200 m strip taken from the Finance City changes, on a map, and exports them",
          "[app][gui][compare]")
{
    test::TempDir dir("比较");
    test::TestWindow w;
    MainWindow& window = w.window;
    window.setLanguage(MainWindow::Language::English);
    window.show();
    REQUIRE(window.loadZones(QStringLiteral(PEARLZONE_TEST_DATA_DIR "/rules/zones.geojson")));

    // The new zones: the squares with the Finance City ending at x = 432800, named in a field
    // Pearlzone does not know (区名), so that the comparison asks for it.
    const std::string shrunk = dir.file("金融城缩小.gpkg");
    {
        gis::VectorWriterOptions options;
        options.crs = "EPSG:4547";
        options.geometry = gis::WriterGeometry::Polygon;
        options.fields = {{"序号"}, {"区名"}};
        auto writer = gis::VectorWriter::create(shrunk, options);
        const std::pair<const char*, gis::Envelope> pieces[] = {{"琶洲", kPazhou},
                                                                {"大学城", kUniversityTown},
                                                                {"金融城", {432000, 2550000, 432800, 2551000}},
                                                                {"鱼珠", kYuzhu}};
        int number = 1;
        for (const auto& [name, box] : pieces)
            writer.write({std::to_string(number++), std::string(name)}, gis::Geometry::rectangle(box).toWkb());
        writer.close();
    }
    // The parcels, as in the core test worked out by hand: strip (in the strip: inside → outside,
    // pass → fail), edge (half in it: ratio 1 → 0.5, pass → review), ai (in the strip, not
    // designated: fail both times, zone and location change); west, yuzhu, away unchanged.
    const std::string parcels = dir.file("地块.geojson");
    {
        gis::VectorWriterOptions options;
        options.crs = "EPSG:4547";
        options.geometry = gis::WriterGeometry::Polygon;
        options.fields = {{"parcel_id"}, {"industry"}};
        auto writer = gis::VectorWriter::create(parcels, options);
        const std::tuple<const char*, const char*, gis::Envelope> rows[] = {
            {"strip", "数字金融", {432850, 2550400, 432950, 2550500}}, {"edge", "数字金融", {432700, 2550400, 432900, 2550500}},
            {"west", "数字金融", {432100, 2550100, 432300, 2550300}},  {"yuzhu", "数字金融", {432960, 2550600, 433060, 2550700}},
            {"ai", "人工智能", {432820, 2550800, 432880, 2550900}},    {"away", "数字金融", {440000, 2560000, 440100, 2560100}}};
        for (const auto& [id, industry, box] : rows)
            writer.write({std::string(id), std::string(industry)}, gis::Geometry::rectangle(box).toWkb());
        writer.close();
    }
    // The parcels checked first: the dialog offers them.
    window.checkFiles({qs(parcels)});
    REQUIRE(test::waitFor([&] { return !window.checkedLayers().empty() && !window.runner()->isRunning(); }));

    QString offeredParcels, fromHint;
    FieldDialogSeen toField;
    const auto asked = test::whenModal<app::CompareDialog>([&](app::CompareDialog* dialog) {
        offeredParcels = dialog->parcelsEdit()->text();
        fromHint = dialog->fromEdit()->placeholderText();
        dialog->toEdit()->setText(qs(shrunk));
        answerFieldDialog(QStringLiteral("layer"), QStringLiteral("区名"), &toField, [] {});
        dialog->compareButton()->click();
    });
    window.actions().compareZoneSets->trigger();
    CHECK(*asked);
    CHECK(offeredParcels == qs(parcels));
    CHECK(fromHint == QStringLiteral("The zones in use: zones.geojson"));
    CHECK(toField.answered);
    CHECK(toField.fields == QStringList({QStringLiteral("序号"), QStringLiteral("区名")}));
    app::CompareController& compare = *window.compareController();
    REQUIRE(test::waitFor([&] { return compare.resultsWindow() != nullptr; }));
    app::CompareResultsWindow& results = *compare.resultsWindow();

    CHECK(results.summaryLabel()->text() == QStringLiteral("地块.geojson: 6 parcels checked against both zone sets, 3 changed — "
                                                           "zone 2, sub-area 0, inside or not 3, verdict 2."));
    QTableWidget* table = results.table();
    REQUIRE(table->rowCount() == 3);
    auto cell = [table](int row, int column) { return table->item(row, column)->text(); };
    CHECK(cell(0, 0) == QStringLiteral("strip"));
    CHECK(cell(0, 1) == QStringLiteral("Finance City → none"));
    CHECK(cell(0, 2) == QStringLiteral("pass → fail"));
    CHECK(cell(0, 3) == QStringLiteral("With the new boundaries: no longer in Finance City; location inside → outside (inside ratio "
                                       "1.00 → 0.00); verdict pass → fail."));
    CHECK(cell(1, 0) == QStringLiteral("edge"));
    CHECK(cell(1, 1) == QStringLiteral("Finance City → Guangzhou International Finance City Zone"));
    CHECK(cell(1, 2) == QStringLiteral("pass → review"));
    CHECK(cell(2, 0) == QStringLiteral("ai"));
    CHECK(cell(2, 2) == QStringLiteral("fail → fail"));

    // The map: the changed parcels as its one layer, coloured by the new verdict; selecting a
    // row highlights its parcel.
    app::CompareMap* map = results.map();
    REQUIRE(map->scene());
    REQUIRE(map->scene()->parcelLayers.size() == 1);
    const auto& shapes = *map->scene()->parcelLayers.front();
    REQUIRE(shapes.size() == 3);
    CHECK(shapes.verdict(0) == core::Verdict::Fail);
    CHECK(shapes.verdict(1) == core::Verdict::Review);
    CHECK(shapes.box(0).minX == Approx(432850));
    CHECK(test::waitFor([map] { return !map->isRendering() && !map->renderedImage().isNull(); }));
    screenshot(&results, "compare-overview");
    const qint64 shownBefore = map->renderedImage().cacheKey();
    table->selectRow(1);
    CHECK(map->renderSettings().selected == std::set<std::pair<std::size_t, std::size_t>>{{0, 1}});
    CHECK(test::waitFor([map, shownBefore] { return !map->isRendering() && map->renderedImage().cacheKey() != shownBefore; }));
    screenshot(&results, "screenshot-compare");

    // Export: the CSV holds the three rows, with the writer's columns.
    const QString csv = qs(dir.file("变化.csv"));
    CHECK(results.exportTo(csv).isEmpty());
    auto layer = gis::VectorSource::open(csv.toStdString()).layer();
    CHECK(layer.fieldNames() == core::changeColumns());
    std::vector<gis::VectorFeature> rows;
    layer.readBatch(rows, 100);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].attributes[0] == "edge");
    CHECK(rows[1].attributes[2] == "location;verdict");
    CHECK(rows[1].attributes[8] == "0.5000");
    const QString workbook = qs(dir.file("变化.xlsx"));
    CHECK(results.exportTo(workbook).isEmpty());
    CHECK(gis::VectorSource::open(workbook.toStdString()).layer().fieldNames().size() == core::changeColumns().size());
    const QString pdf = qs(dir.file("变化.pdf"));
    CHECK(results.exportTo(pdf).isEmpty());
    CHECK(QFileInfo(pdf).size() > 10000);
    const QString nowhere = qs(dir.file("没有的文件夹/变化.gpkg"));
    CHECK_FALSE(results.exportTo(nowhere).isEmpty());
    CHECK_FALSE(QFile::exists(nowhere));
}
