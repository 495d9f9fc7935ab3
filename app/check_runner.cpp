#include "app/check_runner.h"

#include "core/postgis_engine.h"
#include "core/wording.h"
#include "gis/error.h"

#include <QFileInfo>
#include <QMetaObject>

namespace pearlzone::app {

CheckRunner::CheckRunner(QObject* parent) : QObject(parent) {}

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
        jobs.push_back({std::move(input), options});
    start(std::move(data), std::move(jobs));
}

void CheckRunner::start(std::shared_ptr<const core::PilotZoneData> data, std::vector<CheckJob> jobs)
{
    if (running_)
        return;
    join();
    running_ = true;
    feedback_.cancelFlag()->store(false);
    thread_ = std::thread([this, data = std::move(data), jobs = std::move(jobs)] {
        // Everything that reaches the GUI goes through queued calls on this object's thread.
        auto post = [this](auto function) { QMetaObject::invokeMethod(this, std::move(function), Qt::QueuedConnection); };
        bool stopped = false;
        for (const auto& job : jobs) {
            const core::ParcelInputOptions& input = job.input;
            core::BatchCheckOptions options = job.options;
            options.constraints = job.constraints.get();
            const bool pushDown = job.pushDown;
            const QString source = QString::fromStdString(input.source);
            try {
                auto parcelSource = core::ParcelSource::open(input);
                auto layer = std::make_shared<CheckedLayer>();
                layer->source = source;
                layer->input = input;
                layer->checkedAt = QDateTime::currentDateTime();
                // A database table by its name (the connection may hold a password).
                layer->name = source.startsWith(QStringLiteral("PG:")) ? QString::fromStdString(parcelSource.layerName())
                                                                       : QFileInfo(source).completeBaseName();
                layer->crs = QString::fromStdString(parcelSource.crsLabel());
                layer->minInside = options.settings.minInside;
                layer->pushedDown = pushDown;
                layer->language = options.settings.language;
                CheckedLayerSink sink(*layer);
                const auto reportProgress = [&](const core::BatchProgress& p) {
                    post([this, p, source] { emit progress(p.done, p.totalHint, source); });
                };
                layer->summary = pushDown ? core::runPostgisCheck(*data, input, options, sink, reportProgress, feedback_.cancelFlag())
                                          : core::runBatchCheck(*data, parcelSource, options, sink, reportProgress, feedback_.cancelFlag());
                if (layer->summary.cancelled) {
                    stopped = true;
                    break;
                }
                layer->finish();
                post([this, layer] { emit layerChecked(layer); });
            } catch (const gis::Error& error) {
                const QString message = core::Wording(options.settings.language).errorMessage(error);
                const QString details = QString::fromStdString(error.detail());
                post([this, message, details] { emit failed(message, details); });
            } catch (const std::exception& error) {  // anything else: a message, not a crash
                const QString message = QString::fromUtf8(error.what());
                post([this, message] { emit failed(message, QString()); });
            }
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
