#pragma once
// One PDF from PDFs written in parts, with bookmarks (the outline a viewer shows beside the
// pages), through qpdf. A long report's pages are written on every core, each part by a
// QPdfWriter of its own; Qt 6.4's QPdfWriter can neither add pages to another writer's file
// nor write an outline.

#include <QString>

#include <vector>

namespace pearlzone::render {

struct OutlineEntry {
    QString title;
    int page = 1;   // 1-based, over the joined document
    int level = 0;  // 0: top; 1: under the nearest level-0 entry before it; and so on
};

// Writes the parts' pages, in order, to target, bookmarked by outline (a parent open on its
// children), with the first part's document information (title, creator). Streams are copied
// as written, not decoded and compressed again. Throws core::OutputError when a part cannot be
// read or target cannot be written. Paths are UTF-8 to qpdf (wide on Windows).
void joinPdfParts(const std::vector<QString>& parts, const QString& target, const std::vector<OutlineEntry>& outline);

}  // namespace pearlzone::render
