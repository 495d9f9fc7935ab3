#pragma once
// Comparing two zone sets (old and new boundaries, SPEC section 5 `compare`): which parcels
// change zone, sub-area, location or verdict when each is checked against both, and a
// sentence saying what changed, in the report language.

#include "core/batch_check.h"
#include "core/check_result.h"

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace pearlzone::core {

struct PilotZoneData;

enum class ChangeKind { Zone, Subarea, Location, Verdict };
inline constexpr std::array<ChangeKind, 4> kChangeKinds = {ChangeKind::Zone, ChangeKind::Subarea, ChangeKind::Location,
                                                           ChangeKind::Verdict};

// The kinds of change as a set of bits, one per ChangeKind.
using ChangeSet = unsigned;
inline ChangeSet bitOf(ChangeKind kind) { return 1u << static_cast<unsigned>(kind); }

// What differs between a parcel's result against the old zones and against the new ones:
// 0 unless the zone, location or verdict differs (a sub-area change is told beside those).
ChangeSet changesBetween(const ParcelResult& from, const ParcelResult& to);

const char* toString(ChangeKind kind);  // zone, subarea, location, verdict
// "zone;verdict": the kinds in a change set, as the changes column writes them.
std::string changeCodes(ChangeSet changes);

// One sentence saying what changed, naming the zones and sub-areas of each zone set.
std::string describeChange(const ParcelResult& from, const ParcelResult& to, const PilotZoneData& fromData,
                           const PilotZoneData& toData, Language language);

struct CompareSummary {
    std::int64_t total = 0;    // parcels compared
    std::int64_t changed = 0;  // parcels with any change
    std::map<ChangeKind, std::int64_t> byKind;
    // Parcels that changed zone, keyed (zone in the old set, zone in the new set); "" for none.
    std::map<std::pair<std::string, std::string>, std::int64_t> byZoneMove;
    // Parcels that changed verdict, keyed (old verdict, new verdict).
    std::map<std::pair<Verdict, Verdict>, std::int64_t> byVerdictMove;

    void add(const ParcelResult& from, const ParcelResult& to);
};

// A changed parcel: its results against both zone sets.
struct ChangedParcel {
    ParcelResult from;
    ParcelResult to;
    ChangeSet changes = 0;
    std::string sentence;
    std::vector<unsigned char> wkb;  // EPSG:4547, when kept
};

// The sink of a comparison (runBatchCheck with BatchCheckOptions::compareWith set): counts
// the changes and keeps the changed parcels with their geometry (for the app's map and table,
// and the PDF of changes). Subclasses write them out as they come (changed()).
class ChangeCollector : public CheckSink {
public:
    ChangeCollector(const PilotZoneData& fromData, const PilotZoneData& toData, Language language, bool keepChanged = true);

    bool wantsGeometry() const override { return true; }
    void write(const std::vector<CheckedParcel>& parcels) override;

    const CompareSummary& summary() const { return summary_; }
    const std::vector<ChangedParcel>& changedParcels() const { return changed_; }

protected:
    // Called for each changed parcel, in input order (wkb set).
    virtual void changed(const ChangedParcel& parcel) { (void)parcel; }

private:
    const PilotZoneData& fromData_;
    const PilotZoneData& toData_;
    Language language_;
    bool keepChanged_;
    CompareSummary summary_;
    std::vector<ChangedParcel> changed_;
};

}  // namespace pearlzone::core
