#pragma once
// CheckRunner: runs batch checks of one or more parcel files on a background thread for the
// GUI, reporting progress and results as signals on the GUI thread. Cancel stops it soon.

#include "app/checked_layer.h"
#include "core/batch_check.h"
#include "core/feedback.h"
#include "core/pilot_zone_data.h"
#include "render/map_scene.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <filesystem>
#include <memory>
#include <thread>
#include <vector>

namespace pearlzone::app {

// One file to check and how.
struct CheckJob {
    core::ParcelInputOptions input;
    core::BatchCheckOptions options;  // its constraints pointer is set from the set below
    bool pushDown = false;  // a PG: source checked inside PostGIS (core/postgis_engine.h)
    std::shared_ptr<const core::ConstraintSet> constraints;  // SPEC 4.2; kept alive for the run
};

// The layer the app shows for job's parcels, described but still empty: the check (in this
// process or the worker's) appends its parcels, sets the summary and finishes it; the one
// place a CheckedLayer is made from check results.
std::shared_ptr<CheckedLayer> checkedLayerFor(const CheckJob& job, const QString& layerName, const QString& crsLabel,
                                              const QDateTime& checkedAt);

// How long the worker process (app/check_worker.h) may go without progress before the app
// offers to stop it, and how long it has to end after a stop request before it is killed.
struct WorkerTimings {
    int stallSeconds = 30;
    int graceMilliseconds = 3000;
};

class CheckRunner : public QObject {
    Q_OBJECT
public:
    // dataDir: the app's bundled data, which the worker process is to use too.
    explicit CheckRunner(std::filesystem::path dataDir = {}, QObject* parent = nullptr);
    ~CheckRunner() override;  // cancels a running check and waits for it

    // Checks each input in turn; ignored while a check is running.
    void start(std::shared_ptr<const core::PilotZoneData> data, std::vector<core::ParcelInputOptions> inputs,
               core::BatchCheckOptions options);
    void start(std::shared_ptr<const core::PilotZoneData> data, std::vector<CheckJob> jobs);
    void cancel();
    bool isRunning() const { return running_; }
    void setWorkerTimings(WorkerTimings timings) { timings_ = timings; }

signals:
    void progress(qint64 done, qint64 total, const QString& source);
    void layerChecked(std::shared_ptr<pearlzone::app::CheckedLayer> layer);
    // message in the planner's words; details: what GDAL or GEOS said as they said it (may be "").
    void failed(const QString& message, const QString& details);
    void cancelled();
    void finished();
    // The worker process said nothing for seconds: the file may have stopped its reader.
    void stalled(const QString& source, int seconds);
    // Something the planner may want to know about how the check runs (the status bar).
    void notice(const QString& text);

private:
    void join();

    std::filesystem::path dataDir_;
    WorkerTimings timings_;
    std::thread thread_;
    core::Feedback feedback_;
    bool running_ = false;
};

}  // namespace pearlzone::app
