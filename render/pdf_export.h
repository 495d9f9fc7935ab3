#pragma once
// PDF export: a map page, and the check report (cover with summary, map of the checked
// parcels, the table of parcels with reasons). Vector PDF through QPdfWriter, drawn with the
// same renderer as the canvas, written to a temporary file and renamed into place only when
// complete. Chinese text uses a CJK font whose characters copy out as themselves (see
// pdfFont()).

#include "core/batch_check.h"
#include "render/basemap_layer.h"
#include "render/map_renderer.h"
#include "render/scale_bar.h"

#include <QDateTime>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace pearlzone::render {

struct PdfPageSettings {
    QPageSize::PageSizeId paper = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    LabelLanguage language = LabelLanguage::Chinese;
    QString title;  // empty: a default title in the language
    std::shared_ptr<const Basemap> basemap;  // drawn under the map as one raster at print resolution
};

struct MapPdfSettings : PdfPageSettings {
    std::optional<gis::Envelope> extent;  // empty: the whole scene
    double scaleDenominator = 0.0;        // 0: the round scale that fits the extent
    RenderSettings layers;
};

struct ReportPdfContent {
    QString source;     // the parcel file or connection
    QString layer;
    QString crs;
    double minInside = 0.99;
    QDateTime checkedAt;
    QString checksum;   // SHA-256 of the input file, "" for a connection
    QString zoneSet;    // the zone set the verdicts were made against (name and version)
    core::BatchSummary summary;
    const std::vector<core::CheckedParcel>* parcels = nullptr;
};

enum class ExportStatus { Written, Cancelled, Failed };

struct ExportOutcome {
    ExportStatus status = ExportStatus::Failed;
    QString message;
    int pages = 0;
    double scaleDenominator = 0.0;  // of the (first) map
    ScaleBar scaleBar;              // as printed, in points
    std::optional<gis::BasemapStatus> basemapStatus;  // set when a basemap was asked for
    QString basemapReason;                            // why it is not Complete
};

using ExportProgress = std::function<void(int percent)>;

ExportOutcome exportMapPdf(const QString& path, const MapScene& scene, const MapPdfSettings& settings,
                           const ExportProgress& progress = {}, const std::atomic<bool>* cancel = nullptr);

// scene should hold the checked parcels as its last parcel layer, for the report's map.
ExportOutcome exportReportPdf(const QString& path, const MapScene& scene, const ReportPdfContent& content,
                              const PdfPageSettings& settings, const ExportProgress& progress = {},
                              const std::atomic<bool>* cancel = nullptr);

// The font for PDF text. Noto Sans CJK is avoided on purpose: through Qt's PDF writer its
// shared glyphs make 心 copy out as the Kangxi radical ⼼ and 鱼 as ⻥; WenQuanYi Micro Hei
// (Linux) and Microsoft YaHei (Windows) copy out as the characters themselves.
QFont pdfFont(double pointSize, bool bold = false);

// SHA-256 of a file's bytes, hex; "" when it cannot be read.
QString fileChecksum(const QString& path);

}  // namespace pearlzone::render
