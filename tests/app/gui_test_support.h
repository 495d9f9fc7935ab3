#pragma once
// What the GUI tests share: the bundled data, a window whose drawn parcels autosave into a
// temporary folder (never the user's), waiting on the event loop, and answering the modal
// dialogs the window opens. Assertions stay outside event-loop callbacks: a callback records
// what it saw, the test checks it afterwards.

#include "app/main_window.h"
#include "app/map_canvas.h"
#include "app/results_panel.h"
#include "core/pilot_zone_data.h"
#include "gis/crs_transform.h"
#include "gis/utf8_path.h"

#include "temp_dir.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPolygonF>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace pearlzone::test {

inline std::shared_ptr<const core::PilotZoneData> pilotData()
{
    static const std::shared_ptr<const core::PilotZoneData> loaded =
        core::PilotZoneData::load(gis::pathFromUtf8(PEARLZONE_DATA_DIR));
    return loaded;
}

inline QString sampleParcels() { return QStringLiteral(PEARLZONE_DATA_DIR "/sample-parcels.geojson"); }

// Runs the event loop until done() or the timeout; returns done().
template <typename Done>
bool waitFor(Done done, int milliseconds = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < milliseconds)
        QTest::qWait(20);
    return done();
}

// A main window with its own autosave file; give a second window the first one's file to
// play the app started again.
struct TestWindow {
    explicit TestWindow(const QString& autosavePath = {})
        : autosave(autosavePath.isEmpty() ? QString::fromStdString(dir.file("自动保存.gpkg")) : autosavePath),
          window(pilotData(), gis::pathFromUtf8(PEARLZONE_DATA_DIR), autosave)
    {
    }
    TempDir dir;
    QString autosave;
    app::MainWindow window;
};

// Calls answer(dialog) on the next modal dialog of type T within the time; the returned flag
// says whether one came. It polls from a timer and never blocks, so that a dialog opened from
// any nested event loop (a finished export, say) is answered too.
template <typename T>
std::shared_ptr<bool> whenModal(std::function<void(T*)> answer, int milliseconds = 5000)
{
    auto seen = std::make_shared<bool>(false);
    auto* poll = new QTimer(qApp);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    QObject::connect(poll, &QTimer::timeout, poll, [poll, seen, answer, started, milliseconds] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            *seen = true;
            poll->stop();
            poll->deleteLater();
            answer(dialog);
        } else if (started->elapsed() > milliseconds) {
            poll->stop();
            poll->deleteLater();
        }
    });
    poll->start(10);
    return seen;
}

inline QPointF planar(double lon, double lat)
{
    const auto toPlanar = gis::CrsTransform::create("EPSG:4326", "EPSG:4547");
    const auto p = toPlanar.transform(lon, lat);
    return {p.lon, p.lat};
}

inline QPoint screenPointOf(const app::MapCanvas& canvas, double lon, double lat)
{
    const QPointF p = planar(lon, lat);
    return canvas.view().toScreen(p.x(), p.y()).toPoint();
}

// A square of side metres around a planar centre.
inline QPolygonF square(QPointF centre, double side)
{
    const double h = side / 2;
    return QPolygonF({centre + QPointF(-h, -h), centre + QPointF(h, -h), centre + QPointF(h, h), centre + QPointF(-h, h)});
}

// A results panel (English) showing the layer, its first rows computed.
inline std::unique_ptr<app::ResultsPanel> panelShowing(std::shared_ptr<const app::CheckedLayer> layer)
{
    auto panel = std::make_unique<app::ResultsPanel>();
    panel->setContext(pilotData(), core::Language::English);
    panel->setLayer(std::move(layer));
    waitFor([&] { return !panel->model()->isBusy(); });
    return panel;
}

}  // namespace pearlzone::test
