// One language path: core::Wording's words and names, the CLI's PDF report in Chinese and in
// English, the app re-wording and re-checking everything it shows on a language switch, and
// the land use and constraint lines in the table and Identify.
#include "app/drawing_controller.h"
#include "app/identify_panel.h"
#include "app/layers_panel.h"
#include "app/main_actions.h"
#include "app/results_model.h"
#include "app/results_panel.h"
#include "core/batch_check.h"
#include "core/constraint_layers.h"
#include "core/parcel_source.h"
#include "core/wording.h"

#include "gui_test_support.h"
#include "pearlzone_catch.h"

#include <QAction>
#include <QProcess>
#include <QTableView>
#include <QTextBrowser>

using namespace pearlzone;
using test::waitFor;

namespace {

QString pdfText(const QString& pdf, int firstPage = 1, int lastPage = 0)
{
    QStringList arguments{QStringLiteral("-f"), QString::number(firstPage)};
    if (lastPage > 0)
        arguments << QStringLiteral("-l") << QString::number(lastPage);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), arguments << pdf << QStringLiteral("-"));
    text.waitForFinished(60000);
    return QString::fromUtf8(text.readAllStandardOutput());
}

int runCli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(PEARLZONE_CLI), arguments);
    process.waitForFinished(60000);
    return process.exitCode();
}

}  // namespace

TEST_CASE("Wording words verdicts, places, shares and geometry notes in each language", "[app][words]")
{
    const auto& zones = test::pilotData()->zones;
    const core::Wording zh(core::Language::Chinese);
    const core::Wording en(core::Language::English);
    CHECK(zh.verdict(core::Verdict::Pass) == QStringLiteral("通过"));
    CHECK(zh.verdict(core::Verdict::Review) == QStringLiteral("待复核"));
    CHECK(zh.verdict(core::Verdict::Fail) == QStringLiteral("不通过"));
    CHECK(en.verdict(core::Verdict::Review) == QStringLiteral("review"));
    CHECK(zh.zoneName(zones, "pazhou_core") == QStringLiteral("琶洲核心片区（含广州大学城）"));
    CHECK(en.zoneName(zones, "yuzhu") == QStringLiteral("Yuzhu Zone"));
    CHECK(zh.zoneName(zones, "") == QStringLiteral("不在任何片区内"));
    CHECK(zh.placeNames(zones, "pazhou_core/pazhou;yuzhu") == QStringLiteral("琶洲核心片区（含广州大学城）·琶洲、鱼珠片区"));
    CHECK(en.placeNames(zones, "pazhou_core/pazhou") == QStringLiteral("Pazhou Core Zone (incl. Guangzhou University Town) · Pazhou"));
    // No English word left in the Chinese share.
    CHECK(zh.insideShare(0.0, 0.0, 55479.0) == QStringLiteral("0.0%（55,479 平方米中的 0 平方米）"));
    CHECK(en.insideShare(0.5, 500.0, 1000.0) == QStringLiteral("50.0% (500 of 1,000 m²)"));
    // GEOS's raw text becomes a planner's sentence with the place, in metres.
    const std::string note = "repaired with make-valid: Self-intersection[434734.3692357 2558720.5]";
    CHECK(en.geometryNote(note) == QStringLiteral("the outline crosses itself near E 434734, N 2558721; checked as repaired"));
    CHECK(zh.geometryNote(note) == QStringLiteral("边界自相交（约在 E 434734，N 2558721 处），已按修复后的形状检查"));
}

TEST_CASE("pearlzone-cli check --pdf words verdicts and zone names in the report's language", "[app][words][pdf]")
{
    test::TempDir dir;
    const QString zhPdf = QString::fromStdString(dir.file("报告-中文.pdf"));
    const QString enPdf = QString::fromStdString(dir.file("report-en.pdf"));
    const QString csv = QString::fromStdString(dir.file("报告.csv"));
    REQUIRE(runCli({QStringLiteral("check"), test::sampleParcels(), QStringLiteral("--out"), csv, QStringLiteral("--pdf"), zhPdf,
                    QStringLiteral("--lang"), QStringLiteral("zh"), QStringLiteral("--pdf-rows"), QStringLiteral("all"),
                    QStringLiteral("--quiet")}) == 0);
    const QString zhTable = pdfText(zhPdf, 3, 9);  // the maps (the overview, three zones) and the table's first pages
    for (const char* word : {"通过", "待复核", "不通过", "琶洲核心片区（含广州大学城）", "鱼珠片区"})
        CHECK(zhTable.contains(QString::fromUtf8(word)));
    CHECK_FALSE(zhTable.contains(QStringLiteral("pazhou_core")));
    CHECK_FALSE(zhTable.contains(QStringLiteral("review")));

    REQUIRE(runCli({QStringLiteral("check"), test::sampleParcels(), QStringLiteral("--out"), csv, QStringLiteral("--pdf"), enPdf,
                    QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--pdf-rows"), QStringLiteral("all"),
                    QStringLiteral("--quiet")}) == 0);
    const QString enTable = pdfText(enPdf, 3, 9);
    for (const char* word : {"pass", "review", "fail", "Yuzhu Zone"})
        CHECK(enTable.contains(QString::fromUtf8(word)));
    CHECK_FALSE(enTable.contains(QStringLiteral("不通过")));
    CHECK_FALSE(enTable.contains(QStringLiteral("yuzhu/")));
    // The cover's long zone name wraps instead of losing its closing bracket.
    CHECK(pdfText(enPdf, 1, 1).simplified().contains(QStringLiteral("(incl. Guangzhou University Town)")));
}

TEST_CASE("switching language re-words the table, Identify and menus and re-checks the reasons", "[app][gui][words]")
{
    test::TestWindow w;
    app::MainWindow& window = w.window;
    window.setLanguage(app::MainWindow::Language::English);
    window.show();
    window.checkFiles({test::sampleParcels()});
    REQUIRE(waitFor([&] { return window.checkedLayers().size() == 1 && !window.runner()->isRunning(); }));
    // A drawn parcel in Yuzhu, checked in English.
    const QPointF yuzhu = test::planar(113.435, 23.112);
    REQUIRE(window.drawing()->addParcel(test::square(yuzhu, 120), QStringLiteral("区块链")));
    CHECK(window.drawnParcels().front().result.reason.find("The parcel lies wholly in Yuzhu Zone") == 0);

    auto* model = window.resultsPanel()->model();
    window.layersPanel()->setCurrentLayer(window.checkedLayers().front());
    REQUIRE(model->layer() == window.checkedLayers().front());
    int yuzhuRow = -1;
    for (int row = 0; row < model->rowCount() && yuzhuRow < 0; ++row)
        if (model->layer()->result(model->parcelAt(row)).zoneId == "yuzhu")
            yuzhuRow = row;
    REQUIRE(yuzhuRow >= 0);
    const std::size_t parcel = model->parcelAt(yuzhuRow);
    CHECK(model->index(yuzhuRow, app::ResultsModel::Zone).data().toString() == QStringLiteral("Yuzhu Zone"));  // a name, not "yuzhu"
    window.resultsTable()->selectRow(yuzhuRow);
    CHECK(window.identifyPanel()->toPlainText().contains(QStringLiteral("The parcel")));
    CHECK(window.undoStack()->canUndo());
    CHECK(window.actions().undo->text().startsWith(QStringLiteral("&Undo Draw parcel")));

    window.setLanguage(app::MainWindow::Language::Chinese);
    // The drawn parcel at once, the checked layer when its re-check is in.
    CHECK(window.drawnParcels().front().result.reason.find("地块完全位于鱼珠片区") == 0);
    REQUIRE(waitFor([&] {
        return !window.runner()->isRunning() && window.checkedLayers().front()->language == core::Language::Chinese;
    }));
    REQUIRE(window.resultsPanel()->layer() == window.checkedLayers().front());
    const int row = model->rowOf(parcel);
    REQUIRE(row >= 0);
    CHECK(model->index(row, app::ResultsModel::Zone).data().toString() == QStringLiteral("鱼珠片区"));
    const QString verdict = model->index(row, app::ResultsModel::Verdict).data().toString();
    CHECK((verdict == QStringLiteral("通过") || verdict == QStringLiteral("待复核") || verdict == QStringLiteral("不通过")));
    CHECK(model->index(row, app::ResultsModel::Reason).data().toString().startsWith(QStringLiteral("地块")));
    CHECK(model->headerData(app::ResultsModel::Reason, Qt::Horizontal, Qt::DisplayRole).toString() == QStringLiteral("理由"));
    // Identify shows the same parcel again, re-checked, in Chinese.
    const QString identify = window.identifyPanel()->toPlainText();
    CHECK(identify.contains(QStringLiteral("地块")));
    CHECK(identify.contains(QStringLiteral("鱼珠片区")));
    CHECK_FALSE(identify.contains(QStringLiteral("The parcel")));
    CHECK_FALSE(identify.contains(QStringLiteral(" of ")));
    CHECK(window.actions().undo->text().startsWith(QStringLiteral("撤销 绘制地块")));
}

TEST_CASE("the table and Identify show the land use and the constraint lines hit, in each language", "[app][gui][landuse]")
{
    // The rules' square zones and land-use parcels, checked against a red line (SPEC 4.1, 4.2).
    const std::string rules = PEARLZONE_TEST_DATA_DIR "/rules/";
    std::shared_ptr<const core::PilotZoneData> data =
        core::PilotZoneData::load(gis::pathFromUtf8(PEARLZONE_DATA_DIR), rules + "zones.geojson");
    core::ParcelInputOptions input;
    input.source = rules + "land-use/parcels.geojson";
    auto source = core::ParcelSource::open(input);
    const core::ConstraintSet red = core::ConstraintSet::load({{rules + "constraints/constraints-red.geojson", {}, std::nullopt, {}, {}}});
    core::BatchCheckOptions options;
    options.constraints = &red;
    core::CollectingSink sink(false);
    core::runBatchCheck(*data, source, options, sink);
    auto layer = std::make_shared<app::CheckedLayer>();
    for (const auto& parcel : sink.parcels())
        layer->append(parcel);
    layer->finish();
    auto indexOf = [&](const std::string& id) {
        for (std::size_t i = 0; i < layer->size(); ++i)
            if (layer->result(i).parcelId == id)
                return i;
        return layer->size();
    };
    const std::size_t refused = indexOf("one-industry-refused");  // M0 refuses 无人销售; 50 × 100 m under the red line
    const std::size_t conditional = indexOf("conditional-m1");     // M1 admits 人工智能 on condition; no line
    REQUIRE(refused < layer->size());
    REQUIRE(conditional < layer->size());

    // The window installs the translators the widgets' words come from.
    test::TestWindow w;
    w.window.setLanguage(app::MainWindow::Language::Chinese);
    app::ResultsModel model;
    model.setContext(data, core::Language::Chinese);
    model.setLayer(layer);
    REQUIRE(waitFor([&] { return !model.isBusy() && model.rowCount() == static_cast<int>(layer->size()); }));
    auto cell = [&](std::size_t parcel, int column) { return model.index(model.rowOf(parcel), column).data().toString(); };
    CHECK(model.headerData(app::ResultsModel::LandUse, Qt::Horizontal, Qt::DisplayRole).toString() == QStringLiteral("用地性质"));
    CHECK(model.headerData(app::ResultsModel::Constraints, Qt::Horizontal, Qt::DisplayRole).toString() == QStringLiteral("管控线"));
    CHECK(cell(refused, app::ResultsModel::LandUse) == QStringLiteral("M0"));
    CHECK(cell(refused, app::ResultsModel::LandUseStatus) == QStringLiteral("不相容"));
    CHECK(cell(refused, app::ResultsModel::Constraints) == QStringLiteral("生态红线甲（生态保护红线，禁止建设）重叠5000.00平方米"));
    CHECK(cell(conditional, app::ResultsModel::LandUseStatus) == QStringLiteral("有条件相容"));
    CHECK(cell(conditional, app::ResultsModel::Constraints).isEmpty());

    app::IdentifyPanel identify;  // its rows read "label\nvalue" as plain text
    identify.setContext(data, core::Language::Chinese);
    identify.showParcel(layer, refused);
    CHECK(identify.toPlainText().contains(QStringLiteral("用地性质\nM0（不相容）")));
    CHECK(identify.toPlainText().contains(QStringLiteral("管控线\n生态红线甲（生态保护红线，禁止建设）重叠5000.00平方米")));
    identify.showParcel(layer, conditional);
    CHECK(identify.toPlainText().contains(QStringLiteral("用地性质\nM1（有条件相容）")));
    CHECK(identify.toPlainText().contains(QStringLiteral("管控线\n无冲突")));

    w.window.setLanguage(app::MainWindow::Language::English);
    model.setContext(data, core::Language::English);
    identify.setContext(data, core::Language::English);
    CHECK(cell(refused, app::ResultsModel::LandUseStatus) == QStringLiteral("incompatible"));
    CHECK(cell(refused, app::ResultsModel::Constraints) == QStringLiteral("生态红线甲 (生态保护红线, prohibited) by 5000.00 m²"));
    identify.showParcel(layer, refused);
    CHECK(identify.toPlainText().contains(QStringLiteral("Land use\nM0 (incompatible)")));
    CHECK(identify.toPlainText().contains(QStringLiteral("Constraint lines\n生态红线甲 (生态保护红线, prohibited) by 5000.00 m²")));

    // Checked without constraint lines: no line about them; the sample's 用地性质 is in the table.
    w.window.checkFiles({test::sampleParcels()});
    REQUIRE(waitFor([&] { return w.window.checkedLayers().size() == 1 && !w.window.runner()->isRunning(); }));
    const auto& sample = w.window.checkedLayers().front();
    identify.showParcel(sample, 0);
    CHECK(identify.toPlainText().contains(QStringLiteral("Land use\nA3 (")));  // the first sample parcel's 用地性质
    CHECK_FALSE(identify.toPlainText().contains(QStringLiteral("Constraint lines")));
    model.setLayer(sample);
    REQUIRE(waitFor([&] { return !model.isBusy() && model.rowCount() > 0; }));
    CHECK(cell(0, app::ResultsModel::LandUse) == QStringLiteral("A3"));
    CHECK_FALSE(cell(0, app::ResultsModel::LandUseStatus).isEmpty());
    // The window's table shows the land-use columns, not the constraints column nothing filled.
    w.window.layersPanel()->setCurrentLayer(sample);
    REQUIRE(w.window.resultsPanel()->layer() == sample);
    CHECK_FALSE(w.window.resultsTable()->isColumnHidden(app::ResultsModel::LandUse));
    CHECK_FALSE(w.window.resultsTable()->isColumnHidden(app::ResultsModel::LandUseStatus));
    CHECK(w.window.resultsTable()->isColumnHidden(app::ResultsModel::Constraints));
}
