#pragma once
// ReportPdfStream: the check report PDF made from results as they arrive, in memory bounded by
// a page of rows, whatever the number of parcels. A sink of the batch check (or fed from the
// app's held results), it keeps per parcel only:
// - the table row, laid out when it arrives and spooled to a temporary file per group (zone,
//   sub-area; then the parcels outside every zone; then errors in no zone), when --pdf-rows
//   lists it;
// - the maps (render/report_maps.h): for the overview and for each zone's zoomed page, a
//   parcel too small to draw as a shape on that page (under 4 pixels, 0.34 mm, at 300 dpi), or
//   beyond the first 20,000 that are not, as its box for the verdict raster; else its shape;
//   and its size, for the rule that gives a zone its page;
// - the counts: verdicts, zones, and the parcels outside every zone by their nearest zone
//   (the check's: core::ParcelResult::nearestZoneId).
// finish() then writes cover (with the totals), contents (each group's page) and the maps on
// the calling thread while the table, read back group by group, each page with the group as
// its running header, is written in runs of pages on every core (render/pdf_parts.h); the
// parts are joined with nested PDF bookmarks: the maps under "Maps", a zone's sub-areas under
// the zone (render/pdf_join.h).

#include "core/batch_check.h"
#include "core/check_report_contents.h"
#include "render/pdf_export.h"

#include <memory>

namespace pearlzone::render {

class ReportPdfStream : public core::CheckSink {
public:
    // background: zones, sub-areas and water of the map (its parcel layers are not used);
    // zones: for place names; reasons: the table's reasons and each zone group's guideline
    // text (core/table_reasons.h), null for the check's sentences. All must outlive the stream.
    ReportPdfStream(const MapScene& background, const core::ZoneSet* zones, const PdfPageSettings& settings,
                    const core::TableReasons* reasons = nullptr);
    ~ReportPdfStream() override;

    bool wantsGeometry() const override { return true; }
    void write(const std::vector<core::CheckedParcel>& parcels) override;
    void add(const core::ParcelResult& result, const ParcelShape& shape);

    std::int64_t listed() const;
    // Writes the PDF atomically; content gives the cover (its parcels are not read).
    ExportOutcome finish(const QString& path, const core::CheckReportContents& content, const ExportProgress& progress = {},
                         const std::atomic<bool>* cancel = nullptr);

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace pearlzone::render
