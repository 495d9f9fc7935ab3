#pragma once
// The pieces every Pearlzone PDF is made of (render/ only): the page geometry at 300 dpi,
// title, footer, count tables, the map page with its legend, and writeAtomicPdf, the one
// place a PDF is opened on a temporary file and renamed into place only when complete.

#include "render/pdf_export.h"

#include <QPainter>
#include <QPdfWriter>

#include <cstdint>
#include <functional>
#include <tuple>
#include <utility>
#include <vector>

namespace pearlzone::core {
class Wording;
}

namespace pearlzone::render::pdf {

constexpr int kDotsPerInch = 300;
constexpr double kMillimetre = kDotsPerInch / 25.4;  // device units per millimetre
constexpr double kMetresPerInch = 0.0254;

struct Page {
    QPaintDevice* writer;  // the PDF, or a preview image at the PDF's resolution
    QPainter* painter;
    QRectF area;  // inside the margins, device units
    bool zh;
};

struct MapDrawn {
    double scaleDenominator = 0.0;
    ScaleBar bar;
    bool complete = true;
    BasemapDrawing basemap;
};

bool isCancelled(const std::atomic<bool>* cancel);
QString t(bool zh, const char* english);
QString landUseCell(const core::ParcelResult& r, const core::Wording& words);
double roundScale(double exact);
// The round scale (denominator) at which a map page's frame (device units) shows extent whole.
double mapScale(const gis::Envelope& extent, QSizeF frame);
QString scaleText(double denominator);
QString disclaimer(bool zh);
void drawFooter(const Page& page, const QString& left, const QString& right);
// Returns the height used.
double drawCountTable(const Page& page, QPointF at, const QString& heading,
                      const std::vector<std::tuple<QColor, QString, std::int64_t>>& rows, std::int64_t total);
void noteBasemap(ExportOutcome& outcome, const MapDrawn& drawn, const PdfPageSettings& settings);
// A map in frame, with legend, scale bar, north arrow and notes in panel.
MapDrawn drawMapPage(const Page& page, const QRectF& frame, const QRectF& panel, const MapScene& scene,
                     const gis::Envelope& extent, double fixedScale, const RenderSettings& layers,
                     const Basemap* basemap, bool basemapCacheOnly, const std::atomic<bool>* cancel);
bool beginDocument(QPdfWriter& writer, QPainter& painter, const PdfPageSettings& settings, const QString& title);
QRectF pageArea(const QPdfWriter& writer);
void drawTitle(QPainter& p, const QRectF& area, const QString& title, const QString& subtitle);
// Frame and legend panel under a title block.
std::pair<QRectF, QRectF> mapLayout(const QRectF& area, QPageLayout::Orientation orientation);

// Draws the pages; returns false when cancelled (then no file is left).
using PdfBody = std::function<bool(QPdfWriter& writer, QPainter& painter, ExportOutcome& outcome)>;
// Opens the PDF on a temporary file beside path, lets body draw it and renames it into place
// only when body completed; a failure or cancel leaves no file and keeps an earlier one.
ExportOutcome writeAtomicPdf(const QString& path, const PdfPageSettings& settings, const QString& title, const PdfBody& body);

}  // namespace pearlzone::render::pdf
