#include "render/parcel_raster.h"

#include <algorithm>
#include <cmath>

namespace pearlzone::render {

namespace {

constexpr std::size_t kCombinations = std::size_t(1) << (2 * ParcelRaster::kSlots);

// The smallest whole number not below v, held within one pixel of [0, size] first (points of a
// parcel far off the raster, on a strong zoom, do not overflow the cast), without a call to
// ceil on the hot path: the held value plus 4 is positive, so the cast truncates to its floor.
int ceilIndex(double v, int size)
{
    const double held = std::clamp(v, -1.0, size + 1.0);
    const int below = static_cast<int>(held + 4.0) - 4;
    return below < held ? below + 1 : below;
}

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
    // Each edge gives a crossing on every row whose centre line y + 0.5 lies in [y0, y1) of its
    // span; the crossings are then gathered by row (a counting sort: rows are few and known),
    // so that the work is the crossings' number, not rows times edges.
    std::size_t used = 0;  // crossings_ is only grown, never cleared: its first `used` hold this parcel's
    const QPointF origin = area_.topLeft();
    int firstRow = area_.height(), lastRow = -1;
    int start = 0;
    for (int end : ringEnds) {
        for (int i = start, j = end - 1; i < end; j = i++) {
            QPointF a = points[static_cast<std::size_t>(j)] - origin;
            QPointF b = points[static_cast<std::size_t>(i)] - origin;
            if (a.y() == b.y())
                continue;  // a level edge crosses no row's centre line
            if (b.y() < a.y())
                std::swap(a, b);
            const int from = std::max(0, ceilIndex(a.y() - 0.5, area_.height()));
            const int to = std::min(area_.height() - 1, ceilIndex(b.y() - 0.5, area_.height()) - 1);
            if (from > to)
                continue;
            const double slope = (b.x() - a.x()) / (b.y() - a.y());
            const std::size_t needed = used + static_cast<std::size_t>(to - from + 1);
            if (crossings_.size() < needed)
                crossings_.resize(std::max(needed, 2 * crossings_.size()));
            Crossing* out = crossings_.data() + used;
            for (int y = from; y <= to; ++y)
                *out++ = {y, a.x() + (y + 0.5 - a.y()) * slope};
            used = needed;
            firstRow = std::min(firstRow, from);
            lastRow = std::max(lastRow, to);
        }
        start = end;
    }
    if (slot != pending_) {
        settle();
        pending_ = slot;
    }
    if (lastRow < firstRow)
        return;
    const auto rows = static_cast<std::size_t>(lastRow - firstRow + 1);
    rowStart_.assign(rows + 1, 0);
    const Crossing* const crossings = crossings_.data();
    for (std::size_t k = 0; k < used; ++k)
        ++rowStart_[static_cast<std::size_t>(crossings[k].row - firstRow) + 1];
    for (std::size_t r = 1; r <= rows; ++r)
        rowStart_[r] += rowStart_[r - 1];
    if (byRow_.size() < used)
        byRow_.resize(crossings_.size());
    rowFill_.assign(rowStart_.begin(), rowStart_.end() - 1);
    for (std::size_t k = 0; k < used; ++k)
        byRow_[rowFill_[static_cast<std::size_t>(crossings[k].row - firstRow)]++] = crossings[k].x;
    // In a row, the pixels whose centre lies between a pair of crossings (the even-odd rule).
    int left = area_.width(), right = -1;
    for (std::size_t r = 0; r < rows; ++r) {
        double* first = byRow_.data() + rowStart_[r];
        double* last = byRow_.data() + rowStart_[r + 1];
        if (last - first == 2) {
            if (first[1] < first[0])
                std::swap(first[0], first[1]);
        } else {
            std::sort(first, last);
        }
        // A span only marks where it begins and ends (settle() counts along the row), so that a
        // pixel under a hundred parcels costs no more than one under one.
        const int y = firstRow + static_cast<int>(r);
        std::int32_t* deltas = depth_.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(area_.width() + 1);
        for (double* k = first; k + 1 < last; k += 2) {
            const int from = std::max(0, ceilIndex(k[0] - 0.5, area_.width()));
            const int to = std::min(area_.width() - 1, ceilIndex(k[1] - 0.5, area_.width()) - 1);
            if (from <= to) {
                ++deltas[from];
                --deltas[to + 1];
                left = std::min(left, from);
                right = std::max(right, to);
            }
        }
    }
    if (left <= right)
        touch(left, firstRow, right, lastRow);
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
// along the longer axis, of those inside the raster. The points are counted along the whole
// line (the part inside found first, Liang-Barsky), so that a raster covering part of the
// device (a band) marks exactly the pixels a raster of the whole device marks there.
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
    const double steps = std::max(1.0, std::ceil(std::max(std::abs(dx), std::abs(dy))));
    const double sx = dx / steps, sy = dy / steps;
    // The steps whose points lie in the part inside, and one either side for rounding (the
    // pixel test below decides).
    const double first = std::max(0.0, std::floor(t0 * steps) - 1.0), last = std::min(steps, std::ceil(t1 * steps) + 1.0);
    const int width = area_.width(), height = area_.height();
    int left = width, top = height, right = -1, bottom = -1;
    for (double i = first; i <= last; i += 1.0) {
        const double px = a.x() + i * sx, py = a.y() + i * sy;
        if (!(px >= 0.0 && py >= 0.0 && px < width && py < height))
            continue;
        const int x = static_cast<int>(px), y = static_cast<int>(py);
        row(y)[x] |= bit;
        left = std::min(left, x);
        right = std::max(right, x);
        top = std::min(top, y);
        bottom = std::max(bottom, y);
    }
    if (left <= right)
        touch(left, top, right, bottom);
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
