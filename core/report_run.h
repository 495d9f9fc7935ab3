#pragma once
// What a report says about the run that made it (the workbook's summary sheet, the row in a
// database's pearlzone_runs) besides its rows, and where a database report goes.

#include "core/check_result.h"

#include <string>

namespace pearlzone::core {

struct ReportRun {
    std::string input;     // the parcels' source as given (a connection's password is never kept)
    std::string layer;
    std::string checksum;  // SHA-256 of the input file, "" for a database
    std::string query;     // for a database source: the table or query read
    std::string zoneSet;   // name and version, when known
    double minInside = 0.99;
    Language language = Language::Chinese;
    std::string engine = "local";
    std::string checkedAt;  // ISO 8601; ReportWriter fills it in when empty
};

struct ReportOptions {
    std::string outLayer = "pearlzone_report";  // the table of a PG: report
    bool overwrite = false;                      // replace an existing table of that name
    ReportRun run;
};

// A connection string without its password (password=...), for records and messages.
std::string withoutPassword(const std::string& connection);

}  // namespace pearlzone::core
