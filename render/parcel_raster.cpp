#include "render/parcel_raster.h"

#include <algorithm>
#include <cmath>

namespace pearlzone::render {

namespace {

constexpr std::size_t kCombinations = std::size_t(1) << (2 * ParcelRaster::kSlots);

// A whole pixel coordinate as an int, held within one pixel of [0, size] first: points of a
// parcel far off the raster (a strong zoom) do not overflow the cast.
int pixelIndex(double whole, int size) { return static_cast<int>(std::clamp(whole, -1.0, size + 1.0)); }

// src over dst, both premultiplied, in 0-1 floats (r, g, b, a).
std::array<double, 4> over(const std::array<double, 4>& src, const std::array<double, 4>& dst)
{
    std::array<double, 4> out{};
    for (std::size_t i = 0; i < 4; ++i)
        out[i] = src[i] + dst[i] * (1.0 - src[3]);
    return out;
}

std::array<double, 4> premultiplied(QRgb colour)
{
    const double a = qAlpha(colour) / 255.0;
    return {qRed(colour) / 255.0 * a, qGreen(colour) / 255.0 * a, qBlue(colour) / 255.0 * a, a};
}

int channel(double v) { return static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255.0)); }

}  // namespace

ParcelRaster::ParcelRaster(QRect area)
    : area_(area),
      bits_(static_cast<std::size_t>(std::max(area.width(), 0)) * static_cast<std::size_t>(std::max(area.height(), 0)), 0),
      depth_(static_cast<std::size_t>(std::max(area.width() + 1, 0)) * static_cast<std::size_t>(std::max(area.height(), 0)), 0)
{
}

void ParcelRaster::fill(const std::vector<QPointF>& points, const std::vector<int>& ringEnds, std::size_t slot)
{
    edges_.clear();
    double top = area_.height(), bottom = 0.0;
    int start = 0;
    for (int end : ringEnds) {
        for (int i = start, j = end - 1; i < end; j = i++) {
            const QPointF a = points[static_cast<std::size_t>(j)] - area_.topLeft();
            const QPointF b = points[static_cast<std::size_t>(i)] - area_.topLeft();
            if (a.y() == b.y())
                continue;  // a level edge crosses no row's centre line
            edges_.push_back(a.y() < b.y() ? Edge{a.x(), a.y(), b.x(), b.y()} : Edge{b.x(), b.y(), a.x(), a.y()});
            top = std::min(top, std::min(a.y(), b.y()));
            bottom = std::max(bottom, std::max(a.y(), b.y()));
        }
        start = end;
    }
    // Rows whose centre line y + 0.5 lies in [top, bottom); in a row, the pixels whose centre
    // lies between a pair of crossings (the even-odd rule).
    const int firstRow = std::max(0, pixelIndex(std::ceil(top - 0.5), area_.height()));
    const int lastRow = std::min(area_.height() - 1, pixelIndex(std::ceil(bottom - 0.5), area_.height()) - 1);
    if (slot != pending_) {
        settle();
        pending_ = slot;
    }
    for (int y = firstRow; y <= lastRow; ++y) {
        const double centre = y + 0.5;
        crossings_.clear();
        for (const Edge& e : edges_) {
            if (e.y0 <= centre && centre < e.y1)
                crossings_.push_back(e.x0 + (centre - e.y0) * (e.x1 - e.x0) / (e.y1 - e.y0));
        }
        std::sort(crossings_.begin(), crossings_.end());
        // A span only marks where it begins and ends (settle() counts along the row), so that a
        // pixel under a hundred parcels costs no more than one under one.
        std::int32_t* deltas = depth_.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(area_.width() + 1);
        for (std::size_t k = 0; k + 1 < crossings_.size(); k += 2) {
            const int from = std::max(0, pixelIndex(std::ceil(crossings_[k] - 0.5), area_.width()));
            const int to = std::min(area_.width() - 1, pixelIndex(std::ceil(crossings_[k + 1] - 0.5), area_.width()) - 1);
            if (from <= to) {
                ++deltas[from];
                --deltas[to + 1];
                touch(from, y, to, y);
            }
        }
    }
}

void ParcelRaster::settle()
{
    if (pending_ >= kSlots || isEmpty())
        return;
    const auto bit = static_cast<std::uint16_t>(1u << pending_);
    for (int y = top_; y <= bottom_; ++y) {
        std::int32_t* deltas = depth_.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(area_.width() + 1);
        std::uint16_t* pixels = row(y);
        std::int32_t depth = 0;
        for (int x = left_; x <= right_; ++x) {
            depth += deltas[x];
            deltas[x] = 0;
            if (depth > 0)
                pixels[x] |= bit;
        }
        deltas[right_ + 1] = 0;
    }
    pending_ = kSlots;
}

void ParcelRaster::outline(const std::vector<QPointF>& points, const std::vector<int>& ringEnds, std::size_t slot)
{
    const auto bit = static_cast<std::uint16_t>(1u << (kSlots + slot));
    int start = 0;
    for (int end : ringEnds) {
        for (int i = start, j = end - 1; i < end; j = i++)
            line(points[static_cast<std::size_t>(j)] - area_.topLeft(), points[static_cast<std::size_t>(i)] - area_.topLeft(), bit);
        start = end;
    }
}

// A one-pixel line from a to b: the pixels under evenly spaced points, one per pixel step
// along the longer axis, of the part inside the raster (clipped first, Liang-Barsky).
void ParcelRaster::line(QPointF a, QPointF b, std::uint16_t bit)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    double t0 = 0.0, t1 = 1.0;
    const auto clip = [&](double p, double q) {
        if (p == 0.0)
            return q >= 0.0;
        const double t = q / p;
        if (p < 0.0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        return t0 <= t1;
    };
    if (!clip(-dx, a.x()) || !clip(dx, area_.width() - a.x()) || !clip(-dy, a.y()) || !clip(dy, area_.height() - a.y()))
        return;
    const QPointF from(a.x() + t0 * dx, a.y() + t0 * dy);
    const double length = (t1 - t0) * std::max(std::abs(dx), std::abs(dy));
    const int steps = std::max(1, static_cast<int>(std::ceil(length)));
    const double sx = (t1 - t0) * dx / steps, sy = (t1 - t0) * dy / steps;
    for (int i = 0; i <= steps; ++i) {
        const int x = std::min(area_.width() - 1, static_cast<int>(std::floor(from.x() + i * sx)));
        const int y = std::min(area_.height() - 1, static_cast<int>(std::floor(from.y() + i * sy)));
        if (x < 0 || y < 0)
            continue;
        row(y)[x] |= bit;
        touch(x, y, x, y);
    }
}

QImage ParcelRaster::image(const Style& style, QPoint& topLeft)
{
    settle();
    if (isEmpty())
        return {};
    const QRect touched(QPoint(left_, top_), QPoint(right_, bottom_));
    topLeft = area_.topLeft() + touched.topLeft();
    std::vector<QRgb> colours(kCombinations);
    for (std::size_t bits = 1; bits < kCombinations; ++bits) {
        std::array<double, 4> colour{};
        for (std::size_t slot = 0; slot < kSlots; ++slot) {
            if (bits >> slot & 1u)
                colour = over(premultiplied(style.fill[slot]), colour);
            if (bits >> (kSlots + slot) & 1u)
                colour = over(premultiplied(style.outline[slot]), colour);
        }
        colours[bits] = qRgba(channel(colour[0]), channel(colour[1]), channel(colour[2]), channel(colour[3]));
    }
    QImage image(touched.size(), QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < touched.height(); ++y) {
        const std::uint16_t* source = bits_.data() + static_cast<std::size_t>(y + touched.top()) * static_cast<std::size_t>(area_.width()) +
                                      static_cast<std::size_t>(touched.left());
        auto* out = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < touched.width(); ++x)
            out[x] = colours[source[x]];
    }
    return image;
}

}  // namespace pearlzone::render
