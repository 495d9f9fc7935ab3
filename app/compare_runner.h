#pragma once
// CompareRunner: Check → Compare zone sets on a background thread: reads the zone sets that are
// files, then checks the parcels against both in one pass (core::ChangeCollector), reporting
// progress and the changed parcels as signals on the GUI thread. Cancel stops it soon.

#include "core/batch_check.h"
#include "core/feedback.h"
#include "core/zone_compare.h"

#include <QDateTime>
#include <QObject>
#include <QString>

#include <memory>
#include <thread>

namespace pearlzone::app {

// What to compare: parcels, and two zone sets, each the one loaded (data) or a file (path).
struct CompareJob {
    core::ParcelInputOptions input;
    std::shared_ptr<const core::PilotZoneData> from;  // null: read fromPath
    QString fromPath;
    core::ZoneLoadOptions fromOptions;  // its layer and zone field
    std::shared_ptr<const core::PilotZoneData> to;    // null: read toPath
    QString toPath;
    core::ZoneLoadOptions toOptions;
    double minInside = 0.99;
    core::Language language = core::Language::Chinese;
};

struct CompareResult {
    CompareJob job;  // with from and to loaded
    QString layer;   // the parcel layer read
    QString crs;     // what its coordinates were taken to be
    QDateTime comparedAt;
    core::CompareSummary summary;
    std::vector<core::ChangedParcel> changed;
    std::vector<std::string> warnings;
};

class CompareRunner : public QObject {
    Q_OBJECT
public:
    explicit CompareRunner(QObject* parent = nullptr);
    ~CompareRunner() override;  // cancels a running comparison and waits for it

    // Ignored while a comparison is running. job.from must be loaded or named.
    void start(CompareJob job);
    void cancel() { feedback_.cancel(); }
    bool isRunning() const { return running_; }

    // The comparison itself, on the calling thread (loads the zone sets that are paths).
    // Throws gis::Error; the result's summary is empty when cancelled.
    static std::shared_ptr<CompareResult> run(CompareJob job, const std::function<void(const core::BatchProgress&)>& progress,
                                              const std::atomic<bool>* cancel, bool* cancelled);

signals:
    void progress(qint64 done, qint64 total);
    void compared(std::shared_ptr<pearlzone::app::CompareResult> result);
    void failed(const QString& message);
    void cancelled();
    void finished();

private:
    void join();

    std::thread thread_;
    core::Feedback feedback_;
    bool running_ = false;
};

}  // namespace pearlzone::app
