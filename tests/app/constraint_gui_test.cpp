// Land use and constraint lines in the app (SPEC 4.1, 4.2, 6), through the real widgets:
// Check → Constraint layers… (a layer file with Chinese field names in a Chinese-named folder,
// the rule per layer, remembered by a new window, removed), the results table's land-use and
// conflict filters, and the batch dialog's land-use field. Geometry is in EPSG:4547 around a
// point of Yuzhu, so that every area below is worked out by hand.
#include "app/batch_check_dialog.h"
#include "app/constraint_layers_dialog.h"
#include "app/layers_panel.h"
#include "app/main_actions.h"
#include "app/results_panel.h"

#include "gui_test_support.h"

#include "pearlzone_catch.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>

#include <fstream>

using namespace pearlzone;
using app::MainWindow;
using test::waitFor;

namespace {

const QPointF kYuzhu = test::planar(113.435, 23.112);  // inside the Yuzhu zone

QString ring(QPointF centre, double side)
{
    const QPolygonF square = test::square(centre, side);
    QString text = QStringLiteral("[[");
    for (int i = 0; i <= 4; ++i)
        text += QStringLiteral("[%1,%2]%3").arg(square[i % 4].x(), 0, 'f', 3).arg(square[i % 4].y(), 0, 'f', 3).arg(i < 4 ? "," : "");
    return text + QStringLiteral("]]");
}

// A GeoJSON file in EPSG:4547 with one square feature per (centre, side, properties JSON).
void writeSquares(const std::string& path, const std::vector<std::tuple<QPointF, double, QString>>& features)
{
    QString text = QStringLiteral(R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4547"}},"features":[)");
    for (std::size_t i = 0; i < features.size(); ++i) {
        const auto& [centre, side, properties] = features[i];
        text += QStringLiteral(R"(%1{"type":"Feature","properties":%2,"geometry":{"type":"Polygon","coordinates":%3}})")
                    .arg(i ? "," : "", properties, ring(centre, side));
    }
    std::ofstream(gis::pathFromUtf8(path), std::ios::binary) << (text + QStringLiteral("]}")).toStdString();
}

// The ecological red line: 200 × 200 m around the Yuzhu point, Chinese field names, no rule.
std::string writeRedLine(const test::TempDir& dir)
{
    const std::string path = dir.file("生态红线.geojson");
    writeSquares(path, {{kYuzhu, 200.0, QStringLiteral(R"({"名称":"鱼珠生态红线","类型":"生态保护红线"})")}});
    return path;
}

// Opens Check → Constraint layers… and runs act on the dialog, then closes it.
void withConstraintDialog(MainWindow& window, const std::function<void(app::ConstraintLayersDialog*)>& act)
{
    const auto seen = test::whenModal<app::ConstraintLayersDialog>([&](app::ConstraintLayersDialog* dialog) {
        act(dialog);
        QTest::qWait(50);  // the list refills after the change (queued)
        dialog->accept();
    });
    window.actions().constraintLayers->trigger();
    REQUIRE(*seen);
}

// Draws a 120 × 120 m parcel around the Yuzhu point for blockchain, through the canvas.
void drawParcel(MainWindow& window)
{
    window.canvas()->zoomToExtent({kYuzhu.x() - 400, kYuzhu.y() - 400, kYuzhu.x() + 400, kYuzhu.y() + 400});
    window.drawAction()->setChecked(true);
    const auto prompted = test::whenModal<QInputDialog>([](QInputDialog* prompt) {
        prompt->setTextValue(QStringLiteral("区块链"));
        prompt->accept();
    });
    const app::MapCanvas& canvas = *window.canvas();
    auto at = [&](double dx, double dy) { return canvas.view().toScreen(kYuzhu.x() + dx, kYuzhu.y() + dy).toPoint(); };
    for (const QPoint& p : {at(-60, -60), at(60, -60), at(60, 60)})
        QTest::mouseClick(window.canvas(), Qt::LeftButton, {}, p);
    QTest::mouseDClick(window.canvas(), Qt::LeftButton, {}, at(-60, 60));
    REQUIRE(waitFor([&] { return window.drawnParcels().size() == 1; }, 5000));
    window.drawAction()->setChecked(false);
}

}  // namespace

TEST_CASE("constraint layers: added from a file with Chinese fields, ruled, remembered by a new window, removed", "[app][gui][constraints]")
{
    test::TempDir dir("约束线");
    const std::string redLine = writeRedLine(dir);
    test::TestWindow w;
    MainWindow& window = w.window;
    window.setLanguage(MainWindow::Language::English);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(waitFor([&] { return window.canvas()->view().isValid(); }));
    drawParcel(window);
    CHECK(window.drawnParcels().front().result.verdict == core::Verdict::Pass);  // blockchain in Yuzhu
    CHECK_FALSE(window.drawnParcels().front().result.constraintsChecked);

    // Add the file: its Chinese fields are found, the layer has no rule field, so prohibited.
    int rows = 0;
    QString fields, rule;
    withConstraintDialog(window, [&](app::ConstraintLayersDialog* dialog) {
        CHECK(dialog->addFile(QString::fromStdString(redLine)));
        QTest::qWait(50);
        rows = dialog->table()->rowCount();
        fields = dialog->table()->item(0, 2)->text();
        rule = dialog->ruleBox(0)->currentData().toString();
    });
    CHECK(rows == 1);
    CHECK(fields == QStringLiteral("name: 名称, kind: 类型, rule: —"));
    CHECK(rule == QStringLiteral("prohibited"));

    // The drawn parcel lies wholly inside the line: 120 × 120 m of overlap, and it fails.
    const core::ParcelResult& hit = window.drawnParcels().front().result;
    REQUIRE(hit.constraintHits.size() == 1);
    CHECK(hit.constraintHits[0].name == "鱼珠生态红线");
    CHECK(hit.constraintHits[0].kind == "生态保护红线");
    CHECK(hit.constraintHits[0].areaM2 == Approx(120.0 * 120.0).epsilon(0.05));  // clicks snap to pixels
    CHECK(hit.verdict == core::Verdict::Fail);
    REQUIRE(window.layersPanel()->constraintLayers().size() == 1);
    CHECK_FALSE(window.layersPanel()->findItems(QStringLiteral("生态红线"), Qt::MatchExactly).isEmpty());

    // Identify on the line outside the parcel (80 m east, 80 m north of the centre).
    window.identifyAt(QPointF(kYuzhu.x() + 80, kYuzhu.y() + 80));
    const QString identified = window.identifyPanel()->toPlainText();
    CHECK(identified.contains(QStringLiteral("鱼珠生态红线")));
    CHECK(identified.contains(QStringLiteral("生态保护红线")));
    CHECK(identified.contains(QStringLiteral("PROHIBITED")));
    CHECK(identified.contains(QStringLiteral("4.00 ha")));  // 200 × 200 m

    // Restricted instead: the parcel now needs review.
    withConstraintDialog(window, [&](app::ConstraintLayersDialog* dialog) {
        QComboBox* box = dialog->ruleBox(0);
        const int restricted = box->findData(QStringLiteral("restricted"));
        box->setCurrentIndex(restricted);
        emit box->activated(restricted);
    });
    CHECK(window.drawnParcels().front().result.verdict == core::Verdict::Review);

    // A file that is no layer at all: a dialog says so, in words, and nothing is added.
    const std::string notALayer = dir.file("不是图层.geojson");
    std::ofstream(gis::pathFromUtf8(notALayer)) << "this is not GeoJSON";
    QString warning;
    withConstraintDialog(window, [&](app::ConstraintLayersDialog* dialog) {
        const auto warned = test::whenModal<QMessageBox>([&](QMessageBox* box) {
            warning = box->text();
            box->accept();
        });
        CHECK_FALSE(dialog->addFile(QString::fromStdString(notALayer)));
        CHECK(*warned);
    });
    CHECK(warning.contains(QStringLiteral("“不是图层.geojson” cannot be used as a constraint layer")));
    CHECK(window.layersPanel()->constraintLayers().size() == 1);

    // The app started again: the layer and its rule come back; the restored parcel is checked against it.
    test::TestWindow again(w.autosave);
    again.window.setLanguage(MainWindow::Language::English);
    REQUIRE(again.window.layersPanel()->constraintLayers().size() == 1);
    REQUIRE(again.window.drawnParcels().size() == 1);
    CHECK(again.window.drawnParcels().front().result.constraintHits.size() == 1);
    CHECK(again.window.drawnParcels().front().result.verdict == core::Verdict::Review);

    // Removed: no line, the parcel passes again, and the next start has none.
    withConstraintDialog(again.window, [&](app::ConstraintLayersDialog* dialog) {
        dialog->table()->selectRow(0);
        dialog->removeButton()->click();
    });
    CHECK(again.window.layersPanel()->constraintLayers().empty());
    CHECK(again.window.drawnParcels().front().result.verdict == core::Verdict::Pass);
    QSettings settings;
    CHECK(settings.beginReadArray(QStringLiteral("constraintLayers")) == 0);
    settings.endArray();
}

TEST_CASE("the batch dialog finds the land-use field; the table filters by land use and conflicts", "[app][gui][constraints]")
{
    test::TempDir dir("用地");
    // Four 80 × 80 m blockchain parcels in Yuzhu: on business land (compatible), on housing
    // (incompatible), with no land use (missing), and on business land under the red line.
    const std::string parcels = dir.file("地块.geojson");
    writeSquares(parcels, {{kYuzhu + QPointF(-250, 0), 80.0, QStringLiteral(R"({"地块编号":"P1","产业":"区块链","用地性质":"0902"})")},
                           {kYuzhu + QPointF(250, 0), 80.0, QStringLiteral(R"({"地块编号":"P2","产业":"区块链","用地性质":"0701"})")},
                           {kYuzhu + QPointF(0, 250), 80.0, QStringLiteral(R"({"地块编号":"P3","产业":"区块链","用地性质":""})")},
                           {kYuzhu, 80.0, QStringLiteral(R"({"地块编号":"P4","产业":"区块链","用地性质":"B2"})")}});
    test::TestWindow w;
    MainWindow& window = w.window;
    window.setLanguage(MainWindow::Language::English);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    withConstraintDialog(window, [&](app::ConstraintLayersDialog* dialog) {
        CHECK(dialog->addFile(QString::fromStdString(writeRedLine(dir))));
    });

    // First without land use: the planner picks "none" in the detected field's place.
    auto batch = [&](bool landUse) {
        QString detected;
        const auto seen = test::whenModal<app::BatchCheckDialog>([&](app::BatchCheckDialog* dialog) {
            dialog->addFiles({QString::fromStdString(parcels)});
            detected = dialog->landUseFieldBox()->currentText();
            if (!landUse)
                dialog->landUseFieldBox()->setCurrentIndex(0);
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        window.batchCheckAction()->trigger();
        REQUIRE(*seen);
        REQUIRE(waitFor([&] { return !window.runner()->isRunning() && window.checkedLayers().size() == 1; }));
        QTest::qWait(50);
        return detected;
    };
    CHECK(batch(false) == QStringLiteral("用地性质"));
    const auto& checked = *window.checkedLayers().front();
    for (std::size_t i = 0; i < checked.size(); ++i) {
        CHECK(checked.result(i).zoneId == "yuzhu");
        CHECK(checked.result(i).landUseStatus == core::LandUseStatus::NotApplicable);
    }
    CHECK_FALSE(window.resultsPanel()->landUseFilter()->isVisibleTo(&window));

    batch(true);
    REQUIRE(waitFor([&] { return window.checkedLayers().front()->result(0).landUseStatus != core::LandUseStatus::NotApplicable; }));
    app::ResultsPanel& results = *window.resultsPanel();
    REQUIRE(results.landUseFilter()->isVisibleTo(&window));
    REQUIRE(results.conflictFilter()->isVisibleTo(&window));
    auto shownIds = [&] {
        QStringList ids;
        for (int row = 0; row < results.model()->rowCount(); ++row)
            ids << QString::fromStdString(results.layer()->result(results.model()->parcelAt(row)).parcelId);
        ids.sort();
        return ids;
    };
    CHECK(shownIds() == QStringList({"P1", "P2", "P3", "P4"}));
    QComboBox* landUse = results.landUseFilter();
    landUse->setCurrentIndex(landUse->findText(QStringLiteral("incompatible")));
    CHECK(shownIds() == QStringList({"P2"}));
    landUse->setCurrentIndex(landUse->findText(QStringLiteral("compatible")));
    CHECK(shownIds() == QStringList({"P1", "P4"}));  // 0902 and B2 are both business land
    landUse->setCurrentIndex(landUse->findText(QStringLiteral("no land use given")));
    CHECK(shownIds() == QStringList({"P3"}));
    landUse->setCurrentIndex(0);
    results.conflictFilter()->setChecked(true);
    CHECK(shownIds() == QStringList({"P4"}));  // the only one under the red line, 80 × 80 m of it
    CHECK(results.layer()->result(results.model()->parcelAt(0)).constraintHits.at(0).areaM2 == Approx(6400.0));
    results.conflictFilter()->setChecked(false);

    withConstraintDialog(window, [&](app::ConstraintLayersDialog* dialog) {
        dialog->table()->selectRow(0);
        dialog->removeButton()->click();
    });
}
