#include "app/basemap_loader.h"

#include <QFutureWatcher>
#include <QtConcurrent>

namespace pearlzone::app {

namespace {
constexpr int kGatherMilliseconds = 150;  // view changes closer than this become one fetch
}

BasemapLoader::BasemapLoader(QObject* parent) : QObject(parent)
{
    timer_.setSingleShot(true);
    timer_.setInterval(kGatherMilliseconds);
    connect(&timer_, &QTimer::timeout, this, &BasemapLoader::start);
}

BasemapLoader::~BasemapLoader()
{
    if (currentCancel_)
        currentCancel_->store(true);  // running fetches hold their own copies and end soon
}

void BasemapLoader::setBasemap(std::shared_ptr<const render::Basemap> basemap)
{
    basemap_ = std::move(basemap);
    reported_ = false;
    ++generation_;  // whatever is running belongs to the old source
    if (currentCancel_)
        currentCancel_->store(true);
    emit imageReady(nullptr);
    if (basemap_ && pending_.isValid())
        timer_.start();
}

void BasemapLoader::request(const render::MapView& view)
{
    pending_ = view;
    if (basemap_)
        timer_.start();
}

void BasemapLoader::start()
{
    if (!basemap_ || !pending_.isValid())
        return;
    if (currentCancel_)
        currentCancel_->store(true);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    currentCancel_ = cancel;
    const quint64 generation = ++generation_;
    ++running_;
    auto basemap = basemap_;
    const render::MapView view = pending_;
    // Two stages for web sources: the tiles already cached, at once; then the view complete
    // (fetching what is missing), which alone decides whether there is a problem to report.
    struct Stage {
        render::BasemapDrawing drawing;
        bool last = false;
    };
    auto* watcher = new QFutureWatcher<Stage>(this);
    connect(watcher, &QFutureWatcher<Stage>::resultReadyAt, this, [this, watcher, generation](int index) {
        const Stage stage = watcher->resultAt(index);
        if (generation != generation_ || stage.drawing.status == gis::BasemapStatus::Cancelled)
            return;
        if (stage.drawing.image)
            emit imageReady(stage.drawing.image);
        if (!stage.last)
            return;
        if (stage.drawing.status == gis::BasemapStatus::Complete) {
            if (reported_)
                emit recovered();
            reported_ = false;
        } else if (!reported_) {
            reported_ = true;
            emit problem(stage.drawing.status, stage.drawing.reason);
        }
    });
    connect(watcher, &QFutureWatcher<Stage>::finished, this, [this, watcher] {
        watcher->deleteLater();
        --running_;
    });
    watcher->setFuture(QtConcurrent::run([basemap, view, cancel](QPromise<Stage>& promise) {
        if (basemap->source().spec().isWeb() && !basemap->source().options().cacheDirectory.empty()) {
            render::BasemapDrawing cached = basemap->draw(view, cancel.get(), 16.0e6, true);
            if (cached.image)
                promise.addResult(Stage{std::move(cached), false});
        }
        promise.addResult(Stage{basemap->draw(view, cancel.get()), true});
    }));
}

}  // namespace pearlzone::app
