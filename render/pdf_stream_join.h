#pragma once
// The fast path of joining PDF parts (render/pdf_join.h): parts laid out as QPdfWriter writes
// them (one cross-reference table, no update, no object streams, every object "N 0 obj") are
// joined in one pass over each, a part's objects renumbered after the parts before it and
// copied with their streams byte for byte; a new page tree holds each part's as a child, and
// the outline is written with it. Memory is a few numbers per object, not a parsed document:
// qpdf holds about 9.5 KB per page (a 31,000-page report: ~300 MB). Anything else it hands back.

#include "render/pdf_join.h"

namespace pearlzone::render {

enum class StreamJoin {
    Joined,
    Declined,  // a part is not as QPdfWriter writes it: target is not finished, qpdf joins instead
};

// Throws core::OutputError when a part cannot be read or target cannot be written.
StreamJoin streamJoinPdfParts(const std::vector<QString>& parts, const QString& target, const std::vector<OutlineEntry>& outline);

}  // namespace pearlzone::render
