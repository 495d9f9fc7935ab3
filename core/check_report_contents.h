#pragma once
// What a check report (PDF) says about one check: the input, its layer and CRS, the rules,
// when the check ran, the input's checksum, the summary and the parcels. Assembled here once
// for the CLI and the app; render/ lays it out.

#include "core/batch_check.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace pearlzone::core {

class TableReasons;
class ZoneSet;

struct CheckReportContents {
    QString source;     // the parcel file or connection
    QString layer;
    QString crs;
    double minInside = 0.99;
    QDateTime checkedAt;  // when the check ran, not when the report was written
    QString checksum;     // SHA-256 of the input file, "" for a connection
    BatchSummary summary;
    const std::vector<CheckedParcel>* parcels = nullptr;  // must outlive the contents' use
    const ZoneSet* zones = nullptr;  // for zone names; must outlive the contents' use
    // The table's reasons and each group's guideline text; null: the check's own sentences.
    const TableReasons* reasons = nullptr;
};

// checksum: the source's (fileChecksum), when the caller has it already; else read here.
CheckReportContents checkReportContents(const QString& source, const QString& layer, const QString& crs, double minInside,
                                        const QDateTime& checkedAt, const BatchSummary& summary,
                                        const std::vector<CheckedParcel>* parcels, const ZoneSet* zones,
                                        const std::optional<QString>& checksum = std::nullopt);

// SHA-256 of a file's bytes, hex; "" when it cannot be read.
QString fileChecksum(const QString& path);

}  // namespace pearlzone::core
