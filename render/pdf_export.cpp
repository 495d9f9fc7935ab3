#include "render/pdf_export.h"

#include "core/wording.h"
#include "render/pdf_pages.h"

#include <QPainter>

#include <cmath>

namespace pearlzone::render {

using namespace pdf;

QString pdfText(bool zh, const char* english)
{
    return core::Wording(zh ? core::Language::Chinese : core::Language::English).translate("pearlzone::render::PdfText", english);
}

QFont pdfFont(double pointSize, bool bold)
{
    QFont font;
    font.setFamilies({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"),
                      QStringLiteral("PingFang SC"), QStringLiteral("Noto Sans CJK SC")});
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}


namespace {

QString mapTitle(const MapPdfSettings& settings)
{
    const bool zh = settings.language == LabelLanguage::Chinese;
    return settings.title.isEmpty() ? t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "AI and Digital Economy Pilot Zone")) : settings.title;
}

// The map page on any device whose resolution is kDotsPerInch: the PDF and its preview (whose
// basemap is what the tile cache holds: a preview waits for no server).
MapDrawn drawMapPdfPage(QPainter& painter, QPaintDevice& device, const QRectF& full, const MapScene& scene,
                        const MapPdfSettings& settings, const std::atomic<bool>* cancel, bool preview = false)
{
    const bool zh = settings.language == LabelLanguage::Chinese;
    const double margin = 12 * kMillimetre;
    const QRectF area = full.adjusted(margin, margin, -margin, -margin);
    const Page page{&device, &painter, area, zh};
    drawTitle(painter, area, mapTitle(settings),
              t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Guangzhou AI and Digital Economy Pilot Zone: one river, two banks, three zones")));
    const auto [frame, panel] = mapLayout(area, settings.orientation);
    const MapDrawn drawn = drawMapPage(page, frame, panel, scene, settings.extent.value_or(scene.extent()),
                                       settings.scaleDenominator, settings.layers, settings.basemap.get(), preview, cancel);
    drawFooter(page, disclaimer(zh), QStringLiteral("Pearlzone"));
    return drawn;
}

}  // namespace

QImage previewMapPdf(const MapScene& scene, const MapPdfSettings& settings, int widthPixels)
{
    const QPageLayout layout(QPageSize(settings.paper), settings.orientation, QMarginsF(0, 0, 0, 0));
    const QSizeF points = layout.fullRect(QPageLayout::Point).size();
    const QSizeF device(points.width() / 72.0 * kDotsPerInch, points.height() / 72.0 * kDotsPerInch);
    const double factor = widthPixels / device.width();
    QImage image(QSize(widthPixels, static_cast<int>(device.height() * factor)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    // Fonts in points take the PDF's resolution; the painter scales the page down to the image.
    const int dotsPerMetre = static_cast<int>(std::lround(kDotsPerInch / kMetresPerInch));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.scale(factor, factor);
    drawMapPdfPage(painter, image, QRectF(QPointF(0, 0), device), scene, settings, nullptr, true);
    painter.end();
    image.setDotsPerMeterX(3780);  // back to 96 dpi, so that widgets show it pixel for pixel
    image.setDotsPerMeterY(3780);
    return image;
}

ExportOutcome exportMapPdf(const QString& path, const MapScene& scene, const MapPdfSettings& settings,
                           const ExportProgress& progress, const std::atomic<bool>* cancel)
{
    ExportOutcome outcome = writeAtomicPdf(path, settings, mapTitle(settings), [&](QPdfWriter& writer, QPainter& painter, ExportOutcome& out) {
        if (progress)
            progress(10);
        const MapDrawn drawn = drawMapPdfPage(painter, writer, QRectF(0, 0, writer.width(), writer.height()), scene, settings, cancel);
        out.scaleDenominator = drawn.scaleDenominator;
        out.scaleBar = drawn.bar;
        noteBasemap(out, drawn, settings);
        out.pages = 1;
        return drawn.complete && !isCancelled(cancel);
    });
    if (outcome.status == ExportStatus::Written && progress)
        progress(100);
    return outcome;
}

}  // namespace pearlzone::render
