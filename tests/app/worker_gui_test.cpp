// Batch checks in the app run in a worker process (app/check_worker.h): the results equal a
// check in the app's own process; a worker that crashes or hangs (a stand-in, see
// fake_check_worker.cpp) leaves the window, its earlier layers and the drawn parcels as they
// were, says what happened (message and details), and Stop and Cancel end it; nothing is left
// in the temporary folder, whatever the ending.
#include "app/check_worker.h"
#include "app/drawn_parcel_commands.h"
#include "app/main_window.h"
#include "core/constraint_layers.h"
#include "gis/geometry.h"
#include "tools/datagen/parcel_generator.h"

#include "gui_test_support.h"

#include "pearlzone_catch.h"
#include "temp_dir.h"

#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QUndoStack>

#include <fstream>

using namespace pearlzone;
using app::MainWindow;
using test::waitFor;

namespace {

// For one test: which worker the app runs (PEARLZONE_CHECK_WORKER), how the stand-in
// misbehaves, and a temporary folder of the test's own (TMPDIR) to look into afterwards.
struct WorkerEnvironment {
    WorkerEnvironment(const QString& program, const QByteArray& fakeMode = {})
    {
        qputenv("PEARLZONE_CHECK_WORKER", program.toUtf8());
        qputenv("PEARLZONE_FAKE_WORKER", fakeMode);
        qputenv("PEARLZONE_FAKE_WORKER_PID", QByteArray::fromStdString(temp.file("worker.pid")));
        qputenv("TMPDIR", QByteArray::fromStdString(gis::pathToUtf8(temp.path())));
    }
    ~WorkerEnvironment()
    {
        for (const char* name : {"PEARLZONE_CHECK_WORKER", "PEARLZONE_FAKE_WORKER", "PEARLZONE_FAKE_WORKER_PID"})
            qunsetenv(name);
        qputenv("TMPDIR", previousTmp);
        if (previousTmp.isEmpty())
            qunsetenv("TMPDIR");
    }
    // The app's folders for the worker's results that are still there.
    QStringList leftovers() const
    {
        return QDir(QString::fromStdString(gis::pathToUtf8(temp.path()))).entryList({QStringLiteral("pearlzone-check-*")}, QDir::AllEntries | QDir::Hidden);
    }
    bool workerGone() const
    {
        QFile pidFile(QString::fromStdString(temp.file("worker.pid")));
        if (!pidFile.open(QIODevice::ReadOnly))
            return false;
#ifdef Q_OS_LINUX
        return !QFile::exists(QStringLiteral("/proc/") + QString::fromUtf8(pidFile.readAll().trimmed()));
#else
        return true;
#endif
    }
    QByteArray previousTmp = qgetenv("TMPDIR");
    test::TempDir temp{"工作进程"};
};

// The first modal message box's text and details, answered with OK.
struct FailureSeen {
    QString text, details;
    std::shared_ptr<bool> seen = test::whenModal<QMessageBox>(
        [this](QMessageBox* box) {
            text = box->text();
            details = box->detailedText();
            box->accept();
        },
        30000);
};

void requireSameResult(const core::ParcelResult& a, const core::ParcelResult& b)
{
    INFO(a.parcelId);
    CHECK(a.parcelId == b.parcelId);
    CHECK(a.industry == b.industry);
    CHECK(a.industryCodes == b.industryCodes);
    CHECK(a.zoneId == b.zoneId);
    CHECK(a.subareaId == b.subareaId);
    CHECK(a.insideRatio == b.insideRatio);
    CHECK(a.areaM2 == b.areaM2);
    CHECK(a.insideM2 == b.insideM2);
    CHECK(a.location == b.location);
    CHECK(a.industryStatus == b.industryStatus);
    CHECK(a.verdict == b.verdict);
    CHECK(a.reason == b.reason);
    CHECK(a.suggestedZones == b.suggestedZones);
    CHECK(a.geometryNote == b.geometryNote);
    CHECK(a.landUse == b.landUse);
    CHECK(a.landUseCodes == b.landUseCodes);
    CHECK(a.landUseStatus == b.landUseStatus);
    CHECK(a.constraintsChecked == b.constraintsChecked);
    CHECK(a.constraintM2 == b.constraintM2);
    REQUIRE(a.constraintHits.size() == b.constraintHits.size());
    for (std::size_t i = 0; i < a.constraintHits.size(); ++i) {
        CHECK(a.constraintHits[i].layer == b.constraintHits[i].layer);
        CHECK(a.constraintHits[i].name == b.constraintHits[i].name);
        CHECK(a.constraintHits[i].rule == b.constraintHits[i].rule);
        CHECK(a.constraintHits[i].areaM2 == b.constraintHits[i].areaM2);
    }
}

// A GeoJSON constraint layer in EPSG:4547: one 3 km square around a point of Yuzhu with
// Chinese fields and no rule field (the rule is the planner's, given per layer).
std::string writeRedLine(const test::TempDir& dir)
{
    const QPointF c = test::planar(113.435, 23.112);
    const double h = 1500;
    const QString ring = QStringLiteral("[[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]]")
                             .arg(c.x() - h, 0, 'f', 1)
                             .arg(c.y() - h, 0, 'f', 1)
                             .arg(c.x() + h, 0, 'f', 1)
                             .arg(c.y() + h, 0, 'f', 1);
    const std::string path = dir.file("生态红线.geojson");
    std::ofstream(gis::pathFromUtf8(path), std::ios::binary)
        << QStringLiteral(R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4547"}},)"
                          R"("features":[{"type":"Feature","properties":{"名称":"鱼珠红线","类型":"生态保护红线"},)"
                          R"("geometry":{"type":"Polygon","coordinates":%1}}]})")
               .arg(ring)
               .toStdString();
    return path;
}

std::shared_ptr<app::CheckedLayer> runOnce(app::CheckRunner& runner, app::CheckJob job, int* notices,
                                           std::shared_ptr<const core::PilotZoneData> data = test::pilotData())
{
    std::shared_ptr<app::CheckedLayer> checked;
    QSignalSpy notice(&runner, &app::CheckRunner::notice);
    QObject::connect(&runner, &app::CheckRunner::layerChecked, &runner,
                     [&checked](std::shared_ptr<app::CheckedLayer> layer) { checked = layer; });
    runner.start(std::move(data), {std::move(job)});
    REQUIRE(waitFor([&] { return !runner.isRunning(); }, 60000));
    QObject::disconnect(&runner, &app::CheckRunner::layerChecked, &runner, nullptr);
    *notices = static_cast<int>(notice.count());
    return checked;
}

}  // namespace

TEST_CASE("worker: a file with a Chinese name checked in the worker process gives the in-process results", "[app][gui][worker]")
{
    WorkerEnvironment environment(QStringLiteral(PEARLZONE_CLI));
    test::TempDir dir;
    const std::string copy = dir.file("地块 样例.geojson");
    REQUIRE(QFile::copy(test::sampleParcels(), QString::fromStdString(copy)));

    app::CheckJob job;
    job.input.industryField = "产业";  // the input options and settings travel as arguments
    job.options.settings.minInside = 0.9;
    job.options.settings.language = core::Language::English;
    job.constraints = std::make_shared<const core::ConstraintSet>(
        core::ConstraintSet::load({{writeRedLine(dir), "", core::ConstraintRule::Restricted, "", ""}}));
    CHECK(app::workerArguments(job, QStringLiteral("r")).contains(QStringLiteral("restricted")));

    app::CheckRunner runner(gis::pathFromUtf8(PEARLZONE_DATA_DIR));
    int notices = 0;
    job.input.source = copy;
    const auto inWorker = runOnce(runner, job, &notices);
    REQUIRE(inWorker);
    CHECK(notices == 0);  // no "checked in the app's own process"
    CHECK(environment.leftovers().isEmpty());

    qputenv("PEARLZONE_CHECK_WORKER", QByteArray::fromStdString(dir.file("没有这个程序")));  // none: in this process
    job.input.source = test::sampleParcels().toStdString();
    const auto inProcess = runOnce(runner, job, &notices);
    REQUIRE(inProcess);
    CHECK(notices == 1);

    CHECK(inWorker->name == QStringLiteral("地块 样例"));
    CHECK(inWorker->crs == inProcess->crs);
    CHECK(inWorker->language == core::Language::English);
    REQUIRE(inWorker->size() == 3000);
    REQUIRE(inWorker->size() == inProcess->size());
    std::size_t restricted = 0;
    for (std::size_t i = 0; i < inWorker->size(); ++i) {
        const core::CheckedParcel worker = inWorker->parcel(i);
        const core::CheckedParcel local = inProcess->parcel(i);
        requireSameResult(worker.result, local.result);
        CHECK(worker.wkb == local.wkb);
        for (const auto& hit : worker.result.constraintHits)
            restricted += hit.rule == core::ConstraintRule::Restricted && hit.name == "鱼珠红线";
    }
    CHECK(restricted > 0);  // the constraint layer and its rule reached the worker
    CHECK(inWorker->summary.total == 3000);
    CHECK(inWorker->summary.byVerdict == inProcess->summary.byVerdict);
    CHECK(inWorker->summary.byZone == inProcess->summary.byZone);
    CHECK(inWorker->summary.conflicts == inProcess->summary.conflicts);
    CHECK(inWorker->summary.warnings == inProcess->summary.warnings);
    REQUIRE(inWorker->shapes);
    CHECK(inWorker->shapes->size() == 3000);
}

TEST_CASE("worker: a reader crash is a message with details; the window, its layers and drawn parcels stay", "[app][gui][worker]")
{
    WorkerEnvironment environment(QStringLiteral(PEARLZONE_CLI));
    test::TestWindow w;
    MainWindow& window = w.window;
    window.setLanguage(MainWindow::Language::English);
    window.show();
    window.checkFiles({test::sampleParcels()});  // an earlier layer, through the real worker
    REQUIRE(waitFor([&] { return window.checkedLayers().size() == 1 && !window.runner()->isRunning(); }, 60000));
    const QPointF yuzhu = test::planar(113.435, 23.112);
    window.undoStack()->push(new app::AddDrawnParcel(
        window.document(), {QStringLiteral("草图1"), QStringLiteral("区块链"),
                            gis::Geometry::rectangle({yuzhu.x(), yuzhu.y(), yuzhu.x() + 80, yuzhu.y() + 80}).toWkb(), {}}));
    REQUIRE(window.drawnParcels().size() == 1);

    qputenv("PEARLZONE_CHECK_WORKER", PEARLZONE_FAKE_WORKER_PROGRAM);
    qputenv("PEARLZONE_FAKE_WORKER", "crash");
    FailureSeen failure;
    window.checkFiles({QString::fromStdString(environment.temp.file("轨迹.kml"))});
    REQUIRE(waitFor([&] { return *failure.seen && !window.runner()->isRunning(); }, 30000));
    CHECK(failure.text.contains(QStringLiteral("轨迹.kml could not be read")));
    CHECK(failure.text.contains(QStringLiteral("stopped unexpectedly")));
    CHECK(failure.details.contains(QStringLiteral("signal 11 (SIGSEGV)")));
    CHECK(failure.details.contains(QStringLiteral("fake worker: reading the parcels")));  // its stderr

    CHECK(window.isVisible());
    REQUIRE(window.checkedLayers().size() == 1);
    CHECK(window.checkedLayers().front()->size() == 3000);
    REQUIRE(window.drawnParcels().size() == 1);
    CHECK(window.drawnParcels().front().industry == QStringLiteral("区块链"));
    CHECK_FALSE(window.progressBar()->isVisible());
    CHECK(window.batchCheckAction()->isEnabled());
    CHECK(environment.leftovers().isEmpty());
}

TEST_CASE("worker: a hung reader is offered Stop, which ends it and leaves nothing behind", "[app][gui][worker]")
{
    WorkerEnvironment environment(QStringLiteral(PEARLZONE_FAKE_WORKER_PROGRAM), "hang");
    test::TestWindow w;
    MainWindow& window = w.window;
    window.setLanguage(MainWindow::Language::English);
    window.show();
    window.runner()->setWorkerTimings({1, 300});  // stuck after 1 s; killed 0.3 s after a stop request
    window.checkFiles({QString::fromStdString(environment.temp.file("很慢.gpkg"))});
    REQUIRE(waitFor([&] { return window.cancelButton()->isVisible() && window.cancelButton()->text() == QStringLiteral("Stop"); },
                    10000));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("No progress on 很慢.gpkg")));
    CHECK(window.runner()->isRunning());

    FailureSeen failure;
    QTest::mouseClick(window.cancelButton(), Qt::LeftButton);  // it ignores the polite request
    REQUIRE(waitFor([&] { return *failure.seen && !window.runner()->isRunning(); }, 10000));
    CHECK(failure.text.contains(QStringLiteral("很慢.gpkg could not be read: the check made no progress and was stopped")));
    CHECK(failure.details.contains(QStringLiteral("SIGKILL")));
    CHECK(environment.workerGone());
    CHECK(environment.leftovers().isEmpty());  // its unfinished file went with the folder
    CHECK(window.checkedLayers().empty());
    CHECK(window.cancelButton()->text() == QStringLiteral("Cancel"));
}

TEST_CASE("worker: Cancel mid-run stops the worker, no layer, nothing left behind", "[app][gui][worker]")
{
    WorkerEnvironment environment(QStringLiteral(PEARLZONE_CLI));
    test::TempDir dir;
    const std::string big = dir.file("大批地块.gpkg");
    datagen::ParcelGeneratorOptions options;
    options.count = 60000;
    options.planarOnly = true;
    datagen::writeParcels(big, test::pilotData()->zones, test::pilotData()->catalogue, options);

    test::TestWindow w;
    MainWindow& window = w.window;
    window.show();
    QSignalSpy cancelled(window.runner(), &app::CheckRunner::cancelled);
    QSignalSpy failed(window.runner(), &app::CheckRunner::failed);
    qint64 firstDone = -1;
    QObject::connect(window.runner(), &app::CheckRunner::progress, &window, [&](qint64 done) {
        if (firstDone < 0 && window.cancelButton()->isVisible()) {
            firstDone = done;
            QTest::mouseClick(window.cancelButton(), Qt::LeftButton);
        }
    });
    window.checkFiles({QString::fromStdString(big)});
    REQUIRE(waitFor([&] { return !window.runner()->isRunning(); }, 60000));
    CHECK(firstDone > 0);
    CHECK(firstDone < 60000);
    CHECK(cancelled.count() == 1);
    CHECK(failed.count() == 0);
    CHECK(window.checkedLayers().empty());
    CHECK_FALSE(window.progressBar()->isVisible());
    CHECK(environment.leftovers().isEmpty());
}

TEST_CASE("worker: zones opened in the app reach the worker as a zone set and give the same results", "[app][gui][worker]")
{
    WorkerEnvironment environment(QStringLiteral(PEARLZONE_CLI));
    const std::string rules = PEARLZONE_TEST_DATA_DIR "/rules/";
    const std::shared_ptr<const core::PilotZoneData> data = test::pilotData()->withZones(rules + "zones.geojson");
    app::CheckJob job;
    job.input.source = rules + "land-use/parcels.geojson";
    job.input.landUseField = "用地性质";
    app::CheckRunner runner(gis::pathFromUtf8(PEARLZONE_DATA_DIR));
    int notices = 0;
    const auto inWorker = runOnce(runner, job, &notices, data);
    REQUIRE(inWorker);
    CHECK(notices == 0);
    CHECK(environment.leftovers().isEmpty());
    qputenv("PEARLZONE_CHECK_WORKER", "");
    const auto inProcess = runOnce(runner, job, &notices, data);
    REQUIRE(inProcess);
    REQUIRE(inWorker->size() == 20);
    REQUIRE(inProcess->size() == 20);
    for (std::size_t i = 0; i < 20; ++i)
        requireSameResult(inWorker->result(i), inProcess->result(i));
    CHECK(inWorker->summary.byZone == inProcess->summary.byZone);
}
