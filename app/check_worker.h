#pragma once
// The app's worker process: a parcel file is checked by `pearlzone-cli check --app-results`
// (app/cli/app_worker.h) started with QProcess (no shell), so that a reader that crashes or
// hangs on a file from the wild takes only that process down, never the window and the
// planner's unsaved work. Progress comes back as lines on the worker's stdout, the results as
// the check stream (core/check_stream.h) in a temporary folder that is removed however the
// run ends. A cancel asks the worker to stop (SIGTERM; it ends cleanly) and kills it when it
// has not ended after a grace period.

#include "app/check_runner.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>

namespace pearlzone::app {

// The worker program: PEARLZONE_CHECK_WORKER when set (a test hook: the tests put a stand-in
// that crashes or hangs there), else pearlzone-cli(.exe) beside the app; "" when there is none.
QString checkWorkerProgram();

// Whether job is checked in the worker: files are; PG: sources (whose connection may hold a
// password that would show in the process list) and push-down stay in the app's process.
bool checkedInWorker(const CheckJob& job);

// The worker's arguments for job: its input options, settings and constraint layers, the
// stream to write, and zonesPath (a zone set file) when the zones are not the bundled ones.
QStringList workerArguments(const CheckJob& job, const QString& resultsPath, const QString& zonesPath = {});

struct JobOutcome {
    enum class Status { Checked, Failed, Cancelled };
    Status status = Status::Failed;
    std::shared_ptr<CheckedLayer> layer;  // when Checked
    QString message;                      // when Failed: in the planner's words
    QString details;                      // when Failed: exit code or signal, what the worker said
};

struct WorkerCalls {
    std::function<void(qint64 done, qint64 total)> progress;
    std::function<void(int seconds)> stalled;  // no progress for WorkerTimings::stallSeconds
};

// Checks job in the worker program on the calling thread (blocking), with dataDir's data
// (the app's own) and data's zones. Stops the worker when cancel becomes true.
JobOutcome checkInWorker(const QString& program, const CheckJob& job, const core::PilotZoneData& data,
                         const std::filesystem::path& dataDir, const std::atomic<bool>& cancel, const WorkerTimings& timings,
                         const WorkerCalls& calls);

}  // namespace pearlzone::app
