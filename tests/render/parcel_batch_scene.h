#pragma once
// A hand-made parcel scene for the batched parcel drawing (render/parcel_drawing.h), laid out
// in screen pixels of a 120 x 100 view at 1 m a pixel whose top left is (500000, 2500100):
// screen (x, y) is world (500000 + x, 2500100 - y). Edges lie on half pixels, so that a pixel
// is either inside or outside each parcel by its centre. Every expected colour is computed
// here from the verdict colours, not read from a render.
//   A pass  [10.5, 50.5] x [10.5, 40.5]  ┐ overlapping: (40, 30) is under both
//   B pass  [30.5, 70.5] x [20.5, 50.5]  ┘
//   C fail  [80.5, 115.5] x [10.5, 45.5] with a hole [90.5, 105.5] x [20.5, 35.5], both rings
//           turning the same way (so a plain winding fill would fill the hole)
//   D fail  [100.5, 108.5] x [25.5, 33.5], in C's hole (8 px: no outline)
//   E pass  [10.5, 30.5] x [60.5, 80.5] (20 px: outlined)
//   F pass  [50.5, 58.5] x [60.5, 68.5] (8 px: filled, no outline)
// With crowd, 3,001 passing parcels of half a metre in the bottom left corner (x 0-5, y 94-99)
// make the view a crowd (drawn as dots, and the other parcels without anti-aliasing).

#include "render/map_renderer.h"
#include "render/map_style.h"
#include "render/parcel_layer.h"

#include <QPainter>

#include <cmath>
#include <cstring>
#include <utility>
#include <vector>

namespace pearlzone::test {

inline const render::MapView& batchView()
{
    static const render::MapView view(QSizeF(120, 100), QPointF(500060, 2500050), 1.0);
    return view;
}

// A rectangle given in screen pixels as a world ring, counter-clockwise in the world.
inline QPolygonF batchRing(double left, double top, double right, double bottom)
{
    const auto world = [](double x, double y) { return QPointF(500000 + x, 2500100 - y); };
    return QPolygonF({world(left, bottom), world(right, bottom), world(right, top), world(left, top), world(left, bottom)});
}

// Little-endian WKB of one polygon (shell, then holes).
inline std::vector<unsigned char> batchPolygonWkb(const std::vector<QPolygonF>& rings)
{
    std::vector<unsigned char> out{1};
    const auto put32 = [&](std::uint32_t v) {
        unsigned char b[4];
        std::memcpy(b, &v, 4);
        out.insert(out.end(), b, b + 4);
    };
    put32(3);
    put32(static_cast<std::uint32_t>(rings.size()));
    for (const QPolygonF& ring : rings) {
        put32(static_cast<std::uint32_t>(ring.size()));
        for (const QPointF& p : ring) {
            for (double v : {p.x(), p.y()}) {
                unsigned char b[8];
                std::memcpy(b, &v, 8);
                out.insert(out.end(), b, b + 8);
            }
        }
    }
    return out;
}

// The layer, its parcels appended as WKB (fromWkb) or as value shapes (every ring its own).
inline std::shared_ptr<render::ParcelLayer> batchLayer(bool fromWkb, bool crowd)
{
    const std::vector<std::pair<std::vector<QPolygonF>, core::Verdict>> parcels = {
        {{batchRing(10.5, 10.5, 50.5, 40.5)}, core::Verdict::Pass},
        {{batchRing(30.5, 20.5, 70.5, 50.5)}, core::Verdict::Pass},
        {{batchRing(80.5, 10.5, 115.5, 45.5), batchRing(90.5, 20.5, 105.5, 35.5)}, core::Verdict::Fail},
        {{batchRing(100.5, 25.5, 108.5, 33.5)}, core::Verdict::Fail},
        {{batchRing(10.5, 60.5, 30.5, 80.5)}, core::Verdict::Pass},
        {{batchRing(50.5, 60.5, 58.5, 68.5)}, core::Verdict::Pass},
    };
    auto layer = std::make_shared<render::ParcelLayer>(QStringLiteral("batch"));
    for (const auto& [rings, verdict] : parcels) {
        if (fromWkb) {
            layer->appendWkb(batchPolygonWkb(rings), verdict);
        } else {
            render::ParcelShape shape;
            shape.rings = rings;
            for (const QPolygonF& ring : rings)
                for (const QPointF& p : ring)
                    shape.box.expandToInclude(p.x(), p.y());
            shape.verdict = verdict;
            layer->append(shape);
        }
    }
    for (int i = 0; crowd && i < 3001; ++i) {
        const double x = 0.5 + (i % 9) * 0.5, y = 94.5 + (i / 9 % 9) * 0.5;
        layer->appendWkb(batchPolygonWkb({batchRing(x, y, x + 0.5, y + 0.5)}), core::Verdict::Pass);
    }
    layer->finish();
    return layer;
}

inline render::RenderSettings batchSettings()
{
    render::RenderSettings settings;
    settings.showLabels = settings.showZones = settings.showSubareas = settings.showWater = false;
    return settings;
}

// A verdict's fill over the paper, once: colour x 150/255 + paper x 105/255 per channel.
inline QColor singleFill(core::Verdict verdict)
{
    const QColor colour = render::verdictColour(verdict), paper = render::paperColour();
    const auto mix = [](int c, int p) { return static_cast<int>(std::lround((c * 150.0 + p * 105.0) / 255.0)); };
    return QColor(mix(colour.red(), paper.red()), mix(colour.green(), paper.green()), mix(colour.blue(), paper.blue()));
}

inline bool nearColour(QColor a, QColor b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

}  // namespace pearlzone::test
