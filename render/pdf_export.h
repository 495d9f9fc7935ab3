#pragma once
// PDF export: a map page, and the check report (cover with summary, map of the checked
// parcels, the table of parcels with reasons). Vector PDF through QPdfWriter, drawn with the
// same renderer as the canvas, written to a temporary file and renamed into place only when
// complete. Chinese text uses a CJK font whose characters copy out as themselves (see
// pdfFont()).

#include "core/batch_check.h"
#include "core/check_report_contents.h"
#include "core/feedback.h"
#include "render/basemap_layer.h"
#include "render/map_renderer.h"
#include "render/scale_bar.h"

#include <QDateTime>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>
#include <vector>

namespace pearlzone::render {

// Which parcels a check report's table lists (--pdf-rows): those that need a planner (in or
// partly in a zone and not pass, and every error), every parcel, or none (summary and map).
enum class PdfRows { Attention, All, None };

struct PdfPageSettings {
    QPageSize::PageSizeId paper = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    LabelLanguage language = LabelLanguage::Chinese;
    QString title;  // empty: a default title in the language
    std::shared_ptr<const Basemap> basemap;  // drawn under the map as one raster at print resolution
    PdfRows rows = PdfRows::Attention;       // check reports: the table's rows
};

struct MapPdfSettings : PdfPageSettings {
    std::optional<gis::Envelope> extent;  // empty: the whole scene
    double scaleDenominator = 0.0;        // 0: the round scale that fits the extent
    RenderSettings layers;
};

using ReportPdfContent = core::CheckReportContents;

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

// The map page as exportMapPdf would print it, drawn by the same code into an image this wide.
QImage previewMapPdf(const MapScene& scene, const MapPdfSettings& settings, int widthPixels);

// The check report from parcels held in memory (the app's): content.parcels, with their map
// shapes from scene's last parcel layer (index for index) when it has one, else from their
// geometry. Laid out as render/report_pdf.h streams it; progress covers both passes.
ExportOutcome exportReportPdf(const QString& path, const MapScene& scene, const ReportPdfContent& content,
                              const PdfPageSettings& settings, const ExportProgress& progress = {},
                              const std::atomic<bool>* cancel = nullptr);
// The same for parcels held compactly (the app's): shapes index for index with resultAt(i).
ExportOutcome exportReportPdf(const QString& path, const MapScene& scene, const ReportPdfContent& content, const ParcelLayer& shapes,
                              const std::function<core::ParcelResult(std::size_t)>& resultAt, const PdfPageSettings& settings,
                              const ExportProgress& progress = {}, const std::atomic<bool>* cancel = nullptr);

// The font for PDF text. Noto Sans CJK is avoided on purpose: through Qt's PDF writer its
// shared glyphs make 心 copy out as the Kangxi radical ⼼ and 鱼 as ⻥; WenQuanYi Micro Hei
// (Linux) and Microsoft YaHei (Windows) copy out as the characters themselves.
QFont pdfFont(double pointSize, bool bold = false);

// The PDFs' own words (titles, labels, notes) through the one wording layer: English source
// text marked QT_TRANSLATE_NOOP("pearlzone::render::PdfText", ...), Chinese from the translation.
QString pdfText(bool zh, const char* english);

using core::fileChecksum;

}  // namespace pearlzone::render
