#include "app/compare_map.h"

#include "render/map_style.h"

#include <QPainter>

namespace pearlzone::app {

namespace {

const QColor kNewBoundary(200, 30, 30);  // as the PDF of changes draws it

}  // namespace

CompareMap::CompareMap(QWidget* parent) : MapCanvas(parent) {}

void CompareMap::show(const core::PilotZoneData& from, const core::PilotZoneData& to,
                      const std::vector<core::ChangedParcel>& changed, core::Language language)
{
    auto scene = std::make_shared<render::MapScene>(render::sceneFromData(from));
    scene->subareas.clear();  // the boundaries compared are the zones'
    std::vector<render::ParcelShape> shapes;
    for (const auto& parcel : changed)
        shapes.push_back(render::parcelShape(parcel.wkb, parcel.to.verdict));
    scene->parcelLayers.push_back(std::make_shared<render::ParcelLayer>(tr("Changed parcels"), std::move(shapes)));
    newBoundaries_.clear();
    for (const auto& zone : render::sceneFromData(to).zones)
        newBoundaries_.push_back(zone.path);
    fromLabel_ = tr("Filled: %1").arg(QString::fromStdString(from.zones.info().label()));
    toLabel_ = tr("Dashed: %1").arg(QString::fromStdString(to.zones.info().label()));
    render::RenderSettings settings = renderSettings();
    settings.language = language;
    settings.showSubareas = false;
    settings.selected.clear();
    setScene(scene);
    setRenderSettings(settings);
    // Where the changes are, with the boundaries around them in view.
    gis::Envelope extent = scene->parcelLayers.front()->extent();
    if (extent.isEmpty()) {
        extent = scene->extent();
        for (const auto& zone : to.zones.zones())
            extent.expandToInclude(zone.envelope);
    }
    zoomAround(extent);
}

void CompareMap::zoomAround(const gis::Envelope& box)
{
    const double pad = std::max({box.width(), box.height(), 400.0});
    zoomToExtent({box.minX - pad, box.minY - pad, box.maxX + pad, box.maxY + pad});
}

void CompareMap::selectChanged(const std::vector<std::size_t>& parcels)
{
    render::RenderSettings settings = renderSettings();
    settings.selected.clear();
    gis::Envelope box;
    const auto& layer = scene() && !scene()->parcelLayers.empty() ? scene()->parcelLayers.back() : nullptr;
    for (std::size_t parcel : parcels) {
        settings.selected.insert({0, parcel});
        if (layer && parcel < layer->size())
            box.expandToInclude(layer->box(parcel));
    }
    setRenderSettings(settings);
    if (!box.isEmpty())
        zoomAround(box);  // with room around, so that the boundary that moved is in view too
}

void CompareMap::paintEvent(QPaintEvent* event)
{
    MapCanvas::paintEvent(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.save();
    painter.setTransform(view().worldToScreen());
    QPen dashed(kNewBoundary, 2.0, Qt::DashLine);
    dashed.setCosmetic(true);
    painter.setPen(dashed);
    painter.setBrush(Qt::NoBrush);
    for (const auto& path : newBoundaries_)
        painter.drawPath(path);
    painter.restore();

    // The legend: which boundary is which.
    if (fromLabel_.isEmpty())
        return;
    const QFontMetrics metrics(font());
    const int width = std::max(metrics.horizontalAdvance(fromLabel_), metrics.horizontalAdvance(toLabel_)) + 48;
    const QRect box(8, 8, width, 2 * metrics.height() + 14);
    painter.fillRect(box, QColor(255, 255, 255, 225));
    painter.setPen(QColor(120, 120, 120));
    painter.drawRect(box);
    const int y1 = box.top() + 5 + metrics.ascent();
    const int y2 = y1 + metrics.height() + 4;
    QColor fill = render::zoneColour(0);
    fill.setAlpha(90);
    painter.fillRect(QRect(box.left() + 8, y1 - metrics.ascent() + 2, 26, metrics.ascent() - 2), fill);
    painter.setPen(QPen(kNewBoundary, 2.0, Qt::DashLine));
    painter.drawLine(box.left() + 8, y2 - metrics.ascent() / 2, box.left() + 34, y2 - metrics.ascent() / 2);
    painter.setPen(QColor(20, 20, 20));
    painter.drawText(box.left() + 40, y1, fromLabel_);
    painter.drawText(box.left() + 40, y2, toLabel_);
}

}  // namespace pearlzone::app
