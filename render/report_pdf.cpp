#include "render/report_pdf.h"

#include "core/table_reasons.h"
#include "core/wording.h"
#include "core/zone_set.h"
#include "gis/planar_ring.h"
#include "render/map_style.h"
#include "render/pdf_pages.h"
#include "render/pdf_parts.h"
#include "render/report_counts.h"
#include "render/report_maps.h"
#include "render/report_table.h"
#include "render/report_table_drawer.h"
#include "render/report_table_pages.h"

#include <QBuffer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <tuple>

namespace pearlzone::render {

using namespace pdf;

namespace {

constexpr int kOutsideGroup = 1000;  // after the zones
constexpr int kErrorGroup = 1001;    // errors in no zone, last
// A table group's place in the report: zone order, sub-area order (-1: none), ids.
using GroupKey = std::tuple<int, int, std::string, std::string>;


}  // namespace

struct ReportPdfStream::State {
    State(const MapScene& scene, const core::ZoneSet* zoneSet, const PdfPageSettings& page, const core::TableReasons* tableReasons)
        : background(scene), zones(zoneSet), reasons(tableReasons), settings(page), zh(page.language == LabelLanguage::Chinese),
          words(page.language), metricsWriter(&metricsBuffer), area(pageAreaOf(metricsWriter, page)),
          layout(metricsWriter, area, zh, !scene.constraintLayers.empty()), frame(mapLayout(area, settings.orientation).first),
          overview(overviewDotSize(scene, frame)), zoneMaps(scene, frame.size())
    {}

    // Below 4 pixels at the scale that fits the zones a parcel is a dot on the overview: its
    // extent holds the zones, so its scale is never larger.
    static double overviewDotSize(const MapScene& scene, const QRectF& frame)
    {
        const gis::Envelope zonesBox = scene.extent();
        return zonesBox.isEmpty() ? 0.0 : kDotPixels * MapView::fitting(zonesBox, frame.size(), 0.02).metresPerPixel();
    }

    static QRectF pageAreaOf(QPdfWriter& writer, const PdfPageSettings& page)
    {
        writer.setResolution(kDotsPerInch);
        writer.setPageLayout(QPageLayout(QPageSize(page.paper), page.orientation, QMarginsF(0, 0, 0, 0)));
        return pageArea(writer);
    }

    GroupKey keyOf(const core::ParcelResult& r) const
    {
        if (r.zoneId.empty())
            return {r.verdict == core::Verdict::Error ? kErrorGroup : kOutsideGroup, -1, {}, {}};
        int zoneOrder = kOutsideGroup - 1;
        for (std::size_t i = 0; i < background.zones.size(); ++i) {
            if (background.zones[i].zoneId == r.zoneId)
                zoneOrder = static_cast<int>(i);
        }
        int subOrder = r.subareaId.empty() ? -1 : std::numeric_limits<int>::max();
        for (std::size_t i = 0; i < background.subareas.size() && !r.subareaId.empty(); ++i) {
            if (background.subareas[i].zoneId == r.zoneId && background.subareas[i].subareaId == r.subareaId)
                subOrder = static_cast<int>(i);
        }
        return {zoneOrder, subOrder, r.zoneId, r.subareaId};
    }

    QString titleOf(const GroupKey& key) const
    {
        const auto& [zoneOrder, subOrder, zoneId, subareaId] = key;
        if (zoneOrder == kOutsideGroup)
            return t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Outside every zone"));
        if (zoneOrder == kErrorGroup)
            return t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Errors (no zone)"));
        return zones ? words.placeName(*zones, zoneId, subareaId)
                     : QString::fromStdString(zoneId + (subareaId.empty() ? "" : "/" + subareaId));
    }

    // A bookmark per group; a zone's sub-areas under the zone's own bookmark.
    void groupOutline(std::vector<OutlineEntry>& outline, const std::vector<int>& firstPage) const
    {
        auto counted = [](const QString& title, std::int64_t rows) { return title + QStringLiteral(" (%L1)").arg(rows); };
        std::size_t index = 0;
        for (auto it = groups.begin(); it != groups.end();) {
            const auto& [zoneOrder, subOrder, zoneId, subareaId] = it->first;
            auto end = std::next(it);
            std::int64_t rows = it->second.rows;
            bool subareas = subOrder >= 0;
            for (; end != groups.end() && std::get<2>(end->first) == zoneId && zoneOrder < kOutsideGroup; ++end) {
                rows += end->second.rows;
                subareas = subareas || std::get<1>(end->first) >= 0;
            }
            if (subareas)
                outline.push_back({counted(titleOf({zoneOrder, -1, zoneId, {}}), rows), firstPage[index], 0});
            for (; it != end; ++it, ++index)
                outline.push_back({counted(it->second.title, it->second.rows), firstPage[index], subareas ? 1 : 0});
        }
    }

    void append(const core::ParcelResult& result)
    {
        const GroupKey key = keyOf(result);
        TableGroup& group = groups[key];
        if (!group.spool) {
            group.title = titleOf(key);
            group.spool = std::make_unique<RowSpool>();
        }
        group.spool->append(layout.row(result, words, reasons, group.notes));
        ++group.rows;
        ++listed;
    }

    // Each group's first-page block, now that its notes are known, and the table's pages.
    void paginate(std::vector<TablePage>& pages, std::vector<const TableGroup*>& order)
    {
        for (auto& [key, group] : groups) {
            std::vector<core::PlaceGuideline> place;
            if (reasons && std::get<0>(key) < kOutsideGroup)
                place = reasons->guidelines(std::get<2>(key), std::get<3>(key));
            group.guidelines = layout.guidelines(place, group.notes, words.language());
            render::paginate(order.size(), group, layout, pages);
            order.push_back(&group);
        }
    }

    // Once every page is written: what only drawing them needed, before the parts are joined.
    void releaseDrawn()
    {
        groups.clear();
        overview = PageParcels(0.0);
        zoneMaps = ZoneMaps(background, QSizeF());
    }

    const MapScene& background;
    const core::ZoneSet* zones;
    const core::TableReasons* reasons;
    PdfPageSettings settings;
    bool zh;
    core::Wording words;
    QBuffer metricsBuffer;      // a PDF that is never written: fonts measured at its resolution
    QPdfWriter metricsWriter;
    QRectF area;
    ReportTableLayout layout;
    std::map<GroupKey, TableGroup> groups;
    QRectF frame;  // of a map page
    PageParcels overview;
    ZoneMaps zoneMaps;
    gis::Envelope parcelsExtent;
    gis::PlanarRing wkbRing;  // reused by write
    std::map<std::string, std::int64_t> outsideByNearest;
    std::int64_t listed = 0;
};

ReportPdfStream::ReportPdfStream(const MapScene& background, const core::ZoneSet* zones, const PdfPageSettings& settings,
                                 const core::TableReasons* reasons)
    : state_(std::make_unique<State>(background, zones, settings, reasons))
{
}

ReportPdfStream::~ReportPdfStream() = default;

std::int64_t ReportPdfStream::listed() const { return state_->listed; }

void ReportPdfStream::write(const std::vector<core::CheckedParcel>& parcels)
{
    // A parcel of one ring (nearly all) straight from its WKB; any other as the map reads it.
    gis::PlanarRing& ring = state_->wkbRing;
    for (const auto& parcel : parcels) {
        if (!gis::decodeSingleRingPolygon(parcel.wkb.data(), parcel.wkb.size(), ring)) {
            add(parcel.result, parcelShape(parcel.wkb, parcel.result.verdict));
            continue;
        }
        ParcelShape shape;
        QPolygonF points(static_cast<qsizetype>(ring.pointCount()));
        gis::Envelope& box = shape.box;
        box = {ring.x(0), ring.y(0), ring.x(0), ring.y(0)};
        for (std::size_t i = 0; i < ring.pointCount(); ++i) {
            points[static_cast<qsizetype>(i)] = QPointF(ring.x(i), ring.y(i));
            box.expandToInclude(ring.x(i), ring.y(i));
        }
        shape.rings.push_back(std::move(points));
        shape.point = QPointF(0.5 * (box.minX + box.maxX), 0.5 * (box.minY + box.maxY));
        shape.verdict = parcel.result.verdict;
        add(parcel.result, shape);
    }
}

void ReportPdfStream::add(const core::ParcelResult& result, const ParcelShape& shape)
{
    State& s = *state_;
    if (!shape.box.isEmpty()) {
        s.parcelsExtent.expandToInclude(shape.box);
        s.overview.add(shape, result.verdict);
        s.zoneMaps.add(result, shape);
        if (result.location == core::Location::Outside)
            ++s.outsideByNearest[result.nearestZoneId];  // the check's own, as its reason names it
    }
    if (listsParcel(s.settings.rows, result))
        s.append(result);
}

namespace {


std::int64_t countOf(const std::map<std::string, std::int64_t>& counts, const std::string& key)
{
    const auto it = counts.find(key);
    return it == counts.end() ? 0 : it->second;
}

// What the table lists and how many parcels it leaves out, in a sentence for the cover.
QString listedSentence(bool zh, PdfRows rows, std::int64_t listed, std::int64_t total)
{
    switch (rows) {
    case PdfRows::All:
        return t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "The table lists every parcel (%L1), by zone and sub-area.")).arg(listed);
    case PdfRows::None:
        return t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "No table of parcels (--pdf-rows none): %L1 parcels are not listed.")).arg(total);
    case PdfRows::Attention:
        break;
    }
    return t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText",
                                   "The table lists the %L1 parcels that need a planner (in or partly in a zone and not passed, and "
                                   "every error), by zone and sub-area; %L2 parcels are not listed (passed, or outside every zone)."))
        .arg(listed)
        .arg(total - listed);
}

void drawCover(const Page& page, const QString& title, const core::CheckReportContents& content, const MapScene& scene,
               const core::Wording& words, const QString& listed, const std::map<std::string, std::int64_t>& outsideByNearest)
{
    const bool zh = page.zh;
    QPainter& painter = *page.painter;
    const QRectF& area = page.area;
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
    line(t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Rules:")),
         t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "inside when at least %1 of the parcel lies in the zone; the industry must be designated there"))
             .arg(QStringLiteral("%1%").arg(content.minInside * 100, 0, 'f', 0)));
    line(t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Checked at:")), content.checkedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    line(t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Input checksum (SHA-256):")),
         content.checksum.isEmpty() ? t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "n/a (a database)")) : content.checksum);
    line(t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Parcels:")), QStringLiteral("%L1").arg(content.summary.total));
    cover += listed;
    painter.drawText(QRectF(area.left(), area.top() + 20 * kMillimetre, area.width(), 55 * kMillimetre), Qt::TextWordWrap, cover);

    const auto& summary = content.summary;
    CountRows verdictRows;
    for (const core::Verdict verdict : {core::Verdict::Pass, core::Verdict::Review, core::Verdict::Fail, core::Verdict::Error}) {
        const auto it = summary.byVerdict.find(verdict);
        verdictRows.emplace_back(verdictColour(verdict), words.verdict(verdict), it == summary.byVerdict.end() ? 0 : it->second);
    }
    CountRows zoneRows;
    CountRows nearestRows;
    std::int64_t outside = 0;
    for (const auto& zone : scene.zones) {
        zoneRows.emplace_back(zone.colour, zh ? zone.nameZh : zone.nameEn, countOf(summary.byZone, zone.zoneId));
        nearestRows.emplace_back(zone.colour, zh ? zone.nameZh : zone.nameEn, countOf(outsideByNearest, zone.zoneId));
        outside += countOf(outsideByNearest, zone.zoneId);
    }
    zoneRows.emplace_back(QColor(), t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "outside every zone")), countOf(summary.byZone, std::string()));
    const double tablesTop = area.top() + 78 * kMillimetre;
    double left = tablesTop + drawCountTable(page, QPointF(area.left(), tablesTop),
                                             t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Verdicts")), verdictRows, summary.total);
    // Land use and constraint lines (SPEC 4.1, 4.2), when the check had them.
    if (const CountRows rows = landUseCountRows(summary, words.language()); !rows.empty())
        left += 5 * kMillimetre + drawCountTable(page, QPointF(area.left(), left + 5 * kMillimetre),
                                                 t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Land use")), rows, summary.total);
    if (const CountRows rows = conflictCountRows(summary, words.language()); !rows.empty())
        drawCountTable(page, QPointF(area.left(), left + 5 * kMillimetre),
                       t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Constraint lines")), rows, summary.total);
    const double right = area.left() + area.width() / 2;
    const double zonesHeight = drawCountTable(page, QPointF(right, tablesTop), t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Zones")),
                                              zoneRows, summary.total);
    if (outside > 0)
        drawCountTable(page, QPointF(right, tablesTop + zonesHeight + 5 * kMillimetre),
                       t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Outside every zone, by nearest zone")), nearestRows, outside);
}

}  // namespace

ExportOutcome ReportPdfStream::finish(const QString& path, const core::CheckReportContents& content, const ExportProgress& progress,
                                      const std::atomic<bool>* cancel)
{
    State& s = *state_;
    const bool zh = s.zh;
    const QString title = s.settings.title.isEmpty() ? t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Parcel check report")) : s.settings.title;
    // Page numbers are known before a page is written.
    std::vector<TablePage> tablePages;
    std::vector<const TableGroup*> tableGroups;
    s.paginate(tablePages, tableGroups);
    const double contentsLine = 7 * kMillimetre;
    const int linesPerContentsPage = std::max(1, static_cast<int>((s.area.height() - 30 * kMillimetre) / contentsLine));
    const int groupCount = static_cast<int>(s.groups.size());
    const int contentsPages = (groupCount + linesPerContentsPage - 1) / linesPerContentsPage;
    const int mapPage = 2 + contentsPages;
    // The overview, then a page per zone whose parcels are too small to see on it.
    gis::Envelope extent = s.parcelsExtent;
    extent.expandToInclude(s.background.extent());
    const double overviewScale = extent.isEmpty() ? 0.0 : mapScale(extent, s.frame.size());
    const std::vector<std::size_t> zonePages = overviewScale > 0 ? s.zoneMaps.chosen(overviewScale) : std::vector<std::size_t>{};
    const int tableStart = mapPage + static_cast<int>(zonePages.size());  // the page before the table's first
    std::vector<int> firstPage(tableGroups.size(), 0);
    for (std::size_t p = tablePages.size(); p-- > 0;)
        firstPage[tablePages[p].group] = tableStart + 1 + static_cast<int>(p);
    const int totalPages = tableStart + static_cast<int>(tablePages.size());
    std::vector<OutlineEntry> outline;
    const auto footerOn = [&](const Page& page, int pageNumber) {
        drawFooter(page, disclaimer(zh), t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Page %1 of %2")).arg(pageNumber).arg(totalPages));
    };

    // The front: the cover, the contents and the maps.
    PdfInParts document;
    document.front = [&](QPdfWriter& writer, QPainter& painter, ExportOutcome& outcome) {
        const QRectF area = pageArea(writer);
        const Page page{&writer, &painter, area, zh};
        const auto footer = [&](int pageNumber) { footerOn(page, pageNumber); };
        drawCover(page, title, content, s.background, s.words, listedSentence(zh, s.settings.rows, s.listed, content.summary.total),
                  s.outsideByNearest);
        footer(1);
        outline.push_back({t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Summary")), 1, 0});

        // The contents: each group with its parcels and its first page.
        auto groupIt = s.groups.begin();
        for (int c = 0; c < contentsPages; ++c) {
            writer.newPage();
            painter.setFont(pdfFont(13, true));
            painter.setPen(QColor(20, 20, 20));
            painter.drawText(QRectF(area.left(), area.top(), area.width(), 10 * kMillimetre), Qt::AlignLeft | Qt::AlignVCenter,
                             t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Contents: the parcels listed, by zone and sub-area")));
            painter.setFont(pdfFont(9));
            double y = area.top() + 16 * kMillimetre;
            for (int line = 0; line < linesPerContentsPage && groupIt != s.groups.end(); ++line, ++groupIt) {
                const int index = static_cast<int>(std::distance(s.groups.begin(), groupIt));
                const QRectF box(area.left(), y, area.width() * 0.7, contentsLine);
                painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                                 groupIt->second.title + QStringLiteral("  (%L1)").arg(groupIt->second.rows));
                painter.drawText(QRectF(box.right(), y, area.width() * 0.3, contentsLine), Qt::AlignRight | Qt::AlignVCenter,
                                 QString::number(firstPage[static_cast<std::size_t>(index)]));
                y += contentsLine;
            }
            footer(2 + c);
            if (c == 0)
                outline.push_back({t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Contents")), 2, 0});
        }

        // The maps: zones and labels in vector, small parcels as one verdict raster.
        const auto [frame, panel] = mapLayout(area, s.settings.orientation);
        RenderSettings layers;
        layers.language = s.settings.language;
        auto mapOf = [&](const QString& heading, PageParcels& parcels, const gis::Envelope& shown, double scale, int pageNumber) {
            writer.newPage();
            drawTitle(painter, area, heading, content.source);
            layers.dots = parcels.dots();
            const MapDrawn drawn = drawMapPage(page, frame, panel, parcels.sceneOver(s.background), shown, scale, layers,
                                               s.settings.basemap.get(), false, cancel);
            footer(pageNumber);
            return drawn;
        };
        const QString overviewTitle = t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Map of the checked parcels"));
        const MapDrawn drawn = mapOf(overviewTitle, s.overview, extent, 0.0, mapPage);
        noteBasemap(outcome, drawn, s.settings);
        outcome.scaleDenominator = drawn.scaleDenominator;
        outcome.scaleBar = drawn.bar;
        outline.push_back({t(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "Maps")), mapPage, 0});
        outline.push_back({overviewTitle, mapPage, 1});
        if (!drawn.complete)
            return false;
        for (std::size_t z = 0; z < zonePages.size(); ++z) {
            ZoneMapPage& zone = s.zoneMaps.page(zonePages[z]);
            const int pageNumber = mapPage + 1 + static_cast<int>(z);
            const QString name = zh ? zone.nameZh : zone.nameEn;
            if (!mapOf(name, zone.parcels, zone.zoneBox, zone.scale, pageNumber).complete)
                return false;
            outline.push_back({name, pageNumber, 1});
        }
        s.groupOutline(outline, firstPage);
        outcome.pages = totalPages;
        return true;
    };

    // The table, in runs of pages on every core, read back from the spools a row at a time. A
    // run is a hundred pages or more (each part embeds the fonts it uses), and short enough
    // that the threads end close together.
    const std::size_t runPages = std::max<std::size_t>(128, tablePages.size() / 48);
    document.parts = (tablePages.size() + runPages - 1) / runPages;
    std::atomic<int> pagesDone{0};
    document.part = [&](std::size_t part, const Page& page, const std::function<bool()>& stopped) {
        const std::size_t first = part * runPages;
        const std::size_t end = std::min(tablePages.size(), first + runPages);
        ReportTableDrawer drawer(s.layout, *page.writer);
        return drawTablePages(page, drawer, s.layout, tableGroups, tablePages, first, end, tableStart + 1 + static_cast<int>(first),
                              [&](int pageNumber) {
                                  footerOn(page, pageNumber);
                                  ++pagesDone;
                              },
                              stopped);
    };
    int reported = -1;
    document.waiting = [&] {
        const int percent = static_cast<int>(100LL * pagesDone / std::max<std::size_t>(1, tablePages.size()));
        if (progress && percent != reported)
            progress(reported = percent);
    };
    document.outline = [&] { return outline; };
    document.written = [&] { s.releaseDrawn(); };
    return writePdfInParts(path, s.settings, title, document, cancel);
}

ExportOutcome exportReportPdf(const QString& path, const MapScene& scene, const ReportPdfContent& content,
                              const PdfPageSettings& settings, const ExportProgress& progress, const std::atomic<bool>* cancel)
{
    const std::vector<core::CheckedParcel> none;
    const auto& parcels = content.parcels ? *content.parcels : none;
    std::shared_ptr<const ParcelLayer> shapes = scene.parcelLayers.empty() ? nullptr : scene.parcelLayers.back();
    if (!shapes || shapes->size() != parcels.size())
        shapes = parcelLayerOf(QString(), parcels);
    return exportReportPdf(path, scene, content, *shapes, [&](std::size_t i) { return parcels[i].result; }, settings, progress, cancel);
}

ExportOutcome exportReportPdf(const QString& path, const MapScene& scene, const ReportPdfContent& content, const ParcelLayer& shapes,
                              const std::function<core::ParcelResult(std::size_t)>& resultAt, const PdfPageSettings& settings,
                              const ExportProgress& progress, const std::atomic<bool>* cancel)
{
    ReportPdfStream stream(scene, content.zones, settings, content.reasons);
    // The rows are laid out first (half the progress), then the pages written.
    const std::size_t count = shapes.size();
    for (std::size_t i = 0; i < count; ++i) {
        if (i % 4096 == 0) {
            if (isCancelled(cancel)) {
                ExportOutcome cancelled;
                cancelled.status = ExportStatus::Cancelled;
                return cancelled;
            }
            if (progress)
                progress(static_cast<int>(50 * i / count));
        }
        const core::ParcelResult result = resultAt(i);
        stream.add(result, shapes.shape(i));
    }
    ExportProgress second;
    if (progress)
        second = [&progress](int percent) { progress(50 + percent / 2); };
    return stream.finish(path, content, second, cancel);
}

}  // namespace pearlzone::render
