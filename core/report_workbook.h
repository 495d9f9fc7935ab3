#pragma once
// The check report as an Excel workbook: the results sheet's columns (from reportFields(), so
// new report columns appear by themselves) and the summary sheet's rows.

#include "core/batch_check.h"
#include "core/report_run.h"
#include "core/table_workbook.h"

#include <vector>

namespace pearlzone::core {

std::vector<WorkbookColumn> reportWorkbookColumns(Language language);
std::vector<std::vector<gis::FieldValue>> reportSummaryRows(const ReportRun& run, const BatchSummary& summary);

// The background of a verdict's cell: green, amber, red, grey, as on the map.
std::uint32_t verdictFill(Verdict verdict);

}  // namespace pearlzone::core
