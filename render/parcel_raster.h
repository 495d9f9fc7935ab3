#pragma once
// ParcelRaster: a crowd of parcels drawn the way the eye sees them on a raster, in bits per
// pixel rather than through QPainter: for each verdict, whether some parcel of that verdict
// covers the pixel (its fill) and whether one's outline runs through it. However many parcels
// overlap, a pixel is coloured once, from a table of every combination of bits: the verdicts'
// translucent fills and opaque outlines composed in the painter's order (pass, review, fail,
// error, unchecked; each verdict's fill under its outlines). Pixels are sampled at their
// centres and outlines are one pixel wide, as QPainter draws without anti-aliasing.

#include <QImage>
#include <QPointF>
#include <QRect>
#include <QRgb>

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace pearlzone::render {

class ParcelRaster {
public:
    static constexpr std::size_t kSlots = 5;  // pass, review, fail, error, unchecked
    struct Style {
        std::array<QRgb, kSlots> fill{};     // unpremultiplied; alpha 0: none
        std::array<QRgb, kSlots> outline{};  // opaque
    };

    // area: the device pixels the raster covers.
    explicit ParcelRaster(QRect area);

    // One parcel: its rings' points (device pixels), ring after ring, each ring ending at the
    // index in ringEnds (rings closed implicitly). Filled by the even-odd rule, so its holes stay
    // open.
    void fill(const std::vector<QPointF>& points, const std::vector<int>& ringEnds, std::size_t slot);
    void outline(const std::vector<QPointF>& points, const std::vector<int>& ringEnds, std::size_t slot);

    bool isEmpty() const { return right_ < left_; }
    // The pixels drawn, in the style's colours (premultiplied ARGB, transparent elsewhere), with
    // where the image's top left goes on the device.
    QImage image(const Style& style, QPoint& topLeft);

private:
    void line(QPointF a, QPointF b, std::uint16_t bit);
    void settle();  // the pending verdict's fills, from depth_ into bits_
    std::uint16_t* row(int y) { return bits_.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(area_.width()); }
    void touch(int left, int top, int right, int bottom)
    {
        left_ = std::min(left_, left);
        top_ = std::min(top_, top);
        right_ = std::max(right_, right);
        bottom_ = std::max(bottom_, bottom);
    }

    QRect area_;
    std::vector<std::uint16_t> bits_;  // per pixel: bit slot for a fill, bit kSlots + slot for an outline
    // The fills of one verdict at a time (pending_) as changes of depth along each row (width + 1
    // a row): +1 where a parcel's span begins, -1 past its end.
    std::vector<std::int32_t> depth_;
    std::size_t pending_ = kSlots;
    int left_ = 1 << 30, top_ = 1 << 30, right_ = -1, bottom_ = -1;  // the pixels drawn (raster pixels)
    struct Crossing {
        int row;
        double x;
    };
    // Reused per parcel: its crossings as found, then their x gathered row by row.
    std::vector<Crossing> crossings_;
    std::vector<std::size_t> rowStart_;
    std::vector<std::size_t> rowFill_;
    std::vector<double> byRow_;
};

}  // namespace pearlzone::render
