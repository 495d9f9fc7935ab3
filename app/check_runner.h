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

class CheckRunner : public QObject {
    Q_OBJECT
public:
    explicit CheckRunner(QObject* parent = nullptr);
    ~CheckRunner() override;  // cancels a running check and waits for it

    // Checks each input in turn; ignored while a check is running.
    void start(std::shared_ptr<const core::PilotZoneData> data, std::vector<core::ParcelInputOptions> inputs,
               core::BatchCheckOptions options);
    void start(std::shared_ptr<const core::PilotZoneData> data, std::vector<CheckJob> jobs);
    void cancel();
    bool isRunning() const { return running_; }

signals:
    void progress(qint64 done, qint64 total, const QString& source);
    void layerChecked(std::shared_ptr<pearlzone::app::CheckedLayer> layer);
    // message in the planner's words; details: what GDAL or GEOS said as they said it (may be "").
    void failed(const QString& message, const QString& details);
    void cancelled();
    void finished();

private:
    void join();

    std::thread thread_;
    core::Feedback feedback_;
    bool running_ = false;
};

}  // namespace pearlzone::app
