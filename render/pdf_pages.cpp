#include "render/pdf_pages.h"

#include "core/atomic_output.h"
#include "core/wording.h"
#include "gis/error.h"
#include "render/constraint_layer.h"
#include "render/map_style.h"

#include <QDate>
#include <QFontMetricsF>

#include <cmath>

namespace pearlzone::render::pdf {

bool isCancelled(const std::atomic<bool>* cancel) { return cancel && cancel->load(); }

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

double mapScale(const gis::Envelope& extent, QSizeF frame)
{
    const double fitMpp = MapView::fitting(extent, frame, 0.02).metresPerPixel();
    return roundScale(fitMpp * kDotsPerInch / kMetresPerInch);
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

namespace {

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

}  // namespace

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
    drawn.scaleDenominator = fixedScale > 0 ? fixedScale : mapScale(extent, frame.size());
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
        for (std::size_t i = 0; i < layer->size(); ++i) {
            const auto verdict = layer->verdict(i);
            present[verdict ? static_cast<int>(*verdict) : 4] = true;
        }
    }
    if (layers.dots) {
        for (std::size_t slot = 0; slot < layers.dots->bySlot.size(); ++slot)
            present[slot] = present[slot] || !layers.dots->bySlot[slot].empty() || !layers.dots->crowdBoxes[slot].empty() ||
                            layers.dots->imageSlots[slot];
    }
    const std::pair<core::Verdict, QString> verdicts[] = {{core::Verdict::Pass, t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Pass"))},
                                                          {core::Verdict::Review, t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Review"))},
                                                          {core::Verdict::Fail, t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Fail"))},
                                                          {core::Verdict::Error, t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Error"))}};
    for (const auto& [verdict, label] : verdicts) {
        if (!present[static_cast<int>(verdict)])
            continue;
        y += legendRow(p, QPointF(panel.left(), y), panel.width(), parcelFill(verdict), parcelOutline(verdict),
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


ExportOutcome writeAtomicPdf(const QString& path, const PdfPageSettings& settings, const QString& title, const PdfBody& body)
{
    ExportOutcome outcome;
    try {
        core::AtomicOutput output(path.toStdString());
        {
            QPdfWriter writer(QString::fromStdString(output.temporaryPath()));
            QPainter painter;
            if (!beginDocument(writer, painter, settings, title)) {
                outcome.message = path + QStringLiteral(": cannot write the PDF");
                return outcome;
            }
            const bool complete = body(writer, painter, outcome);
            painter.end();
            if (!complete) {
                outcome.status = ExportStatus::Cancelled;
                return outcome;  // the temporary file goes with output
            }
        }
        output.commit();
        outcome.status = ExportStatus::Written;
    } catch (const gis::Error& error) {
        outcome.status = ExportStatus::Failed;
        outcome.message = QString::fromUtf8(error.what());
    }
    return outcome;
}

}  // namespace pearlzone::render::pdf
