#pragma once
// The map's colours and line styles, shared by the canvas, the legend and the PDF.

#include "core/check_result.h"

#include <QColor>
#include <QPen>
#include <optional>

namespace pearlzone::render {

QColor zoneColour(std::size_t index);
QColor paperColour();  // the map's background, and what a basemap fades toward
QColor waterColour();
QColor waterOutline();
// Pass green, review amber, fail red, error grey; unchecked parcels have no fill.
QColor verdictColour(std::optional<core::Verdict> verdict);
// A checked parcel's translucent fill (none for an unchecked one) and its outline, on the map,
// in its raster and in the legend.
QColor parcelFill(std::optional<core::Verdict> verdict);
QColor parcelOutline(std::optional<core::Verdict> verdict);
// A pen as wide in pixels (or points) whatever the zoom.
QPen cosmeticPen(const QColor& colour, double width, Qt::PenStyle style = Qt::SolidLine);

}  // namespace pearlzone::render
