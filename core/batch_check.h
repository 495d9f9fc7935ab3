#pragma once
// The batch check: one reader streams parcels in batches, N workers check them (each with
// its own GEOS and PROJ contexts, transform and prepared zones), and the results reach the
// sink in input order. Memory is bounded by the batches in flight, not by the file. The
// result is the same whatever the number of threads.

#include "core/check_result.h"
#include "core/constraint_layers.h"
#include "core/parcel_source.h"
#include "core/pilot_zone_data.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pearlzone::core {

struct CheckedParcel {
    ParcelResult result;
    std::optional<ParcelResult> compared;  // against BatchCheckOptions::compareWith, when given
    std::vector<unsigned char> wkb;  // the checked geometry in EPSG:4547, when the sink wants it
    std::string row{};  // what the sink's prepare() made of it on a worker (a CSV report's row)
};

class CheckSink {
public:
    virtual ~CheckSink() = default;
    virtual bool wantsGeometry() const = 0;
    // Called on the worker threads, several at once, before write: per-parcel work a sink
    // can do in parallel (a CSV report encodes its row into parcel.row), so that the one
    // ordered writer only writes.
    virtual void prepare(CheckedParcel& /*parcel*/) const {}
    // Called from one thread, in input order.
    virtual void write(const std::vector<CheckedParcel>& parcels) = 0;

    // A sink that writes nothing but a row of text per parcel, made from its result alone (a
    // CSV report), says so: the batch check then keeps no CheckedParcel (no comparison, no
    // geometry); the workers append each parcel's row to its batch's text with appendRow
    // (several at once), and the ordered writer hands writeRows that text as it is.
    virtual bool writesRows() const { return false; }
    virtual void appendRow(const ParcelResult& /*result*/, std::string& /*rows*/) const {}
    virtual void writeRows(const std::string& /*rows*/) {}
};

struct BatchCheckOptions {
    CheckSettings settings;
    int threads = 0;  // 0: one per core
    std::size_t batchSize = 1024;
    // Comparing zone sets: each parcel is also checked against these zones, in the same pass
    // (each worker prepares both zone sets once).
    const PilotZoneData* compareWith = nullptr;
    const ConstraintSet* constraints = nullptr;  // SPEC 4.2; must outlive the run
    // The GEOS-free path for parcels the zone grid decides for certain (issue 16); false, or
    // PEARLZONE_GEOS_ONLY=1 in the environment, checks every parcel through GEOS. The reports
    // are the same byte for byte either way.
    bool fastPath = true;
};

struct BatchProgress {
    std::int64_t done = 0;
    std::int64_t totalHint = -1;  // -1 when the format cannot tell cheaply
};

struct BatchSummary {
    std::int64_t total = 0;
    std::map<Verdict, std::int64_t> byVerdict;
    std::map<std::string, std::int64_t> byZone;  // "" for parcels in no zone
    std::map<LandUseStatus, std::int64_t> byLandUseStatus;
    std::int64_t parcelsWithConflicts = 0;  // parcels hitting at least one constraint line
    std::int64_t parcelsCheckedForConflicts = 0;  // parcels checked against constraint lines at all
    std::int64_t conflicts = 0;             // constraint lines hit, over all parcels
    std::int64_t fastPathParcels = 0;  // checked without GEOS (BatchCheckOptions::fastPath)
    double seconds = 0.0;
    bool cancelled = false;
    int threads = 0;
    std::vector<std::string> warnings;

    // Counts one checked parcel into the totals by verdict, zone, land use and conflicts.
    void count(const ParcelResult& result);
};

// Throws InputError when reading fails or the layer is empty; whatever the sink throws
// passes through. When cancel
// becomes true the run stops soon after and the summary says so.
BatchSummary runBatchCheck(const PilotZoneData& data, ParcelSource& source, const BatchCheckOptions& options,
                           CheckSink& sink, const std::function<void(const BatchProgress&)>& progress = {},
                           const std::atomic<bool>* cancel = nullptr);

// A sink that keeps every result in memory (for the app's results table and for tests).
class CollectingSink : public CheckSink {
public:
    explicit CollectingSink(bool keepGeometry) : keepGeometry_(keepGeometry) {}
    bool wantsGeometry() const override { return keepGeometry_; }
    void write(const std::vector<CheckedParcel>& parcels) override
    {
        parcels_.insert(parcels_.end(), parcels.begin(), parcels.end());
    }
    const std::vector<CheckedParcel>& parcels() const { return parcels_; }
    std::vector<CheckedParcel>& parcels() { return parcels_; }

private:
    bool keepGeometry_;
    std::vector<CheckedParcel> parcels_;
};

}  // namespace pearlzone::core
