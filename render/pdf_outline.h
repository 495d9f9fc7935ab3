#pragma once
// PDF bookmarks (the outline a viewer shows beside the pages). Qt 6.4's QPdfWriter has no
// outline API, so the outline is added to a finished PDF as an incremental update (PDF 1.7,
// section 7.5.6): the catalog again with /Outlines, the outline items, a new cross-reference
// section and trailer appended; nothing already written is changed. Used on the temporary
// file, before it is renamed into place.

#include <QString>

#include <vector>

namespace pearlzone::render {

struct OutlineEntry {
    QString title;
    int page = 1;   // 1-based
    int level = 0;  // 0: top; 1: under the nearest level-0 entry before it; and so on
};

// Throws core::OutputError when the file cannot be read as the PDF QPdfWriter wrote or
// cannot be appended to.
void addOutline(const QString& pdfPath, const std::vector<OutlineEntry>& entries);

}  // namespace pearlzone::render
