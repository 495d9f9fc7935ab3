#pragma once
// MapCanvas: the map widget. Rendering runs off the GUI thread into an image; a newer request
// cancels an older one, and while a render is under way the last image is shown moved and
// scaled to the current view, so panning and zooming never wait for a render.

#include "core/feedback.h"
#include "render/map_renderer.h"
#include "render/map_scene.h"
#include "render/map_view.h"

#include <QImage>
#include <QWidget>

#include <memory>

namespace pearlzone::app {

class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget* parent = nullptr);
    ~MapCanvas() override;

    void setScene(std::shared_ptr<const render::MapScene> scene);
    std::shared_ptr<const render::MapScene> scene() const { return scene_; }
    void setRenderSettings(const render::RenderSettings& settings);
    const render::RenderSettings& renderSettings() const { return settings_; }

    const render::MapView& view() const { return view_; }
    void setView(const render::MapView& view);
    void zoomToExtent(const gis::Envelope& box);
    void zoomToFullExtent();
    void zoomBy(double factor);

    // The last completed render and whether one is still running (for tests and export).
    const QImage& renderedImage() const { return image_; }
    bool isRendering() const { return pending_ > 0; }
    double scaleDenominator() const;

    // While drawing, clicks add corners instead of identifying; clicking the first corner
    // again (it snaps) or double-clicking finishes.
    void setDrawing(bool drawing);
    bool isDrawing() const { return drawing_; }
    // While measuring, clicks add points; the line and, from 3 points, the area are reported.
    void setMeasuring(bool measuring);
    bool isMeasuring() const { return measuring_; }
    // How near (pixels) a click must be to the first corner to close the outline.
    static constexpr double kSnapPixels = 8.0;

signals:
    void cursorMoved(QPointF world);
    void clicked(QPointF world);
    void viewChanged();
    void renderFinished();
    void filesDropped(const QStringList& paths);
    void polygonDrawn(const QPolygonF& worldPolygon);
    void tooFewCorners(int corners);  // a double-click ended an outline of 1 or 2 corners
    void measured(const QPolygonF& worldPoints);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void requestRender();
    void finishOutline();
    bool nearFirstCorner(QPointF world) const;
    void startRender();

    std::shared_ptr<const render::MapScene> scene_;
    render::RenderSettings settings_;
    render::MapView view_;
    QImage image_;
    render::MapView imageView_;
    std::shared_ptr<core::Feedback> currentRender_;  // of the render under way
    quint64 generation_ = 0;
    int pending_ = 0;
    bool renderQueued_ = false;
    bool fitPending_ = true;

    QPoint pressPosition_;
    render::MapView pressView_;
    bool dragging_ = false;
    bool drawing_ = false;
    bool measuring_ = false;
    QPolygonF measurePoints_;  // world coordinates
    bool ignoreNextRelease_ = false;  // the release that ends a double-click
    QPolygonF drawnPoints_;  // world coordinates
    QPointF hoverWorld_;
};

}  // namespace pearlzone::app
