#include "app/compare_runner.h"

#include "core/pilot_zone_data.h"
#include "gis/error.h"

#include <QMetaObject>

namespace pearlzone::app {

CompareRunner::CompareRunner(QObject* parent) : QObject(parent) {}

CompareRunner::~CompareRunner()
{
    feedback_.cancel();
    join();
}

void CompareRunner::join()
{
    if (thread_.joinable())
        thread_.join();
}

std::shared_ptr<CompareResult> CompareRunner::run(CompareJob job, const std::function<void(const core::BatchProgress&)>& progress,
                                                  const std::atomic<bool>* cancel, bool* cancelled)
{
    // A zone set named by its file is read with the loaded one's catalogue and names.
    const core::PilotZoneData& reference = job.from ? *job.from : *job.to;
    if (!job.from)
        job.from = reference.withZones(job.fromPath.toStdString(), job.fromOptions);
    if (!job.to)
        job.to = reference.withZones(job.toPath.toStdString(), job.toOptions);
    auto result = std::make_shared<CompareResult>();
    auto source = core::ParcelSource::open(job.input);
    result->layer = QString::fromStdString(source.layerName());
    result->crs = QString::fromStdString(source.crsLabel());
    result->comparedAt = QDateTime::currentDateTime();
    core::BatchCheckOptions options;
    options.settings.minInside = job.minInside;
    options.settings.language = job.language;
    options.compareWith = job.to.get();
    core::ChangeCollector collector(*job.from, *job.to, job.language);
    const core::BatchSummary summary = core::runBatchCheck(*job.from, source, options, collector, progress, cancel);
    *cancelled = summary.cancelled;
    result->summary = collector.summary();
    result->changed = collector.changedParcels();
    result->warnings = summary.warnings;
    result->job = std::move(job);
    return result;
}

void CompareRunner::start(CompareJob job)
{
    if (running_ || (!job.from && job.fromPath.isEmpty()) || (!job.to && job.toPath.isEmpty()))
        return;
    join();
    running_ = true;
    feedback_.cancelFlag()->store(false);
    thread_ = std::thread([this, job = std::move(job)]() mutable {
        // Everything that reaches the GUI goes through queued calls on this object's thread.
        auto post = [this](auto function) { QMetaObject::invokeMethod(this, std::move(function), Qt::QueuedConnection); };
        bool stopped = false;
        try {
            auto result = run(
                std::move(job),
                [&](const core::BatchProgress& p) { post([this, p] { emit progress(p.done, p.totalHint); }); },
                feedback_.cancelFlag(), &stopped);
            if (!stopped)
                post([this, result] { emit compared(result); });
        } catch (const std::exception& error) {  // gis::Error and anything else: a message, not a crash
            const QString message = QString::fromUtf8(error.what());
            post([this, message] { emit failed(message); });
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
