#pragma once
// Deterministic candidate parcels over the pilot zone: irregular polygons 20-300 m across,
// a realistic mix of parcels inside a zone, straddling a boundary and outside; Chinese ids;
// industries written in the many ways planners write them (names, Traditional forms,
// English, aliases, GB/T codes, several in one field, typos, unknowns, blanks); and a few
// broken geometries. The same seed gives the same parcels on every platform.

#include "core/designations.h"
#include "core/industry_catalogue.h"
#include "core/zone_set.h"

#include <cstdint>
#include <functional>
#include <string>

namespace pearlzone::datagen {

struct ParcelGeneratorOptions {
    std::int64_t count = 3000;
    std::uint64_t seed = 20200510;  // the day the guideline was approved
    double insideShare = 0.55;
    double straddlingShare = 0.15;  // the rest lies outside
    double brokenShare = 0.01;      // bowties, empty and missing geometries
    std::string crs = "EPSG:4547";  // output CRS (parcels are made in EPSG:4547)
    bool planarOnly = false;        // true: plain industries and valid polygons only (benchmarks)
};

// Writes the parcels to path (format by extension) with the fields 地块编号, 产业, 用地性质.
// With designations, half the parcels placed in a zone propose an industry designated there,
// as a planner's candidates mostly do.
void writeParcels(const std::string& path, const core::ZoneSet& zones, const core::IndustryCatalogue& catalogue,
                  const ParcelGeneratorOptions& options, const std::function<void(std::int64_t)>& progress = {},
                  const core::DesignationTable* designations = nullptr);

}  // namespace pearlzone::datagen
