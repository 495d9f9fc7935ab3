#pragma once
// TableReasons: the reasons the check report PDF's table gives (core::reasonInTable), rebuilt
// from a parcel's result without its geometry, and each place's guideline text, given once
// per group above the table instead of on every row. Built from the check's data and
// settings (language, min-inside) by whoever makes the report: the CLI's check and the app's
// Export check report from held results. Not thread-safe: one per report.

#include "core/check_reason.h"
#include "core/check_result.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace pearlzone::core {

class ParcelChecker;
struct PilotZoneData;

// A guideline sentence and the industries it designates at a place, in the report language.
struct PlaceGuideline {
    std::vector<std::string> industries;
    std::string quote;
};

class TableReasons {
public:
    // data must outlive the reasons.
    TableReasons(const PilotZoneData& data, const CheckSettings& settings);
    ~TableReasons();
    TableReasons(const TableReasons&) = delete;
    TableReasons& operator=(const TableReasons&) = delete;

    // The table's reason for a checked parcel; remembered per (industry text, land use text,
    // zone, sub-area, location), like the check's own judgement, so a million rows judge a
    // few texts. Errors and parcels outside every zone: their reason as the check gave it.
    // Its note (a land-use condition or refusal) goes to the group: core::tableReasonText.
    const TableReason& reason(const ParcelResult& result) const;

    // The guideline text of the industries designated at a place (a zone as a whole, and the
    // sub-area when given), one entry per distinct quote, in the designations' order.
    std::vector<PlaceGuideline> guidelines(const std::string& zoneId, const std::string& subareaId) const;

    Language language() const { return settings_.language; }

private:
    const PilotZoneData& data_;
    CheckSettings settings_;
    std::unique_ptr<ParcelChecker> checker_;
    mutable std::unordered_map<std::string, TableReason> cache_;
    mutable TableReason passedOn_;  // an error's or an outside parcel's sentence, as the check gave it
};

}  // namespace pearlzone::core
