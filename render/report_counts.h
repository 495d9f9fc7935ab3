#pragma once
// The check report's cover tables for land use (SPEC 4.1) and constraint lines (SPEC 4.2):
// rows of (swatch colour, words, count) for pdf_export's count tables; empty when the check
// had no land-use field or no constraint layers.

#include "core/batch_check.h"

#include <QColor>
#include <QString>

#include <cstdint>
#include <tuple>
#include <vector>

namespace pearlzone::render {

using CountRows = std::vector<std::tuple<QColor, QString, std::int64_t>>;

// Parcels per land-use status (compatible, conditional, incompatible, unknown, missing).
CountRows landUseCountRows(const core::BatchSummary& summary, core::Language language);
// Parcels hitting a constraint line and the rest (shares of all parcels); empty unless the parcels were checked for them.
CountRows conflictCountRows(const core::BatchSummary& summary, core::Language language);

}  // namespace pearlzone::render
