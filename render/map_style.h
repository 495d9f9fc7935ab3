#pragma once
// The map's colours and line styles, shared by the canvas, the legend and the PDF.

#include "core/check_result.h"
#include "render/parcel_raster.h"

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
// The slots by which the map's rasters keep verdicts: pass, review, fail, error (the verdicts'
// own order), then unchecked.
std::size_t verdictSlot(std::optional<core::Verdict> verdict);
std::optional<core::Verdict> verdictOfSlot(std::size_t slot);
// Every slot's parcel fill and outline, for a crowd drawn through the span raster.
ParcelRaster::Style parcelRasterStyle();
// A pen as wide in pixels (or points) whatever the zoom.
QPen cosmeticPen(const QColor& colour, double width, Qt::PenStyle style = Qt::SolidLine);

}  // namespace pearlzone::render
