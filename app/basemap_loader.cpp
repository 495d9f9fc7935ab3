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
    auto* watcher = new QFutureWatcher<render::BasemapDrawing>(this);
    connect(watcher, &QFutureWatcher<render::BasemapDrawing>::finished, this, [this, watcher, generation] {
        const render::BasemapDrawing drawing = watcher->result();
        watcher->deleteLater();
        --running_;
        if (generation != generation_ || drawing.status == gis::BasemapStatus::Cancelled)
            return;
        if (drawing.image)
            emit imageReady(drawing.image);
        if (drawing.status == gis::BasemapStatus::Complete) {
            if (reported_)
                emit recovered();
            reported_ = false;
        } else if (!reported_) {
            reported_ = true;
            emit problem(drawing.status, drawing.reason);
        }
    });
    watcher->setFuture(QtConcurrent::run([basemap, view, cancel] { return basemap->draw(view, cancel.get()); }));
}

}  // namespace pearlzone::app
