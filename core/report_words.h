#pragma once
// The words a report shows around its values (column headings, the workbook's sheet names and
// summary labels, the database's column comments), in the report language. Values stay codes.

#include "core/check_result.h"

#include <string>

namespace pearlzone::core {

// A report column's heading; an unknown column keeps its code name.
std::string columnHeading(const std::string& column, Language language);

enum class ReportLabel {
    ResultsSheet, SummarySheet, Input, Layer, Checksum, Query, ZoneSet, Rules, MinInside, Language, Engine,
    CheckedAt, Seconds, Parcels, Verdicts, Zones, NoZone, RunId
};
std::string reportLabel(ReportLabel label, Language language);

}  // namespace pearlzone::core
