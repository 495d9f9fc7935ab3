#include "app/check_runner.h"

#include "app/check_worker.h"
#include "core/postgis_engine.h"
#include "core/wording.h"
#include "gis/error.h"

#include <QFileInfo>
#include <QMetaObject>

namespace pearlzone::app {

namespace {

// A check in this process: a database source (PG:, push-down) or no worker program.
JobOutcome checkInProcess(const core::PilotZoneData& data, const CheckJob& job, core::Feedback& feedback,
                          const std::function<void(const core::BatchProgress&)>& progress)
{
    core::BatchCheckOptions options = job.options;
    options.constraints = job.constraints.get();
    try {
        auto parcelSource = core::ParcelSource::open(job.input);
        auto layer = checkedLayerFor(job, QString::fromStdString(parcelSource.layerName()),
                                     QString::fromStdString(parcelSource.crsLabel()), QDateTime::currentDateTime());
        CheckedLayerSink sink(*layer);
        core::BatchSummary summary = job.pushDown
                                         ? core::runPostgisCheck(data, job.input, options, sink, progress, feedback.cancelFlag())
                                         : core::runBatchCheck(data, parcelSource, options, sink, progress, feedback.cancelFlag());
        if (summary.cancelled)
            return {JobOutcome::Status::Cancelled, nullptr, {}, {}};
        layer->summary = std::move(summary);
        layer->finish();
        return {JobOutcome::Status::Checked, std::move(layer), {}, {}};
    } catch (const gis::Error& error) {
        return {JobOutcome::Status::Failed, nullptr, core::Wording(options.settings.language).errorMessage(error),
                QString::fromStdString(error.detail())};
    } catch (const std::exception& error) {  // anything else: a message, not a crash
        return {JobOutcome::Status::Failed, nullptr, QString::fromUtf8(error.what()), QString()};
    }
}

}  // namespace

std::shared_ptr<CheckedLayer> checkedLayerFor(const CheckJob& job, const QString& layerName, const QString& crsLabel,
                                              const QDateTime& checkedAt)
{
    auto layer = std::make_shared<CheckedLayer>();
    const QString source = QString::fromStdString(job.input.source);
    layer->source = source;
    layer->input = job.input;
    layer->checkedAt = checkedAt;
    // A database table by its name (the connection may hold a password).
    layer->name = source.startsWith(QStringLiteral("PG:")) ? layerName : QFileInfo(source).completeBaseName();
    layer->crs = crsLabel;
    layer->minInside = job.options.settings.minInside;
    layer->pushedDown = job.pushDown;
    layer->language = job.options.settings.language;
    return layer;
}

CheckRunner::CheckRunner(std::filesystem::path dataDir, QObject* parent) : QObject(parent), dataDir_(std::move(dataDir)) {}

CheckRunner::~CheckRunner()
{
    feedback_.cancel();
    join();
}

void CheckRunner::join()
{
    if (thread_.joinable())
        thread_.join();
}

void CheckRunner::cancel()
{
    feedback_.cancel();
}

void CheckRunner::start(std::shared_ptr<const core::PilotZoneData> data, std::vector<core::ParcelInputOptions> inputs,
                        core::BatchCheckOptions options)
{
    std::vector<CheckJob> jobs;
    for (auto& input : inputs)
        jobs.push_back({std::move(input), options, false, nullptr});
    start(std::move(data), std::move(jobs));
}

void CheckRunner::start(std::shared_ptr<const core::PilotZoneData> data, std::vector<CheckJob> jobs)
{
    if (running_)
        return;
    join();
    running_ = true;
    feedback_.cancelFlag()->store(false);
    const QString worker = checkWorkerProgram();
    thread_ = std::thread([this, data = std::move(data), jobs = std::move(jobs), worker, timings = timings_] {
        // Everything that reaches the GUI goes through queued calls on this object's thread.
        auto post = [this](auto function) { QMetaObject::invokeMethod(this, std::move(function), Qt::QueuedConnection); };
        bool stopped = false;
        for (const auto& job : jobs) {
            const QString source = QString::fromStdString(job.input.source);
            const auto reportProgress = [&](const core::BatchProgress& p) {
                post([this, p, source] { emit progress(p.done, p.totalHint, source); });
            };
            JobOutcome outcome;
            if (checkedInWorker(job) && !worker.isEmpty()) {
                WorkerCalls calls;
                calls.progress = [&](qint64 done, qint64 total) { reportProgress({done, total}); };
                calls.stalled = [&](int seconds) { post([this, source, seconds] { emit stalled(source, seconds); }); };
                outcome = checkInWorker(worker, job, *data, dataDir_, *feedback_.cancelFlag(), timings, calls);
            } else {
                if (checkedInWorker(job))  // files are read in the worker when there is one
                    post([this] { emit notice(tr("pearlzone-cli was not found beside the app: files are checked in the app's own process.")); });
                outcome = checkInProcess(*data, job, feedback_, reportProgress);
            }
            if (outcome.status == JobOutcome::Status::Cancelled) {
                stopped = true;
                break;
            }
            if (outcome.status == JobOutcome::Status::Checked)
                post([this, layer = outcome.layer] { emit layerChecked(layer); });
            else
                post([this, message = outcome.message, details = outcome.details] { emit failed(message, details); });
        }
        post([this, stopped] {
            running_ = false;
            if (stopped)
                emit cancelled();
            emit finished();
        });
    });
}

}  // namespace pearlzone::app
