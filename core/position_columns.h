#pragma once
// Where a table (CSV, spreadsheet) keeps its parcels' positions: a WKT column or x / y
// columns, by the names of SPEC section 5 (经度 / 纬度 included).

#include "gis/vector_source.h"

#include <string>
#include <vector>

namespace pearlzone::core {

// The names looked for, in order of preference, compared ignoring case, surrounding spaces and
// a trailing unit in brackets ("经度（°）", "Lon (deg)").
const std::vector<std::string>& wktColumnNames();
const std::vector<std::string>& xColumnNames();
const std::vector<std::string>& yColumnNames();

// The columns of fields that hold positions: a WKT column, else an x and a y column; empty
// when there are none.
gis::ColumnGeometry detectPositionColumns(const std::vector<std::string>& fields);

// The field of fields named like one of candidates (in the candidates' order), or "".
std::string detectColumn(const std::vector<std::string>& fields, const std::vector<std::string>& candidates);

}  // namespace pearlzone::core
