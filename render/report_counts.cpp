#include "render/report_counts.h"

#include "core/wording.h"
#include "render/map_style.h"
#include "render/pdf_export.h"

#include <algorithm>

namespace pearlzone::render {

namespace {

QColor landUseColour(core::LandUseStatus status)
{
    switch (status) {
    case core::LandUseStatus::Compatible: return verdictColour(core::Verdict::Pass);
    case core::LandUseStatus::Conditional: return verdictColour(core::Verdict::Review);
    case core::LandUseStatus::Incompatible: return verdictColour(core::Verdict::Fail);
    default: return verdictColour(core::Verdict::Error);
    }
}

}  // namespace

CountRows landUseCountRows(const core::BatchSummary& summary, core::Language language)
{
    CountRows rows;
    bool any = false;
    const core::Wording words(language);
    for (core::LandUseStatus status : {core::LandUseStatus::Compatible, core::LandUseStatus::Conditional,
                                       core::LandUseStatus::Incompatible, core::LandUseStatus::Unknown, core::LandUseStatus::Missing}) {
        const auto found = summary.byLandUseStatus.find(status);
        const std::int64_t count = found == summary.byLandUseStatus.end() ? 0 : found->second;
        any = any || count > 0;
        rows.emplace_back(landUseColour(status), words.landUseStatus(status), count);
    }
    return any ? rows : CountRows{};
}

CountRows conflictCountRows(const core::BatchSummary& summary, core::Language language)
{
    if (summary.parcelsCheckedForConflicts == 0)
        return {};
    const bool zh = language == core::Language::Chinese;
    return {{verdictColour(core::Verdict::Fail), pdfText(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "parcels hitting a constraint line")),
             summary.parcelsWithConflicts},
            {verdictColour(core::Verdict::Pass), pdfText(zh, QT_TRANSLATE_NOOP("pearlzone::render::PdfText", "parcels clear of every line")),
             summary.total - summary.parcelsWithConflicts}};
}

}  // namespace pearlzone::render
