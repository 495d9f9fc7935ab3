#pragma once
// One PDF from PDFs written in parts, with bookmarks (the outline a viewer shows beside the
// pages). A long report's pages are written on every core, each part by a
// QPdfWriter of its own; Qt 6.4's QPdfWriter can neither add pages to another writer's file
// nor write an outline.

#include <QString>

#include <cstddef>
#include <vector>

namespace pearlzone::render {

struct OutlineEntry {
    QString title;
    int page = 1;   // 1-based, over the joined document
    int level = 0;  // 0: top; 1: under the nearest level-0 entry before it; and so on
};

// The outline's tree from the entries in reading order: an entry's parent is the nearest entry
// before it one level up (a level deeper than that is taken as one deeper).
struct OutlineTree {
    std::vector<long long> parent, previous, next;  // entries; -1: none
    std::vector<long long> descendants;
    std::vector<std::vector<std::size_t>> children;
    std::vector<std::size_t> rootChildren;
};
OutlineTree outlineTree(const std::vector<OutlineEntry>& entries);

// Writes the parts' pages, in order, to target, bookmarked by outline (a parent open on its
// children), with the first part's document information (title, creator). Streams are copied
// as written, not decoded and compressed again. Throws core::OutputError when a part cannot be
// read or target cannot be written. Parts as QPdfWriter writes them are joined in one pass
// (render/pdf_stream_join.h); qpdf joins any other, and stays the reference the tests hold the
// fast path to.
void joinPdfParts(const std::vector<QString>& parts, const QString& target, const std::vector<OutlineEntry>& outline);

// The same through qpdf alone. Paths are UTF-8 to qpdf (wide on Windows).
void joinPdfPartsWithQpdf(const std::vector<QString>& parts, const QString& target, const std::vector<OutlineEntry>& outline);

}  // namespace pearlzone::render
