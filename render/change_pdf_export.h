#pragma once
// The PDF of a zone-set comparison: a cover with both zone sets and the changes counted by
// kind, by zone and by verdict; a map of the changed parcels (coloured by their new verdict)
// over the old boundaries (filled) and the new ones (dashed); and the table of changed
// parcels with what changed. Written like the check report (render/pdf_export.h).

#include "core/zone_compare.h"
#include "render/pdf_export.h"

#include <QDateTime>
#include <QString>

#include <vector>

namespace pearlzone::render {

struct ChangesPdfContent {
    QString source;  // the parcel file or connection
    QString layer;
    QString crs;
    double minInside = 0.99;
    QDateTime comparedAt;
    QString checksum;  // SHA-256 of the input file, "" for a connection
    core::CompareSummary summary;
    const std::vector<core::ChangedParcel>* changed = nullptr;
};

ExportOutcome exportChangesPdf(const QString& path, const core::PilotZoneData& from, const core::PilotZoneData& to,
                               const ChangesPdfContent& content, const PdfPageSettings& settings,
                               const ExportProgress& progress = {}, const std::atomic<bool>* cancel = nullptr);

}  // namespace pearlzone::render
