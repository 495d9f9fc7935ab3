#include "render/change_pdf_export.h"

#include "core/pilot_zone_data.h"
#include "core/wording.h"
#include "gis/error.h"
#include "render/map_scene.h"
#include "render/map_style.h"
#include "render/pdf_pages.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>

#include <memory>

namespace pearlzone::render {

namespace {

constexpr int kDotsPerInch = 300;
constexpr double kMm = kDotsPerInch / 25.4;  // device units per millimetre
const QColor kNewBoundary(200, 30, 30);

QString qs(const std::string& text) { return QString::fromStdString(text); }

core::Language languageOf(bool zh) { return zh ? core::Language::Chinese : core::Language::English; }

// Words through the one wording layer (core::Wording), the PDFs' own in context PdfText.
QString words(bool zh, const char* english) { return pdfText(zh, english); }

QString zoneName(const core::PilotZoneData& data, const std::string& zoneId, bool zh)
{
    if (zoneId.empty())
        return words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "none"));
    return core::Wording(languageOf(zh)).zoneName(data.zones, zoneId);
}

QString verdictName(core::Verdict verdict, bool zh) { return core::Wording(languageOf(zh)).verdict(verdict); }

// One text block of lines, in the body font; returns its height.
double drawLines(QPainter& p, const QRectF& box, const QStringList& lines, double points = 9, bool bold = false)
{
    p.save();
    p.setFont(pdfFont(points, bold));
    p.setPen(QColor(20, 20, 20));
    const QString text = lines.join(QLatin1Char('\n'));
    const QRectF used = p.boundingRect(box, Qt::TextWordWrap, text);
    p.drawText(box, Qt::TextWordWrap, text);
    p.restore();
    return used.height();
}

void drawPageFooter(QPainter& p, const QRectF& area, int page, int pages, bool zh)
{
    p.save();
    p.setFont(pdfFont(6.5));
    p.setPen(QColor(90, 90, 90));
    const QRectF band(area.left(), area.bottom() - 6 * kMm, area.width(), 6 * kMm);
    p.drawText(band, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("Pearlzone"));
    p.drawText(band, Qt::AlignRight | Qt::AlignVCenter, words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Page %1 of %2")).arg(page).arg(pages));
    p.restore();
}

// The map: the old zones filled, the new ones dashed on top, the changed parcels coloured by
// their new verdict; a legend on the right.
bool drawChangeMap(QPainter& p, const QRectF& frame, const QRectF& legend, const core::PilotZoneData& from,
                   const core::PilotZoneData& to, const std::vector<core::ChangedParcel>& changed, bool zh,
                   const std::atomic<bool>* cancel)
{
    MapScene scene = sceneFromData(from);
    scene.subareas.clear();
    std::vector<ParcelShape> shapes;
    for (const auto& parcel : changed)
        shapes.push_back(parcelShape(parcel.wkb, parcel.to.verdict));
    scene.parcelLayers.push_back(std::make_shared<ParcelLayer>(words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Changed parcels")), std::move(shapes)));
    const MapScene newer = sceneFromData(to);
    gis::Envelope extent = scene.extent();
    extent.expandToInclude(newer.extent());
    const MapView view = MapView::fitting(extent, frame.size(), 0.03);

    p.save();
    p.translate(frame.topLeft());
    p.setClipRect(QRectF(QPointF(0, 0), frame.size()));
    RenderSettings settings;
    settings.language = zh ? LabelLanguage::Chinese : LabelLanguage::English;
    settings.showSubareas = false;
    const bool complete = renderMap(p, view, scene, settings, cancel);
    p.setTransform(view.worldToScreen(), true);
    QPen dashed(kNewBoundary, 0.5 * kMm, Qt::DashLine);
    dashed.setCosmetic(true);
    p.setPen(dashed);
    p.setBrush(Qt::NoBrush);
    for (const auto& zone : newer.zones)
        p.drawPath(zone.path);
    p.restore();
    p.save();
    p.translate(frame.topLeft());
    const ScaleBar bar = niceScaleBar(view.metresPerPixel(), 40 * kMm);
    p.fillRect(QRectF(3 * kMm, frame.height() - 14 * kMm, bar.pixels + 14 * kMm, 11 * kMm), QColor(255, 255, 255, 220));
    drawScaleBar(p, bar, QPointF(7 * kMm, frame.height() - 6 * kMm), kDotsPerInch / 96.0);
    drawNorthArrow(p, QPointF(frame.width() - 10 * kMm, 4 * kMm), 14 * kMm);
    p.restore();
    p.setPen(QPen(QColor(40, 40, 40), 0.35 * kMm));
    p.setBrush(Qt::NoBrush);
    p.drawRect(frame);

    // The legend: old zones, the new boundary, the new verdicts present.
    double y = legend.top();
    auto entry = [&](const QBrush& fill, const QPen& outline, const QString& text) {
        p.save();
        p.setPen(outline);
        p.setBrush(fill);
        p.drawRect(QRectF(legend.left(), y, 6 * kMm, 4 * kMm));
        p.restore();
        y += drawLines(p, QRectF(legend.left() + 8 * kMm, y - 0.5 * kMm, legend.width() - 8 * kMm, 20 * kMm), {text}, 8) +
             2 * kMm;
    };
    y += drawLines(p, legend, {words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Legend"))}, 10, true) + 2 * kMm;
    for (const auto& zone : scene.zones) {
        QColor fill = zone.colour;
        fill.setAlpha(60);
        entry(fill, QPen(zone.colour.darker(120), 0.3 * kMm), words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Old boundary: ")) + (zh ? zone.nameZh : zone.nameEn));
    }
    entry(Qt::NoBrush, QPen(kNewBoundary, 0.4 * kMm, Qt::DashLine),
          words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "New boundary: ")) + qs(to.zones.info().label()));
    for (core::Verdict verdict : {core::Verdict::Pass, core::Verdict::Review, core::Verdict::Fail, core::Verdict::Error}) {
        const bool present =
            std::any_of(changed.begin(), changed.end(), [verdict](const core::ChangedParcel& c) { return c.to.verdict == verdict; });
        if (present)
            entry(verdictColour(verdict), QPen(verdictColour(verdict).darker(140), 0.3 * kMm),
                  words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Changed parcel (new verdict): ")) + verdictName(verdict, zh));
    }
    return complete;
}

}  // namespace

ExportOutcome exportChangesPdf(const QString& path, const core::PilotZoneData& from, const core::PilotZoneData& to,
                               const ChangesPdfContent& content, const PdfPageSettings& settings,
                               const ExportProgress& progress, const std::atomic<bool>* cancel)
{
    const bool zh = settings.language == LabelLanguage::Chinese;
    const std::vector<core::ChangedParcel> none;
    const auto& changed = content.changed ? *content.changed : none;
    const QString title = settings.title.isEmpty() ? words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Zone set comparison")) : settings.title;
    return pdf::writeAtomicPdf(path, settings, title, [&](QPdfWriter& writer, QPainter& p, ExportOutcome& outcome) {
        const QRectF area = QRectF(0, 0, writer.width(), writer.height()).adjusted(12 * kMm, 12 * kMm, -12 * kMm, -12 * kMm);

        // The table's rows and pages first, so that every page can say "page x of y".
        const std::vector<std::pair<QString, double>> columns = {
            {words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Parcel")), 0.12},        {words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Industry")), 0.12},
            {words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Zone (old → new)")), 0.18}, {words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Inside")), 0.10},
            {words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Verdict")), 0.10},           {words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "What changed")), 0.38}};
        auto cells = [&](const core::ChangedParcel& c) {
            return QStringList{qs(c.from.parcelId), qs(c.from.industry),
                               zoneName(from, c.from.zoneId, zh) + QStringLiteral(" → ") + zoneName(to, c.to.zoneId, zh),
                               QStringLiteral("%1 → %2").arg(c.from.insideRatio, 0, 'f', 2).arg(c.to.insideRatio, 0, 'f', 2),
                               verdictName(c.from.verdict, zh) + QStringLiteral(" → ") + verdictName(c.to.verdict, zh),
                               qs(c.sentence)};
        };
        const QFont cellFont = pdfFont(7);
        const QFontMetricsF metrics(cellFont, &writer);
        const double padding = 1.2 * kMm;
        const double tableTop = area.top() + 12 * kMm;
        const double tableBottom = area.bottom() - 8 * kMm;
        const double headerHeight = metrics.height() + 2 * padding;
        std::vector<double> heights(changed.size());
        std::vector<std::size_t> pageStarts{0};
        double y = tableTop + headerHeight;
        for (std::size_t i = 0; i < changed.size(); ++i) {
            const QStringList values = cells(changed[i]);
            double height = 0;
            for (std::size_t c = 0; c < columns.size(); ++c) {
                const QRectF box(0, 0, columns[c].second * area.width() - 2 * padding, 1e6);
                height = std::max(height, metrics.boundingRect(box, Qt::TextWordWrap, values[static_cast<int>(c)]).height());
            }
            heights[i] = height + 2 * padding;
            if (y + heights[i] > tableBottom) {
                pageStarts.push_back(i);
                y = tableTop + headerHeight;
            }
            y += heights[i];
        }
        const int tablePages = changed.empty() ? 0 : static_cast<int>(pageStarts.size());
        const int pages = 2 + tablePages;

        // Page 1: what was compared, and the changes counted.
        drawLines(p, area, {title}, 15, true);
        const auto& s = content.summary;
        QStringList cover = {
            words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Input: ")) + content.source + QStringLiteral("  (") + content.layer + QStringLiteral(", ") +
                content.crs + QStringLiteral(")"),
            words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Old zone set: ")) + qs(from.zones.info().label()) + QStringLiteral("  ") + qs(from.zones.source()),
            words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "New zone set: ")) + qs(to.zones.info().label()) + QStringLiteral("  ") + qs(to.zones.source()),
            words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Rules: inside when at least %1 of the parcel lies in the zone"))
                .arg(QStringLiteral("%1%").arg(content.minInside * 100, 0, 'f', 0)),
            words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Compared at: ")) + content.comparedAt.toString(Qt::ISODate),
            words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Input checksum (SHA-256): ")) +
                (content.checksum.isEmpty() ? words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "n/a (a database)")) : content.checksum),
            words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "%1 parcels compared, %2 changed.")).arg(s.total).arg(s.changed)};
        double top = area.top() + 14 * kMm;
        top += drawLines(p, QRectF(area.left(), top, area.width(), 60 * kMm), cover) + 6 * kMm;
        QStringList kinds = {words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Changes by kind"))};
        const std::pair<core::ChangeKind, QString> kindNames[] = {
            {core::ChangeKind::Zone, words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "zone"))},
            {core::ChangeKind::Subarea, words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "sub-area"))},
            {core::ChangeKind::Location, words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "location"))},
            {core::ChangeKind::Verdict, words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "verdict"))}};
        for (const auto& [kind, name] : kindNames) {
            const auto it = s.byKind.find(kind);
            kinds << QStringLiteral("  %1  %L2").arg(name).arg(it == s.byKind.end() ? 0 : it->second);
        }
        QStringList moves = {words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Zone moves"))};
        for (const auto& [move, count] : s.byZoneMove)
            moves << QStringLiteral("  %1 → %2  %L3").arg(zoneName(from, move.first, zh), zoneName(to, move.second, zh)).arg(count);
        moves << QString() << words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Verdict moves"));
        for (const auto& [move, count] : s.byVerdictMove)
            moves << QStringLiteral("  %1 → %2  %L3").arg(verdictName(move.first, zh), verdictName(move.second, zh)).arg(count);
        drawLines(p, QRectF(area.left(), top, area.width() * 0.4, area.bottom() - top), kinds);
        drawLines(p, QRectF(area.left() + area.width() * 0.45, top, area.width() * 0.55, area.bottom() - top), moves);
        drawPageFooter(p, area, 1, pages, zh);

        // Page 2: the map.
        writer.newPage();
        drawLines(p, area, {words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Map of the changed parcels"))}, 13, true);
        const double legendWidth = 62 * kMm;
        const QRectF frame(area.left(), area.top() + 12 * kMm, area.width() - legendWidth - 6 * kMm, area.height() - 22 * kMm);
        const QRectF legend(frame.right() + 6 * kMm, frame.top(), legendWidth, frame.height());
        const bool complete = drawChangeMap(p, frame, legend, from, to, changed, zh, cancel);
        drawPageFooter(p, area, 2, pages, zh);
        if (progress)
            progress(20);

        // Pages 3...: the changed parcels, the header on every page.
        for (int pageIndex = 0; pageIndex < tablePages; ++pageIndex) {
            if (!complete || (cancel && cancel->load()))
                return false;
            writer.newPage();
            drawLines(p, area, {words(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "The changed parcels"))}, 11, true);
            p.fillRect(QRectF(area.left(), tableTop, area.width(), headerHeight), QColor(225, 230, 238));
            double x = area.left();
            for (const auto& [header, share] : columns) {
                drawLines(p, QRectF(x + padding, tableTop + padding, share * area.width() - 2 * padding, headerHeight), {header}, 7, true);
                x += share * area.width();
            }
            p.setFont(cellFont);
            double rowTop = tableTop + headerHeight;
            const std::size_t first = pageStarts[static_cast<std::size_t>(pageIndex)];
            const std::size_t last =
                pageIndex + 1 < tablePages ? pageStarts[static_cast<std::size_t>(pageIndex) + 1] : changed.size();
            for (std::size_t row = first; row < last; ++row) {
                const QStringList values = cells(changed[row]);
                if ((row - first) % 2 == 1)
                    p.fillRect(QRectF(area.left(), rowTop, area.width(), heights[row]), QColor(246, 247, 249));
                x = area.left();
                for (std::size_t c = 0; c < columns.size(); ++c) {
                    const double width = columns[c].second * area.width();
                    p.setPen(c == 4 ? verdictColour(changed[row].to.verdict).darker(130) : QColor(20, 20, 20));
                    p.drawText(QRectF(x + padding, rowTop + padding, width - 2 * padding, heights[row]), Qt::TextWordWrap,
                               values[static_cast<int>(c)]);
                    x += width;
                }
                rowTop += heights[row];
            }
            drawPageFooter(p, area, 3 + pageIndex, pages, zh);
            if (progress)
                progress(20 + 80 * (pageIndex + 1) / tablePages);
        }
        outcome.pages = pages;
        return complete;
    });
}

}  // namespace pearlzone::render
