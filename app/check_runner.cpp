#include "app/check_runner.h"

#include "gis/error.h"

#include <QFileInfo>
#include <QMetaObject>

namespace pearlzone::app {

CheckRunner::CheckRunner(QObject* parent) : QObject(parent) {}

CheckRunner::~CheckRunner()
{
    cancel_ = true;
    join();
}

void CheckRunner::join()
{
    if (thread_.joinable())
        thread_.join();
}

void CheckRunner::cancel()
{
    cancel_ = true;
}

void CheckRunner::start(std::shared_ptr<const core::PilotZoneData> data, std::vector<core::ParcelInputOptions> inputs,
                        core::BatchCheckOptions options)
{
    if (running_)
        return;
    join();
    running_ = true;
    cancel_ = false;
    thread_ = std::thread([this, data = std::move(data), inputs = std::move(inputs), options] {
        // Everything that reaches the GUI goes through queued calls on this object's thread.
        auto post = [this](auto function) { QMetaObject::invokeMethod(this, std::move(function), Qt::QueuedConnection); };
        bool stopped = false;
        for (const auto& input : inputs) {
            const QString source = QString::fromStdString(input.source);
            try {
                auto parcelSource = core::ParcelSource::open(input);
                core::CollectingSink sink(true);
                auto layer = std::make_shared<CheckedLayer>();
                layer->source = source;
                layer->name = QFileInfo(source).completeBaseName();
                layer->crs = QString::fromStdString(parcelSource.crsLabel());
                layer->minInside = options.settings.minInside;
                layer->summary = core::runBatchCheck(
                    *data, parcelSource, options, sink,
                    [&](const core::BatchProgress& p) {
                        post([this, p, source] { emit progress(p.done, p.totalHint, source); });
                    },
                    &cancel_);
                if (layer->summary.cancelled) {
                    stopped = true;
                    break;
                }
                layer->parcels = std::move(sink.parcels());
                layer->shapes = render::parcelLayerOf(layer->name, layer->parcels);
                post([this, layer] { emit layerChecked(layer); });
            } catch (const gis::Error& error) {
                const QString message = QString::fromUtf8(error.what());
                post([this, message] { emit failed(message); });
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
