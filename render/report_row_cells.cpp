// ReportTableLayout's rows: a row's cells from a checked parcel's result. A large report lists
// a million rows of a few distinct industries, verdicts, land uses and reasons, so the cells
// they share are found once per distinct combination, and a row after that costs a lookup and
// its own cells (its id, its share, its constraint lines).
#include "render/report_table.h"

#include "core/table_reasons.h"
#include "core/wording.h"
#include "render/pdf_pages.h"

#include <cmath>
#include <functional>
#include <string_view>

namespace pearlzone::render {

namespace {

constexpr std::size_t kMostShared = 100000;  // distinct combinations kept; past them, worked out per row
constexpr int kTenths = 1000;                // 100.0 %

std::uint64_t sharedKeyHash(const core::ParcelResult& r, bool withReason)
{
    std::uint64_t hash = 1469598103934665603ull;
    const auto mix = [&hash](std::uint64_t value) { hash = (hash ^ value) * 1099511628211ull; };
    for (const std::string* text : {&r.industry, &r.landUse, &r.zoneId, &r.subareaId})
        mix(std::hash<std::string_view>{}(*text));
    mix(static_cast<std::uint64_t>(r.verdict) | static_cast<std::uint64_t>(r.location) << 8 |
        static_cast<std::uint64_t>(r.landUseStatus) << 16 | std::uint64_t(withReason) << 24);
    return hash;
}

}  // namespace

TableRow ReportTableLayout::row(const core::ParcelResult& r, const core::Wording& words, const core::TableReasons* reasons,
                                GroupNotes& notes)
{
    // The table's reason of a parcel in a zone is shared by its texts and place; any other's
    // (outside every zone, an error) or the check's own sentence is the row's.
    const bool sharedReason = reasons && (r.location == core::Location::Inside || r.location == core::Location::Partial);
    const SharedCells& shared = sharedCells(r, words, reasons, notes, sharedReason);
    TableRow row;
    row.verdict = static_cast<std::uint8_t>(r.verdict);
    row.cells.reserve(columns_.size());
    // Each cell with its line breaks: the row's height is known without shaping any text.
    qsizetype lines = shared.lines;
    const auto own = [&](const QString& text) {
        qsizetype cellLines = 1;
        row.cells.push_back(intern(row.cells.size(), text, cellLines));
        lines = std::max(lines, cellLines);
    };
    own(QString::fromStdString(r.parcelId));
    row.cells.push_back(shared.industryCell);
    row.cells.push_back(ratioCell(r.insideRatio, lines));
    row.cells.push_back(shared.verdictCell);
    row.cells.push_back(shared.landUseCell);
    if (constraints_)
        own(words.constraintHits(r.constraintHits));
    if (sharedReason)
        row.cells.push_back(shared.reasonCell);
    else
        own(QString::fromStdString(r.reason));
    row.height = static_cast<double>(lines) * lineHeight_ + 2 * padding_;
    return row;
}

const ReportTableLayout::SharedCells& ReportTableLayout::sharedCells(const core::ParcelResult& r, const core::Wording& words,
                                                                    const core::TableReasons* reasons, GroupNotes& notes,
                                                                    bool withReason)
{
    const std::uint64_t hash = sharedKeyHash(r, withReason);
    for (auto [it, end] = sharedByHash_.equal_range(hash); it != end; ++it) {
        if (shared_[it->second].matches(r, withReason))
            return shared_[it->second];
    }
    // First seen: the cells as the row would make them, interned in the row's column order.
    const bool kept = shared_.size() < kMostShared;
    SharedCells& cells = kept ? shared_.emplace_back() : unshared_;
    if (kept)
        sharedByHash_.emplace(hash, shared_.size() - 1);
    cells.industry = r.industry;
    cells.landUse = r.landUse;
    cells.zoneId = r.zoneId;
    cells.subareaId = r.subareaId;
    cells.verdict = static_cast<std::uint8_t>(r.verdict);
    cells.location = static_cast<std::uint8_t>(r.location);
    cells.landUseStatus = static_cast<std::uint8_t>(r.landUseStatus);
    cells.withReason = withReason;
    cells.lines = 1;
    const auto keep = [&](std::size_t column, const QString& text) {
        qsizetype lines = 1;
        const TableCell cell = intern(column, text, lines);
        cells.lines = std::max(cells.lines, lines);
        return cell;
    };
    cells.industryCell = keep(1, QString::fromStdString(r.industry));
    cells.verdictCell = keep(3, words.verdict(r.verdict));
    cells.landUseCell = keep(4, pdf::landUseCell(r, words));
    if (withReason) {
        const core::TableReason& reason = reasons->reason(r);
        cells.reasonCell = keep(columns_.size() - 1, QString::fromStdString(reason.note.empty() ? reason.text
                                                                                                : core::tableReasonText(reason, notes.number(reason.note),
                                                                                                                        reasons->language())));
    } else {
        cells.reasonCell = {};
    }
    return cells;
}

TableCell ReportTableLayout::ratioCell(double ratio, qsizetype& lines)
{
    const double percent = ratio * 100;
    const double tenths = percent * 10;
    const double nearest = std::floor(tenths + 0.5);
    // Where the tenth is certain (not within a hair of a half), any correct rounding gives it:
    // the text QString::arg gave the first share of that tenth is every such share's.
    const bool certain = percent >= 0 && !std::signbit(percent) && nearest <= kTenths &&
                         std::abs(tenths - std::floor(tenths) - 0.5) > 1e-6;
    if (!certain) {
        qsizetype cellLines = 1;
        const TableCell cell = intern(2, QStringLiteral("%1%").arg(percent, 0, 'f', 1), cellLines);
        lines = std::max(lines, cellLines);
        return cell;
    }
    if (ratioCells_.empty())
        ratioCells_.resize(kTenths + 1);
    auto& [cell, cellLines] = ratioCells_[static_cast<std::size_t>(nearest)];
    if (cellLines == 0)
        cell = intern(2, QStringLiteral("%1%").arg(percent, 0, 'f', 1), cellLines);
    lines = std::max(lines, cellLines);
    return cell;
}

bool ReportTableLayout::SharedCells::matches(const core::ParcelResult& r, bool reason) const
{
    return verdict == static_cast<std::uint8_t>(r.verdict) && location == static_cast<std::uint8_t>(r.location) &&
           landUseStatus == static_cast<std::uint8_t>(r.landUseStatus) && withReason == reason && industry == r.industry &&
           landUse == r.landUse && zoneId == r.zoneId && subareaId == r.subareaId;
}

}  // namespace pearlzone::render
