#include "render/pdf_export.h"

#include "core/wording.h"
#include "core/zone_set.h"

#include "core/atomic_output.h"
#include "gis/error.h"
#include "render/map_style.h"
#include "render/report_counts.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>
#include <tuple>

namespace pearlzone::render {

namespace {

constexpr int kDotsPerInch = 300;
constexpr double kMillimetre = kDotsPerInch / 25.4;  // device units per millimetre
constexpr double kMetresPerInch = 0.0254;

bool isCancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(); }

struct Page {
    QPaintDevice* writer;  // the PDF, or a preview image at the PDF's resolution
    QPainter* painter;
    QRectF area;  // inside the margins, device units
    bool zh;
};

// The land use as written and its status.
QString landUseCell(const core::ParcelResult& r, const core::Wording& words)
{
    if (r.landUseStatus == core::LandUseStatus::NotApplicable)
        return QString::fromStdString(r.landUse);
    const QString status = QStringLiteral("(") + words.landUseStatus(r.landUseStatus) + QStringLiteral(")");
    return r.landUse.empty() ? status : QString::fromStdString(r.landUse) + QStringLiteral(" ") + status;
}

QString t(bool zh, const char* english) { return pdfText(zh, english); }

// The round scale at or above the one that fits (1:50,000, 1:60,000, 1:75,000, ...).
double roundScale(double exact)
{
    const double power = std::pow(10.0, std::floor(std::log10(exact)));
    for (double step : {1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 7.5, 8.0, 10.0}) {
        if (step * power >= exact * (1 - 1e-9))
            return step * power;
    }
    return 10 * power;
}

QString scaleText(double denominator)
{
    return QStringLiteral("1:%L1").arg(static_cast<qlonglong>(std::llround(denominator)));
}

// The footer: the disclaimer wrapped into the space left of the right-hand text.
void drawFooter(const Page& page, const QString& left, const QString& right)
{
    QPainter& p = *page.painter;
    p.save();
    p.setFont(pdfFont(6.5));
    p.setPen(QColor(90, 90, 90));
    const QRectF band(page.area.left(), page.area.bottom() - 7 * kMillimetre, page.area.width(), 7 * kMillimetre);
    const double rightWidth = QFontMetricsF(p.font(), page.writer).horizontalAdvance(right) + 6 * kMillimetre;
    p.drawText(QRectF(band.left(), band.top(), band.width() - rightWidth, band.height()),
               Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, left);
    p.drawText(band, Qt::AlignRight | Qt::AlignVCenter, right);
    p.restore();
}

// A small table of counts: swatch, label, count right-aligned, share of the total.
double drawCountTable(const Page& page, QPointF at, const QString& heading,
                      const std::vector<std::tuple<QColor, QString, std::int64_t>>& rows, std::int64_t total)
{
    QPainter& p = *page.painter;
    p.save();
    p.setFont(pdfFont(10, true));
    p.setPen(QColor(20, 20, 20));
    p.drawText(at + QPointF(0, 4 * kMillimetre), heading);
    double y = at.y() + 7 * kMillimetre;
    const double minRowHeight = 6 * kMillimetre;
    const double countWidth = 22 * kMillimetre;
    const double labelWidth = std::min(75 * kMillimetre, page.area.width() / 2 - 2 * countWidth - 12 * kMillimetre);
    p.setFont(pdfFont(9));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& [colour, label, count] = rows[i];
        // Long names wrap onto more lines; the row grows, nothing is clipped.
        const QRectF labelBox(at.x() + 7 * kMillimetre, y + kMillimetre, labelWidth, 1e6);
        const double rowHeight = std::max(minRowHeight, p.boundingRect(labelBox, Qt::TextWordWrap, label).height() + 2 * kMillimetre);
        if (i % 2 == 0)
            p.fillRect(QRectF(at.x(), y, labelWidth + 2 * countWidth + 8 * kMillimetre, rowHeight), QColor(244, 246, 249));
        if (colour.isValid())
            p.fillRect(QRectF(at.x() + kMillimetre, y + 1.5 * kMillimetre, 4 * kMillimetre, 3 * kMillimetre), colour);
        p.drawText(QRectF(labelBox.left(), y, labelWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, label);
        p.drawText(QRectF(at.x() + 7 * kMillimetre + labelWidth, y, countWidth, rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("%L1").arg(count));
        const double share = total > 0 ? 100.0 * static_cast<double>(count) / static_cast<double>(total) : 0.0;
        p.drawText(QRectF(at.x() + 7 * kMillimetre + labelWidth + countWidth, y, countWidth, rowHeight),
                   Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("%1%").arg(share, 0, 'f', 1));
        y += rowHeight;
    }
    p.restore();
    return y - at.y();
}

QString disclaimer(bool zh)
{
    return t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Sources: zone boundaries are approximations digitised from public descriptions, not official "
             "boundaries; designations follow the Guangzhou AI and Digital Economy Pilot Zone industry guideline."));
}

// A legend entry: a swatch and its text; returns the height used.
double legendRow(QPainter& p, QPointF at, double width, const QColor& fill, const QColor& outline, const QString& text,
                 const QString& note = {}, bool dashed = false, const ConstraintClass* constraint = nullptr)
{
    const double swatch = 4 * kMillimetre;
    p.save();
    QPen pen(outline, 0.3 * kMillimetre, dashed ? Qt::DashLine : Qt::SolidLine);
    p.setPen(pen);
    p.setBrush(fill);
    if (constraint)  // hatched or tinted as on the map
        paintConstraintSwatch(p, QRectF(at, QSizeF(swatch, swatch * 0.7)), *constraint, kDotsPerInch / 96.0 * 0.5);
    else
        p.drawRect(QRectF(at, QSizeF(swatch, swatch * 0.7)));
    p.setPen(QColor(30, 30, 30));
    p.setFont(pdfFont(8));
    const QRectF textBox(at.x() + swatch + 2 * kMillimetre, at.y() - 0.5 * kMillimetre, width - swatch - 2 * kMillimetre,
                         40 * kMillimetre);
    QRectF used = p.boundingRect(textBox, Qt::TextWordWrap, text);
    p.drawText(textBox, Qt::TextWordWrap, text);
    double height = std::max(used.height(), swatch);
    if (!note.isEmpty()) {
        p.setFont(pdfFont(6.5));
        p.setPen(QColor(110, 110, 110));
        const QRectF noteBox(textBox.left(), textBox.top() + used.height(), textBox.width(), 30 * kMillimetre);
        const QRectF noteUsed = p.boundingRect(noteBox, Qt::TextWordWrap, note);
        p.drawText(noteBox, Qt::TextWordWrap, note);
        height = std::max(height, used.height() + noteUsed.height());
    }
    p.restore();
    return height + 2 * kMillimetre;
}

struct MapDrawn {
    double scaleDenominator = 0.0;
    ScaleBar bar;
    bool complete = true;
    BasemapDrawing basemap;
};

void noteBasemap(ExportOutcome& outcome, const MapDrawn& drawn, const PdfPageSettings& settings)
{
    if (!settings.basemap)
        return;
    outcome.basemapStatus = drawn.basemap.status;
    outcome.basemapReason = drawn.basemap.reason;
}

// A map in frame, with legend, scale bar, north arrow and notes in panel.
MapDrawn drawMapPage(const Page& page, const QRectF& frame, const QRectF& panel, const MapScene& scene,
                     const gis::Envelope& extent, double fixedScale, const RenderSettings& layers,
                     const Basemap* basemap, bool basemapCacheOnly, const std::atomic<bool>* cancel)
{
    QPainter& p = *page.painter;
    MapDrawn drawn;
    const double fitMpp = MapView::fitting(extent, frame.size(), 0.02).metresPerPixel();
    const double fitScale = fitMpp * kDotsPerInch / kMetresPerInch;
    drawn.scaleDenominator = fixedScale > 0 ? fixedScale : roundScale(fitScale);
    const double mpp = drawn.scaleDenominator * kMetresPerInch / kDotsPerInch;
    const MapView view(frame.size(), QPointF(0.5 * (extent.minX + extent.maxX), 0.5 * (extent.minY + extent.maxY)), mpp);

    p.save();
    p.translate(frame.topLeft());
    p.setClipRect(QRectF(QPointF(0, 0), frame.size()));
    RenderSettings settings = layers;
    settings.fontScale = 1.0;
    settings.basemap = nullptr;  // never the screen's image: the page gets its own
    if (basemap) {
        drawn.basemap = basemap->draw(view, cancel, 16.0e6, basemapCacheOnly);  // one raster at the page's resolution
        settings.basemap = drawn.basemap.image;
    }
    drawn.complete = renderMap(p, view, scene, settings, cancel);
    // Scale bar on a white plate, bottom left; north arrow top right.
    drawn.bar = niceScaleBar(mpp, 40 * kMillimetre);
    const QRectF plate(3 * kMillimetre, frame.height() - 14 * kMillimetre, drawn.bar.pixels + 14 * kMillimetre, 11 * kMillimetre);
    p.fillRect(plate, QColor(255, 255, 255, 220));
    drawScaleBar(p, drawn.bar, QPointF(plate.left() + 4 * kMillimetre, plate.bottom() - 3 * kMillimetre), kDotsPerInch / 96.0);
    drawNorthArrow(p, QPointF(frame.width() - 10 * kMillimetre, 4 * kMillimetre), 14 * kMillimetre);
    p.restore();
    p.save();
    p.setPen(QPen(QColor(40, 40, 40), 0.35 * kMillimetre));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);
    p.restore();

    // The legend.
    const bool zh = page.zh;
    double y = panel.top();
    p.save();
    p.setFont(pdfFont(10, true));
    p.setPen(QColor(20, 20, 20));
    p.drawText(QPointF(panel.left(), y + 4 * kMillimetre), t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Legend")));
    y += 8 * kMillimetre;
    for (const auto& zone : scene.zones) {
        QColor fill = zone.colour;
        fill.setAlpha(60);
        y += legendRow(p, QPointF(panel.left(), y), panel.width(), fill, zone.colour.darker(120), zh ? zone.nameZh : zone.nameEn,
                       zh ? zone.nameEn : zone.nameZh);
    }
    if (layers.showSubareas && !scene.subareas.empty())
        y += legendRow(p, QPointF(panel.left(), y), panel.width(), Qt::transparent, QColor(60, 60, 60),
                       t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Sub-area boundary")), {}, true);
    if (layers.showWater)
        y += legendRow(p, QPointF(panel.left(), y), panel.width(), waterColour(), waterOutline(), t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Pearl River")),
                       QString::fromUtf8(zh ? "Pearl River" : "珠江")  /* the name in the other language */);
    for (std::size_t i = 0; i < scene.constraintLayers.size(); ++i) {
        for (const auto& style : scene.constraintLayers[i]->classes()) {
            const QString rule = core::Wording(zh ? core::Language::Chinese : core::Language::English).constraintRule(style.rule);
            if (i >= layers.constraintLayerVisible.size() || layers.constraintLayerVisible[i])
                y += legendRow(p, QPointF(panel.left(), y), panel.width(), {}, {}, style.kind.isEmpty() ? rule : style.kind + QStringLiteral(" · ") + rule,
                               scene.constraintLayers[i]->label(), false, &style);
        }
    }
    // The verdict classes present on the map.
    bool present[5] = {false, false, false, false, false};
    for (const auto& layer : scene.parcelLayers) {
        for (const auto& parcel : layer->parcels())
            present[parcel.verdict ? static_cast<int>(*parcel.verdict) : 4] = true;
    }
    const std::pair<core::Verdict, QString> verdicts[] = {{core::Verdict::Pass, t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Pass"))},
                                                          {core::Verdict::Review, t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Review"))},
                                                          {core::Verdict::Fail, t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Fail"))},
                                                          {core::Verdict::Error, t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Error"))}};
    for (const auto& [verdict, label] : verdicts) {
        if (!present[static_cast<int>(verdict)])
            continue;
        QColor fill = verdictColour(verdict);
        fill.setAlpha(150);
        y += legendRow(p, QPointF(panel.left(), y), panel.width(), fill, verdictColour(verdict).darker(140),
                       t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Parcels: ")) + label);
    }
    y += 4 * kMillimetre;
    p.setFont(pdfFont(8));
    p.setPen(QColor(30, 30, 30));
    const QString notes = t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Scale ")) + scaleText(drawn.scaleDenominator) + QStringLiteral("\n") +
                          t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "CRS: CGCS2000 / 3-degree Gauss-Kruger CM 114E (EPSG:4547)")) +
                          QStringLiteral("\n") + t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Made on ")) +
                          QDate::currentDate().toString(Qt::ISODate);
    p.drawText(QRectF(panel.left(), y, panel.width(), panel.bottom() - y), Qt::TextWordWrap, notes);
    p.restore();
    return drawn;
}

// Sets up the writer and starts painting on it; false when the file cannot be written.
bool beginDocument(QPdfWriter& writer, QPainter& painter, const PdfPageSettings& settings, const QString& title)
{
    writer.setResolution(kDotsPerInch);
    writer.setPageLayout(QPageLayout(QPageSize(settings.paper), settings.orientation, QMarginsF(0, 0, 0, 0)));
    writer.setCreator(QStringLiteral("Pearlzone"));
    writer.setTitle(title);
    return painter.begin(&writer);
}

QRectF pageArea(const QPdfWriter& writer)
{
    const QRectF full(0, 0, writer.width(), writer.height());
    const double margin = 12 * kMillimetre;
    return full.adjusted(margin, margin, -margin, -margin);
}

void drawTitle(QPainter& p, const QRectF& area, const QString& title, const QString& subtitle)
{
    p.save();
    p.setPen(QColor(20, 20, 20));
    p.setFont(pdfFont(15, true));
    p.drawText(QRectF(area.left(), area.top(), area.width(), 9 * kMillimetre), Qt::AlignLeft | Qt::AlignVCenter, title);
    p.setFont(pdfFont(8));
    p.setPen(QColor(90, 90, 90));
    p.drawText(QRectF(area.left(), area.top() + 9 * kMillimetre, area.width(), 5 * kMillimetre), Qt::AlignLeft | Qt::AlignVCenter,
               subtitle);
    p.restore();
}

// Frame and legend panel under a title block: the panel on the right in landscape, below
// in portrait.
std::pair<QRectF, QRectF> mapLayout(const QRectF& area, QPageLayout::Orientation orientation)
{
    const QRectF body(area.left(), area.top() + 17 * kMillimetre, area.width(), area.height() - 17 * kMillimetre - 8 * kMillimetre);
    if (orientation == QPageLayout::Landscape) {
        const double panelWidth = 62 * kMillimetre;
        return {QRectF(body.left(), body.top(), body.width() - panelWidth - 6 * kMillimetre, body.height()),
                QRectF(body.right() - panelWidth, body.top(), panelWidth, body.height())};
    }
    const double panelHeight = 62 * kMillimetre;
    return {QRectF(body.left(), body.top(), body.width(), body.height() - panelHeight - 5 * kMillimetre),
            QRectF(body.left(), body.bottom() - panelHeight, body.width() / 2, panelHeight)};
}

}  // namespace

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
    ExportOutcome outcome;
    try {
        core::AtomicOutput output(path.toStdString());
        {
            QPdfWriter writer(QString::fromStdString(output.temporaryPath()));
            QPainter painter;
            if (!beginDocument(writer, painter, settings, mapTitle(settings))) {
                outcome.message = path + QStringLiteral(": cannot write the PDF");
                return outcome;
            }
            if (progress)
                progress(10);
            const MapDrawn drawn = drawMapPdfPage(painter, writer, QRectF(0, 0, writer.width(), writer.height()), scene, settings, cancel);
            painter.end();
            if (!drawn.complete || isCancelled(cancel)) {
                outcome.status = ExportStatus::Cancelled;
                return outcome;  // the temporary file goes with output
            }
            outcome.scaleDenominator = drawn.scaleDenominator;
            outcome.scaleBar = drawn.bar;
            noteBasemap(outcome, drawn, settings);
        }
        output.commit();
        outcome.status = ExportStatus::Written;
        outcome.pages = 1;
        if (progress)
            progress(100);
    } catch (const gis::Error& error) {
        outcome.message = QString::fromUtf8(error.what());
    }
    return outcome;
}

ExportOutcome exportReportPdf(const QString& path, const MapScene& scene, const ReportPdfContent& content,
                              const PdfPageSettings& settings, const ExportProgress& progress, const std::atomic<bool>* cancel)
{
    ExportOutcome outcome;
    const bool zh = settings.language == LabelLanguage::Chinese;
    const std::vector<core::CheckedParcel> none;
    const auto& parcels = content.parcels ? *content.parcels : none;
    try {
        core::AtomicOutput output(path.toStdString());
        {
            QPdfWriter writer(QString::fromStdString(output.temporaryPath()));
            const QString title = settings.title.isEmpty() ? t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Parcel check report")) : settings.title;
            QPainter painter;
            if (!beginDocument(writer, painter, settings, title)) {
                outcome.message = path + QStringLiteral(": cannot write the PDF");
                return outcome;
            }
            const QRectF area = pageArea(writer);
            const Page page{&writer, &painter, area, zh};

            // Lay out the table first, so that every page can say "page x of y".
            struct Column {
                QString header;
                double width;  // share of the page width
            };
            const std::vector<Column> columns = {{t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Parcel")), 0.11}, {t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Industry")), 0.13},
                                                 {t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Zone")), 0.10},      {t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Inside")), 0.06},
                                                 {t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Verdict")), 0.07},   {t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Land use")), 0.09},
                                                 {t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Constraints")), 0.12}, {t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Reason")), 0.32}};
            const QFont cellFont = pdfFont(7);
            const QFontMetricsF metrics(cellFont, &writer);  // the PDF's resolution, not the screen's
            const double padding = 1.2 * kMillimetre;
            const double headerHeight = metrics.height() + 2 * padding;
            const double tableTop = area.top() + 12 * kMillimetre;
            const double tableBottom = area.bottom() - 8 * kMillimetre;
            const core::Wording words(settings.language);
            auto cells = [&](const core::ParcelResult& r) {
                const QString place = content.zones ? words.placeName(*content.zones, r.zoneId, r.subareaId)
                                                    : QString::fromStdString(r.zoneId + (r.subareaId.empty() ? "" : "/" + r.subareaId));
                return QStringList{QString::fromStdString(r.parcelId), QString::fromStdString(r.industry), place,
                                   QStringLiteral("%1%").arg(r.insideRatio * 100, 0, 'f', 1), words.verdict(r.verdict),
                                   landUseCell(r, words), words.constraintHits(r.constraintHits), QString::fromStdString(r.reason)};
            };
            std::vector<double> rowHeights(parcels.size());
            std::vector<int> pageBreaks{0};  // first row of each table page
            double y = tableTop + headerHeight;
            for (std::size_t i = 0; i < parcels.size(); ++i) {
                const QStringList values = cells(parcels[i].result);
                double height = 0;
                for (int c = 0; c < static_cast<int>(columns.size()); ++c) {
                    const double width = columns[static_cast<std::size_t>(c)].width * area.width() - 2 * padding;
                    height = std::max(height, metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, values[c]).height());
                }
                rowHeights[i] = height + 2 * padding;
                if (y + rowHeights[i] > tableBottom) {
                    pageBreaks.push_back(static_cast<int>(i));
                    y = tableTop + headerHeight;
                }
                y += rowHeights[i];
            }
            const int tablePages = parcels.empty() ? 0 : static_cast<int>(pageBreaks.size());
            const int totalPages = 2 + tablePages;
            auto footer = [&](int pageNumber) {
                drawFooter(page, disclaimer(zh), t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Page %1 of %2")).arg(pageNumber).arg(totalPages));
            };

            // Page 1: the cover and summary.
            drawTitle(painter, area, title, t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Guangzhou AI and Digital Economy Pilot Zone")));
            painter.setFont(pdfFont(9));
            painter.setPen(QColor(20, 20, 20));
            QString cover;
            auto line = [&cover](const QString& label, const QString& value) { cover += label + QStringLiteral("  ") + value + QStringLiteral("\n"); };
            line(t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Input:")), content.source);
            line(t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Layer:")), content.layer);
            line(t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Coordinates:")), content.crs);
            if (content.zones)
                line(t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Zone set:")), QString::fromStdString(content.zones->info().label()));
            line(t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Rules:")), t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "inside when at least %1 of the parcel lies in the zone; the industry must be designated there"))
                                               .arg(QStringLiteral("%1%").arg(content.minInside * 100, 0, 'f', 0)));
            line(t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Checked at:")), content.checkedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
            line(t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Input checksum (SHA-256):")), content.checksum.isEmpty() ? t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "n/a (a database)")) : content.checksum);
            line(t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Parcels:")), QStringLiteral("%L1").arg(content.summary.total));
            painter.drawText(QRectF(area.left(), area.top() + 20 * kMillimetre, area.width(), 50 * kMillimetre),
                             Qt::TextWordWrap, cover);
            auto count = [](const auto& map, const auto& key) -> std::int64_t {
                const auto it = map.find(key);
                return it == map.end() ? 0 : it->second;
            };
            std::vector<std::tuple<QColor, QString, std::int64_t>> verdictRows;
            for (const core::Verdict verdict : {core::Verdict::Pass, core::Verdict::Review, core::Verdict::Fail, core::Verdict::Error})
                verdictRows.emplace_back(verdictColour(verdict), words.verdict(verdict), count(content.summary.byVerdict, verdict));
            std::vector<std::tuple<QColor, QString, std::int64_t>> zoneRows;
            for (const auto& zone : scene.zones)
                zoneRows.emplace_back(zone.colour, zh ? zone.nameZh : zone.nameEn, count(content.summary.byZone, zone.zoneId));
            zoneRows.emplace_back(QColor(), t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "outside every zone")), count(content.summary.byZone, std::string()));
            const double tablesTop = area.top() + 72 * kMillimetre;
            const double firstRow = std::max(
                drawCountTable(page, QPointF(area.left(), tablesTop), t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Verdicts")), verdictRows, content.summary.total),
                drawCountTable(page, QPointF(area.left() + area.width() / 2, tablesTop), t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Zones")), zoneRows,
                               content.summary.total));
            // Land use and constraint lines (SPEC 4.1, 4.2), when the check had them.
            if (const CountRows rows = landUseCountRows(content.summary, settings.language); !rows.empty())
                drawCountTable(page, QPointF(area.left(), tablesTop + firstRow + 6 * kMillimetre), t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Land use")), rows, content.summary.total);
            if (const CountRows rows = conflictCountRows(content.summary, parcels, settings.language); !rows.empty())
                drawCountTable(page, QPointF(area.left() + area.width() / 2, tablesTop + firstRow + 6 * kMillimetre), t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Constraint lines")), rows, content.summary.total);
            footer(1);

            // Page 2: the map of the checked parcels.
            writer.newPage();
            drawTitle(painter, area, t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Map of the checked parcels")), content.source);
            const auto [frame, panel] = mapLayout(area, settings.orientation);
            gis::Envelope extent = scene.parcelLayers.empty() ? scene.extent() : scene.parcelLayers.back()->extent();
            extent.expandToInclude(scene.extent());
            RenderSettings layers;
            layers.language = settings.language;
            const MapDrawn drawn = drawMapPage(page, frame, panel, scene, extent, 0.0, layers, settings.basemap.get(), false, cancel);
            noteBasemap(outcome, drawn, settings);
            outcome.scaleDenominator = drawn.scaleDenominator;
            outcome.scaleBar = drawn.bar;
            footer(2);
            if (progress)
                progress(20);

            // Pages 3...: the table, its header on every page.
            for (int pageIndex = 0; pageIndex < tablePages; ++pageIndex) {
                if (isCancelled(cancel) || !drawn.complete) {
                    painter.end();
                    outcome.status = ExportStatus::Cancelled;
                    return outcome;
                }
                writer.newPage();
                painter.setFont(pdfFont(11, true));
                painter.setPen(QColor(20, 20, 20));
                painter.drawText(QRectF(area.left(), area.top(), area.width(), 9 * kMillimetre), Qt::AlignLeft | Qt::AlignVCenter,
                                 t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Parcels checked")));
                double x = area.left();
                painter.fillRect(QRectF(area.left(), tableTop, area.width(), headerHeight), QColor(225, 230, 238));
                painter.setFont(pdfFont(7, true));
                for (const auto& column : columns) {
                    painter.drawText(QRectF(x + padding, tableTop + padding, column.width * area.width() - 2 * padding, headerHeight),
                                     Qt::AlignLeft, column.header);
                    x += column.width * area.width();
                }
                painter.setFont(cellFont);
                double rowTop = tableTop + headerHeight;
                const int first = pageBreaks[static_cast<std::size_t>(pageIndex)];
                const int last = pageIndex + 1 < tablePages ? pageBreaks[static_cast<std::size_t>(pageIndex) + 1]
                                                            : static_cast<int>(parcels.size());
                for (int row = first; row < last; ++row) {
                    const auto& result = parcels[static_cast<std::size_t>(row)].result;
                    const QStringList values = cells(result);
                    const double height = rowHeights[static_cast<std::size_t>(row)];
                    if ((row - first) % 2 == 1)
                        painter.fillRect(QRectF(area.left(), rowTop, area.width(), height), QColor(246, 247, 249));
                    x = area.left();
                    for (int c = 0; c < static_cast<int>(columns.size()); ++c) {
                        const double width = columns[static_cast<std::size_t>(c)].width * area.width();
                        painter.setPen(c == 4 ? verdictColour(result.verdict).darker(130) : QColor(20, 20, 20));
                        painter.drawText(QRectF(x + padding, rowTop + padding, width - 2 * padding, height), Qt::TextWordWrap, values[c]);
                        x += width;
                    }
                    rowTop += height;
                }
                footer(3 + pageIndex);
                if (progress)
                    progress(20 + 80 * (pageIndex + 1) / std::max(1, tablePages));
            }
            painter.end();
            outcome.pages = totalPages;
        }
        output.commit();
        outcome.status = ExportStatus::Written;
    } catch (const gis::Error& error) {
        outcome.message = QString::fromUtf8(error.what());
    }
    return outcome;
}

}  // namespace pearlzone::render
