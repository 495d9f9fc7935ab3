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

// The change report's cells, as text.
std::vector<std::string> changeCells(const ChangedParcel& parcel);

class ChangeReportWriter : public ChangeCollector {
public:
    // Throws OutputError for an unknown extension or an unwritable place. keepChanged: also
    // keep the changed parcels in memory (changedParcels()), for a PDF or a map.
    ChangeReportWriter(const std::string& path, const PilotZoneData& fromData, const PilotZoneData& toData,
                       Language language, bool keepChanged = false);
    void commit();

protected:
    void changed(const ChangedParcel& parcel) override;

private:
    TableOutput table_;
};

}  // namespace pearlzone::core
