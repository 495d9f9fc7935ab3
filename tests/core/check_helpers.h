#pragma once
// What the batch-check tests share: running a check into memory, and the part of a result that
// must agree between two inputs holding the same parcels.

#include "core/batch_check.h"
#include "core/pilot_zone_data.h"

#include <cstdio>
#include <string>
#include <vector>

namespace pearlzone::test {

struct CheckRun {
    std::vector<core::CheckedParcel> parcels;
    core::BatchSummary summary;
};

inline CheckRun runCheck(const core::PilotZoneData& data, const core::ParcelInputOptions& input, int threads = 2,
                         std::size_t batchSize = 64)
{
    auto source = core::ParcelSource::open(input);
    core::CollectingSink sink(false);
    core::BatchCheckOptions options;
    options.threads = threads;
    options.batchSize = batchSize;
    CheckRun run;
    run.summary = core::runBatchCheck(data, source, options, sink);
    run.parcels = sink.parcels();
    return run;
}

// Everything but the id (which some formats cannot carry) and the notes.
inline std::string outcome(const core::ParcelResult& r)
{
    char ratio[16];
    std::snprintf(ratio, sizeof ratio, "%.4f", r.insideRatio);
    return r.industryCodes + "|" + r.zoneId + "|" + r.subareaId + "|" + ratio + "|" + core::toString(r.location) + "|" +
           core::toString(r.industryStatus) + "|" + core::toString(r.verdict) + "|" + r.suggestedZones;
}

inline bool anyWarningContains(const core::BatchSummary& summary, const std::string& text)
{
    for (const auto& warning : summary.warnings) {
        if (warning.find(text) != std::string::npos)
            return true;
    }
    return false;
}

}  // namespace pearlzone::test
