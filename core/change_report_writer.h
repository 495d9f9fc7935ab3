#pragma once
// ChangeReportWriter: the report of `compare`: only the parcels whose zone, sub-area, location
// or verdict differs between two zone sets, each with both values and a sentence saying what
// changed; CSV (UTF-8 with a byte-order mark), GeoJSON or GeoPackage by the file's extension.
// GeoPackage and GeoJSON outputs record both zone sets (layer metadata / description).
// Written to a temporary file; commit() renames it into place.

#include "core/batch_check.h"
#include "core/table_output.h"
#include "core/zone_compare.h"

#include <string>
#include <vector>

namespace pearlzone::core {

// The columns of the change report, in order.
const std::vector<std::string>& changeColumns();

// A changed parcel: its results against both zone sets.
struct ChangedParcel {
    ParcelResult from;
    ParcelResult to;
    ChangeSet changes = 0;
    std::string sentence;
    std::vector<unsigned char> wkb;  // EPSG:4547, when kept
};

// The change report's cells, as text.
std::vector<std::string> changeCells(const ChangedParcel& parcel);

class ChangeReportWriter : public CheckSink {
public:
    // Throws OutputError for an unknown extension or an unwritable place.
    ChangeReportWriter(const std::string& path, const PilotZoneData& fromData, const PilotZoneData& toData,
                       Language language, bool keepChanged = false);

    bool wantsGeometry() const override { return true; }
    // Needs parcels checked with BatchCheckOptions::compareWith set.
    void write(const std::vector<CheckedParcel>& parcels) override;
    void commit();

    const CompareSummary& summary() const { return summary_; }
    // The changed parcels, when keepChanged (for the PDF of changes and the app's map).
    const std::vector<ChangedParcel>& changed() const { return changed_; }

private:
    TableOutput table_;
    const PilotZoneData& fromData_;
    const PilotZoneData& toData_;
    Language language_;
    bool keepChanged_;
    CompareSummary summary_;
    std::vector<ChangedParcel> changed_;
};

}  // namespace pearlzone::core
