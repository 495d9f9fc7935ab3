#include "render/map_style.h"

namespace pearlzone::render {

QColor zoneColour(std::size_t index)
{
    // Distinct, print-safe hues that stay apart from the verdict colours.
    static const QColor palette[] = {QColor(0x3b, 0x6f, 0xb6), QColor(0x8e, 0x5b, 0xb5), QColor(0x1f, 0x9e, 0x9a),
                                     QColor(0xb5, 0x6a, 0x2b), QColor(0x5b, 0x7f, 0x3a)};
    return palette[index % (sizeof palette / sizeof palette[0])];
}

QColor paperColour() { return QColor(0xf4, 0xf2, 0xec); }
QColor waterColour() { return QColor(0xa9, 0xd3, 0xf0); }
QColor waterOutline() { return QColor(0x6a, 0xa8, 0xd8); }

QColor verdictColour(std::optional<core::Verdict> verdict)
{
    if (!verdict)
        return QColor(0x55, 0x55, 0x55);
    switch (*verdict) {
    case core::Verdict::Pass: return QColor(0x2e, 0x9e, 0x44);
    case core::Verdict::Review: return QColor(0xf0, 0xa2, 0x02);
    case core::Verdict::Fail: return QColor(0xd6, 0x28, 0x28);
    case core::Verdict::Error: return QColor(0x8a, 0x8a, 0x8a);
    }
    return QColor(0x55, 0x55, 0x55);
}

QColor parcelFill(std::optional<core::Verdict> verdict)
{
    QColor fill = verdictColour(verdict);
    fill.setAlpha(verdict ? 150 : 0);
    return fill;
}

QColor parcelOutline(std::optional<core::Verdict> verdict) { return verdictColour(verdict).darker(140); }

std::size_t verdictSlot(std::optional<core::Verdict> verdict) { return verdict ? static_cast<std::size_t>(*verdict) : 4; }

std::optional<core::Verdict> verdictOfSlot(std::size_t slot)
{
    return slot < 4 ? std::optional<core::Verdict>(static_cast<core::Verdict>(slot)) : std::nullopt;
}

ParcelRaster::Style parcelRasterStyle()
{
    ParcelRaster::Style style;
    for (std::size_t slot = 0; slot < ParcelRaster::kSlots; ++slot) {
        style.fill[slot] = parcelFill(verdictOfSlot(slot)).rgba();
        style.outline[slot] = parcelOutline(verdictOfSlot(slot)).rgba();
    }
    return style;
}

QPen cosmeticPen(const QColor& colour, double width, Qt::PenStyle style)
{
    QPen pen(colour, width, style);
    pen.setCosmetic(true);
    return pen;
}

}  // namespace pearlzone::render
