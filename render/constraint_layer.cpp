#include "render/constraint_layer.h"

#include "core/constraint_layers.h"
#include "gis/geometry.h"
#include "render/map_scene.h"

#include <QPaintDevice>

#include <algorithm>
#include <cmath>

namespace pearlzone::render {

namespace {

constexpr double kHatchSpacingPixels = 7.0;
constexpr double kHatchMinPixels = 3.0;  // smaller shapes are outlined only
constexpr int kProhibitedTint = 40;
constexpr int kRestrictedTint = 70;

QPen linePen(const QColor& colour, double width, Qt::PenStyle style)
{
    QPen pen(colour, width, style);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::MiterJoin);
    return pen;
}

// Diagonal hatch lines across rect, clipped to clip (both in the painter's current space).
void hatch(QPainter& painter, const QPainterPath& clip, const QRectF& rect, const QColor& colour, double px)
{
    painter.save();
    painter.setClipPath(clip, Qt::IntersectClip);
    painter.setPen(linePen(colour, 1.0 * px, Qt::SolidLine));
    const double step = kHatchSpacingPixels * px;
    // Lines x - y = c, from the rectangle's bottom-left corner to its top-right one.
    const double first = std::floor((rect.left() - rect.bottom()) / step) * step;
    for (double c = first; c <= rect.right() - rect.top(); c += step)
        painter.drawLine(QPointF(rect.top() + c, rect.top()), QPointF(rect.bottom() + c, rect.bottom()));
    painter.restore();
}

void paintStyled(QPainter& painter, const QPainterPath& path, const ConstraintClass& style, double px, bool hatched)
{
    QColor tint = style.colour;
    const bool prohibited = style.rule == core::ConstraintRule::Prohibited;
    tint.setAlpha(prohibited ? kProhibitedTint : kRestrictedTint);
    painter.setPen(Qt::NoPen);
    painter.setBrush(tint);
    painter.drawPath(path);
    if (prohibited && hatched)
        hatch(painter, path, path.boundingRect(), style.colour, px);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(linePen(style.colour.darker(110), (prohibited ? 1.8 : 1.5) * px, prohibited ? Qt::SolidLine : Qt::DashLine));
    painter.drawPath(path);
}

double pixelSize(const QPainter& painter)
{
    const QPaintDevice* device = painter.device();
    return device ? std::max(1.0, device->logicalDpiX() / 96.0) : 1.0;
}

}  // namespace

ConstraintLayer::ConstraintLayer(QString label, QString source, std::vector<ConstraintClass> classes,
                                 std::vector<ConstraintShape> shapes)
    : label_(std::move(label)), source_(std::move(source)), classes_(std::move(classes)), shapes_(std::move(shapes))
{
    for (std::size_t i = 0; i < shapes_.size(); ++i) {
        index_.insert(shapes_[i].box, i);
        extent_.expandToInclude(shapes_[i].box);
    }
    index_.query(gis::Envelope{0, 0, 0, 0});  // builds the tree now, on this thread
}

std::vector<std::shared_ptr<const ConstraintLayer>> constraintLayersOf(const core::ConstraintSet& set)
{
    std::vector<std::vector<ConstraintClass>> classes(set.layers().size());
    std::vector<std::vector<ConstraintShape>> shapes(set.layers().size());
    for (const auto& feature : set.features()) {
        auto& known = classes[feature.layer];
        const QString kind = QString::fromStdString(feature.kind);
        auto found = std::find_if(known.begin(), known.end(),
                                  [&](const ConstraintClass& c) { return c.kind == kind && c.rule == feature.rule; });
        if (found == known.end())
            found = known.insert(known.end(), {kind, feature.rule, constraintColour(kind)});
        shapes[feature.layer].push_back({pathFromWkb(feature.region.wkb), feature.region.envelope,
                                         static_cast<std::size_t>(found - known.begin()),
                                         QString::fromStdString(feature.name), feature.region.areaM2});
    }
    std::vector<std::shared_ptr<const ConstraintLayer>> layers;
    for (std::size_t i = 0; i < set.layers().size(); ++i) {
        const auto& info = set.layers()[i];
        layers.push_back(std::make_shared<ConstraintLayer>(QString::fromStdString(info.label), QString::fromStdString(info.source),
                                                           std::move(classes[i]), std::move(shapes[i])));
    }
    return layers;
}

QColor constraintColour(const QString& kind)
{
    static const struct {
        const char* words[3];
        QColor colour;
    } conventional[] = {
        {{"生态", "ecolog", nullptr}, QColor(0xd7, 0x19, 0x1c)},
        {{"农田", "farmland", "耕地"}, QColor(0xb0, 0x8d, 0x00)},
        {{"开发边界", "development", nullptr}, QColor(0xe0, 0x6c, 0x00)},
        {{"道路", "road", nullptr}, QColor(0xa8, 0x00, 0x4a)},
        {{"蓝线", "blue", "河道"}, QColor(0x1f, 0x5f, 0xd6)},
        {{"洪", "flood", nullptr}, QColor(0x00, 0x8c, 0xc8)},
        {{"绿线", "green", nullptr}, QColor(0x2a, 0x8a, 0x2a)},
        {{"紫线", "purple", "heritage"}, QColor(0x7b, 0x3f, 0xa0)},
        {{"黄线", "yellow", nullptr}, QColor(0xc9, 0x9a, 0x00)},
    };
    for (const auto& entry : conventional) {
        for (const char* word : entry.words) {
            if (word && kind.contains(QString::fromUtf8(word), Qt::CaseInsensitive))
                return entry.colour;
        }
    }
    static const QColor palette[] = {QColor(0x8b, 0x45, 0x13), QColor(0x00, 0x80, 0x80), QColor(0x6a, 0x5a, 0xcd),
                                     QColor(0xc7, 0x15, 0x85), QColor(0x55, 0x6b, 0x2f)};
    return palette[qHash(kind) % (sizeof palette / sizeof palette[0])];
}

void paintConstraintSwatch(QPainter& painter, const QRectF& rect, const ConstraintClass& style, double px)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPainterPath path;
    path.addRect(rect);
    paintStyled(painter, path, style, px, true);
    painter.restore();
}

void drawConstraintLayer(QPainter& painter, const MapView& view, const ConstraintLayer& layer, const QTransform& base)
{
    const double px = pixelSize(painter);
    const QTransform toScreen = view.worldToScreen();
    const double hatchMin = kHatchMinPixels * view.metresPerPixel();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    // In screen space: the hatch keeps its spacing whatever the zoom.
    painter.setTransform(base);
    for (std::size_t index : layer.query(view.extent())) {
        const ConstraintShape& shape = layer.shapes()[index];
        const bool large = shape.box.width() >= hatchMin || shape.box.height() >= hatchMin;
        paintStyled(painter, toScreen.map(shape.path), layer.classes()[shape.styleClass], px, large);
    }
    painter.restore();
}

}  // namespace pearlzone::render
