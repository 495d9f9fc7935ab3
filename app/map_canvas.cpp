#include "app/map_canvas.h"

#include "render/scale_bar.h"

#include <QDragEnterEvent>
#include <QFutureWatcher>
#include <QMimeData>
#include <QPainter>
#include <QTimer>
#include <QtConcurrent>

namespace pearlzone::app {

namespace {

constexpr double kWheelZoomStep = 1.25;
constexpr int kClickSlopPixels = 4;

struct RenderOutput {
    QImage image;
    render::MapView view;
    quint64 generation = 0;
    bool complete = false;
};

}  // namespace

MapCanvas::MapCanvas(QWidget* parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
}

MapCanvas::~MapCanvas()
{
    if (currentRender_)
        currentRender_->cancel();
    // Running renders hold their own copies of what they draw and finish on their own.
}

void MapCanvas::setScene(std::shared_ptr<const render::MapScene> scene)
{
    const bool first = !scene_;
    scene_ = std::move(scene);
    if (first)
        fitPending_ = true;
    requestRender();
}

void MapCanvas::setRenderSettings(const render::RenderSettings& settings)
{
    settings_ = settings;
    requestRender();
}

void MapCanvas::setView(const render::MapView& view)
{
    view_ = view;
    fitPending_ = false;
    update();
    requestRender();
    emit viewChanged();
}

void MapCanvas::zoomToExtent(const gis::Envelope& box)
{
    if (box.isEmpty())
        return;
    gis::Envelope padded = box;
    const double minimum = 200.0;  // never zoom closer than 200 m across
    if (padded.width() < minimum || padded.height() < minimum) {
        const double cx = 0.5 * (box.minX + box.maxX);
        const double cy = 0.5 * (box.minY + box.maxY);
        padded = {cx - minimum / 2, cy - minimum / 2, cx + minimum / 2, cy + minimum / 2};
    }
    setView(render::MapView::fitting(padded, QSizeF(size())));
}

void MapCanvas::zoomToFullExtent()
{
    if (scene_)
        zoomToExtent(scene_->extent());
}

void MapCanvas::zoomBy(double factor)
{
    setView(view_.zoomedAt(QPointF(width() / 2.0, height() / 2.0), factor));
}

double MapCanvas::scaleDenominator() const
{
    return view_.scaleDenominator(logicalDpiX());
}

void MapCanvas::setDrawing(bool drawing)
{
    drawing_ = drawing;
    if (drawing)
        measuring_ = false;
    drawnPoints_.clear();
    setCursor(drawing_ || measuring_ ? Qt::CrossCursor : Qt::ArrowCursor);
    update();
}

void MapCanvas::setMeasuring(bool measuring)
{
    measuring_ = measuring;
    if (measuring)
        drawing_ = false;
    measurePoints_.clear();
    setCursor(drawing_ || measuring_ ? Qt::CrossCursor : Qt::ArrowCursor);
    update();
}

bool MapCanvas::nearFirstCorner(QPointF world) const
{
    if (drawnPoints_.size() < 3)
        return false;
    const QPointF first = view_.toScreen(drawnPoints_.first().x(), drawnPoints_.first().y());
    const QPointF here = view_.toScreen(world.x(), world.y());
    return QLineF(first, here).length() <= kSnapPixels;
}

void MapCanvas::finishOutline()
{
    if (drawnPoints_.size() >= 3) {
        const QPolygonF polygon = drawnPoints_;
        drawnPoints_.clear();
        update();
        emit polygonDrawn(polygon);
        return;
    }
    const int corners = static_cast<int>(drawnPoints_.size());
    drawnPoints_.clear();
    update();
    emit tooFewCorners(corners);
}

void MapCanvas::requestRender()
{
    // Bursts of requests (a wheel spin, a resize) become one render.
    if (renderQueued_)
        return;
    renderQueued_ = true;
    QTimer::singleShot(0, this, &MapCanvas::startRender);
}

void MapCanvas::startRender()
{
    renderQueued_ = false;
    if (!scene_ || width() <= 0 || height() <= 0)
        return;
    if (fitPending_ || !view_.isValid()) {
        fitPending_ = false;
        view_ = render::MapView::fitting(scene_->extent(), QSizeF(size()));
        emit viewChanged();
    }
    if (currentRender_)
        currentRender_->cancel();  // a newer view supersedes it
    auto feedback = std::make_shared<core::Feedback>();
    currentRender_ = feedback;
    const quint64 generation = ++generation_;
    const qreal ratio = devicePixelRatioF();
    auto scene = scene_;
    const render::RenderSettings settings = settings_;
    const render::MapView view = view_;
    ++pending_;
    auto* watcher = new QFutureWatcher<RenderOutput>(this);
    connect(watcher, &QFutureWatcher<RenderOutput>::finished, this, [this, watcher] {
        const RenderOutput output = watcher->result();
        watcher->deleteLater();
        --pending_;
        if (output.complete && output.generation == generation_) {
            image_ = output.image;
            imageView_ = output.view;
            update();
        }
        if (pending_ == 0)
            emit renderFinished();
    });
    watcher->setFuture(QtConcurrent::run([scene, settings, view, feedback, generation, ratio] {
        RenderOutput output;
        output.view = view;
        output.generation = generation;
        QImage image((view.pixelSize() * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        QPainter painter(&image);
        output.complete = render::renderMap(painter, view, *scene, settings, feedback->cancelFlag());
        painter.end();
        output.image = std::move(image);
        return output;
    }));
}

void MapCanvas::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0xf4, 0xf2, 0xec));
    if (!image_.isNull() && imageView_.isValid() && view_.isValid()) {
        // Place the last image where its corners fall in the current view.
        const gis::Envelope shown = imageView_.extent();
        const QPointF topLeft = view_.toScreen(shown.minX, shown.maxY);
        const QPointF bottomRight = view_.toScreen(shown.maxX, shown.minY);
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.drawImage(QRectF(topLeft, bottomRight), image_);
    }
    if (view_.isValid()) {
        const render::ScaleBar bar = render::niceScaleBar(view_.metresPerPixel(), 160.0);
        render::drawScaleBar(painter, bar, QPointF(16, height() - 16));
        render::drawNorthArrow(painter, QPointF(width() - 30, 12), 44);
    }
    if (measuring_ && !measurePoints_.isEmpty()) {
        QPolygonF screen;
        for (const QPointF& p : measurePoints_)
            screen << view_.toScreen(p.x(), p.y());
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(QColor(0xc0, 0x39, 0x2b), 2));
        painter.setBrush(QColor(0xc0, 0x39, 0x2b, 30));
        if (screen.size() >= 3)
            painter.drawPolygon(screen);
        else
            painter.drawPolyline(screen);
        for (const QPointF& p : screen)
            painter.drawEllipse(p, 3, 3);
    }
    if (drawing_ && !drawnPoints_.isEmpty()) {
        QPolygonF screen;
        for (const QPointF& p : drawnPoints_)
            screen << view_.toScreen(p.x(), p.y());
        const bool snapped = nearFirstCorner(hoverWorld_);
        screen << (snapped ? screen.first() : view_.toScreen(hoverWorld_.x(), hoverWorld_.y()));
        painter.setRenderHint(QPainter::Antialiasing, true);
        if (snapped) {  // the outline will close here
            painter.setPen(QPen(QColor(0x00, 0x7a, 0xcc), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(screen.first(), kSnapPixels, kSnapPixels);
        }
        painter.setPen(QPen(QColor(0x00, 0x7a, 0xcc), 2, Qt::DashLine));
        painter.setBrush(QColor(0x00, 0x7a, 0xcc, 40));
        painter.drawPolygon(screen);
        painter.setBrush(QColor(0x00, 0x7a, 0xcc));
        for (const QPointF& p : screen)
            painter.drawEllipse(p, 3, 3);
    }
}

void MapCanvas::resizeEvent(QResizeEvent*)
{
    if (view_.isValid())
        view_ = view_.resized(QSizeF(size()));
    requestRender();
    emit viewChanged();
}

void MapCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    pressPosition_ = event->pos();
    pressView_ = view_;
    dragging_ = false;
    ignoreNextRelease_ = false;  // a new press: whatever ended the last double-click is over
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    hoverWorld_ = view_.toWorld(event->position());
    emit cursorMoved(hoverWorld_);
    if (event->buttons() & Qt::LeftButton) {
        const QPoint delta = event->pos() - pressPosition_;
        if (dragging_ || delta.manhattanLength() > kClickSlopPixels) {
            dragging_ = true;
            view_ = pressView_.panned(QPointF(delta));
            update();
            requestRender();
            emit viewChanged();
        }
    } else if (drawing_ || measuring_) {
        update();
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (dragging_) {
        dragging_ = false;
        return;
    }
    if (ignoreNextRelease_) {
        ignoreNextRelease_ = false;
        return;
    }
    const QPointF world = view_.toWorld(event->position());
    if (drawing_) {
        if (nearFirstCorner(world)) {
            finishOutline();  // clicking the first corner closes the outline
            return;
        }
        drawnPoints_ << world;
        update();
    } else if (measuring_) {
        measurePoints_ << world;
        update();
        emit measured(measurePoints_);
    } else {
        emit clicked(world);
    }
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (measuring_ && event->button() == Qt::LeftButton) {
        ignoreNextRelease_ = true;  // a double-click starts a new measurement at the next click
        emit measured(measurePoints_);
        measurePoints_.clear();
        return;
    }
    if (!drawing_ || event->button() != Qt::LeftButton || drawnPoints_.isEmpty())
        return;  // (empty: the double-click's first click closed the outline at its first corner)
    // The double-click's own vertex, unless its first click already added it.
    ignoreNextRelease_ = true;
    const QPointF world = view_.toWorld(event->position());
    const double slop = 3 * view_.metresPerPixel();
    if (drawnPoints_.isEmpty() || QLineF(drawnPoints_.last(), world).length() > slop)
        drawnPoints_ << world;
    finishOutline();
}

void MapCanvas::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    view_ = view_.zoomedAt(event->position(), std::pow(kWheelZoomStep, steps));
    update();
    requestRender();
    emit viewChanged();
}

void MapCanvas::keyPressEvent(QKeyEvent* event)
{
    if (drawing_ && event->key() == Qt::Key_Escape) {
        drawnPoints_.clear();
        update();
        return;
    }
    if (drawing_ && event->key() == Qt::Key_Backspace && !drawnPoints_.isEmpty()) {
        drawnPoints_.removeLast();
        update();
        return;
    }
    QWidget::keyPressEvent(event);
}

void MapCanvas::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MapCanvas::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty())
        emit filesDropped(paths);
}

}  // namespace pearlzone::app
