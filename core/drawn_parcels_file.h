#pragma once
// The drawn-parcels file: a GeoPackage layer "drawn_parcels" in EPSG:4547 with parcel_id,
// industry, verdict and reason. The app saves to it on request and autosaves to one in the
// user's data folder; it reads back what it wrote (and any layer with those first two fields).

#include "core/check_result.h"

#include <string>
#include <vector>

namespace pearlzone::core {

struct DrawnParcelRecord {
    std::string id;
    std::string industry;
    std::vector<unsigned char> wkb;  // EPSG:4547
    Verdict verdict = Verdict::Error;  // written for readers of the file; recomputed on load
    std::string reason;
};

// Written whole to a temporary file and renamed into place. Throws OutputError.
void writeDrawnParcels(const std::string& path, const std::vector<DrawnParcelRecord>& parcels);

// Throws InputError when the file cannot be read as drawn parcels.
std::vector<DrawnParcelRecord> readDrawnParcels(const std::string& path);

}  // namespace pearlzone::core
