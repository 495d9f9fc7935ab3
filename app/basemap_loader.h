#pragma once
// BasemapLoader: fetches and draws the basemap for the canvas's view off the GUI thread. View
// changes are gathered for a moment (a pan is many), a newer request cancels an older one, and
// each finished image is handed over with imageReady. A source that cannot be reached is
// reported once through problem, not at every view, until it works again or changes.

#include "render/basemap_layer.h"
#include "render/map_view.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

namespace pearlzone::app {

class BasemapLoader : public QObject {
    Q_OBJECT
public:
    explicit BasemapLoader(QObject* parent = nullptr);
    ~BasemapLoader() override;

    // null: no basemap (imageReady(nullptr) clears the canvas's).
    void setBasemap(std::shared_ptr<const render::Basemap> basemap);
    std::shared_ptr<const render::Basemap> basemap() const { return basemap_; }

    // The basemap for view, soon; a newer call supersedes this one.
    void request(const render::MapView& view);
    bool isLoading() const { return running_ > 0 || timer_.isActive(); }

signals:
    void imageReady(std::shared_ptr<const render::BasemapImage> image);
    void problem(gis::BasemapStatus status, const QString& reason);
    void recovered();

private:
    void start();

    std::shared_ptr<const render::Basemap> basemap_;
    render::MapView pending_;
    QTimer timer_;
    std::shared_ptr<std::atomic<bool>> currentCancel_;
    quint64 generation_ = 0;
    int running_ = 0;
    bool reported_ = false;  // a problem was reported and has not cleared since
};

}  // namespace pearlzone::app
